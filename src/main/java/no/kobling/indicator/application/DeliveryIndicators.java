package no.kobling.indicator.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.advisory.AdvisoryFacts;
import no.kobling.advisory.AdvisoryFacts.HoursFact;
import no.kobling.advisory.AdvisoryFacts.ReferralFact;
import no.kobling.indicator.application.IndicatorEngine.Computed;
import no.kobling.indicator.application.IndicatorEngine.Item;
import no.kobling.indicator.application.IndicatorEngine.Value;
import org.springframework.stereotype.Component;

/** Services delivered to companies: referrals delivered and expert hours. */
@Component
class DeliveryIndicators implements IndicatorFamily {

    private final AdvisoryFacts advisory;

    DeliveryIndicators(AdvisoryFacts advisory) {
        this.advisory = advisory;
    }

    @Override
    public Computed compute(String code, IndicatorRun run) {
        return switch (code) {
            case "referrals-delivered" -> referrals(run);
            case "expert-hours" -> expertHours(run);
            default -> null;
        };
    }

    private Computed referrals(IndicatorRun run) {
        List<ReferralFact> all = advisory.deliveredReferrals(run.filter());
        if (run.targetGroup() != null) {
            run.preloadCompanies(all.stream().map(ReferralFact::companyId).toList());
        }
        List<ReferralFact> counted = all.stream().filter(r -> run.companyInGroup(r.companyId())).toList();
        List<Item> items = counted.stream().map(r -> new Item("referral", r.id(), r.deliveredOn(),
                r.municipalityId(), List.of(r.companyId()), r.companyId(), null, null)).toList();
        return new Computed(Value.count(counted.size(),
                counted.stream().map(ReferralFact::companyId).distinct().count()), items);
    }

    /**
     * Hours delivered to companies in the area; when counting tagged records (bookings carry no project), only to
     * companies with a tagged activity in the period.
     */
    private Computed expertHours(IndicatorRun run) {
        List<HoursFact> all = advisory.expertHours(run.filter());
        run.preloadCompanies(all.stream().map(HoursFact::companyId).toList());
        Set<Long> tagged = run.filter().projectId() == null ? null : run.levels().keySet();
        List<HoursFact> counted = all.stream().filter(h -> run.companyInArea(h.companyId()))
                .filter(h -> tagged == null || tagged.contains(h.companyId()))
                .filter(h -> run.companyInGroup(h.companyId())).toList();
        BigDecimal sum = counted.stream().map(HoursFact::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Item> items = counted.stream().map(h -> new Item("expert-hours", h.id(), h.workDate(),
                run.company(h.companyId()).municipalityId(), List.of(h.companyId()), h.companyId(), null,
                h.hours())).toList();
        return new Computed(new Value(sum, counted.stream().map(HoursFact::companyId).distinct().count(), Map.of()),
                items);
    }
}
