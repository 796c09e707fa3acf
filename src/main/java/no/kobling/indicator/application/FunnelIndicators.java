package no.kobling.indicator.application;

import java.util.List;
import java.util.Map;
import no.kobling.company.RegisterFacts.CompanyFact;
import no.kobling.indicator.application.IndicatorEngine.Computed;
import no.kobling.indicator.application.IndicatorEngine.Item;
import no.kobling.indicator.application.IndicatorEngine.Value;
import org.springframework.stereotype.Component;

/** The pyramid: companies at a funnel level or higher (reached, participating, intensive, deep dive). */
@Component
class FunnelIndicators implements IndicatorFamily {

    @Override
    public Computed compute(String code, IndicatorRun run) {
        return switch (code) {
            case "companies-reached" -> atLeast(run, "CONTACTED");
            case "companies-participating" -> atLeast(run, "PARTICIPATING");
            case "companies-intensive" -> atLeast(run, "INTENSIVE");
            case "companies-deep-dive" -> atLeast(run, "DEEP_DIVE");
            default -> null;
        };
    }

    private static Computed atLeast(IndicatorRun run, String level) {
        List<Long> ids = run.companiesAtLeast(level).stream().sorted().toList();
        Map<Long, CompanyFact> facts = run.companies(ids);
        List<Item> items = ids.stream().map(id -> Item.company(id,
                facts.get(id) == null ? null : facts.get(id).municipalityId(), null, null)).toList();
        return new Computed(Value.count(ids.size(), ids.size()), items);
    }
}
