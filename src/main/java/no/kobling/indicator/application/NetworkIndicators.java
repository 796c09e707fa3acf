package no.kobling.indicator.application;

import java.util.List;
import no.kobling.indicator.application.IndicatorEngine.Computed;
import no.kobling.indicator.application.IndicatorEngine.Item;
import no.kobling.indicator.application.IndicatorEngine.Value;
import no.kobling.project.Networks;
import no.kobling.shared.FactsFilter;
import org.springframework.stereotype.Component;

/** Networks started: read through the project, so left out without one. */
@Component
class NetworkIndicators implements IndicatorFamily {

    private final Networks networks;

    NetworkIndicators(Networks networks) {
        this.networks = networks;
    }

    @Override
    public Computed compute(String code, IndicatorRun run) {
        return "networks-started".equals(code) ? networksStarted(run) : null;
    }

    /**
     * Networks of the partnership with a start date in the period that share a municipality with the filter (tagged
     * with the project when counting tagged records); with a target group, those with a member company of the group.
     */
    private Computed networksStarted(IndicatorRun run) {
        if (run.projectId() == null) {
            return null;
        }
        FactsFilter filter = run.filter();
        List<Networks.NetworkFact> started = networks.networksOfProject(run.projectId(), filter.from(), filter.to())
                .stream()
                .filter(n -> !n.startDate().isBefore(filter.from()) && !n.startDate().isAfter(filter.to()))
                .filter(n -> n.municipalityIds().stream().anyMatch(filter.municipalityIds()::contains))
                .filter(n -> filter.projectId() == null || filter.projectId().equals(n.projectId()))
                .toList();
        if (run.targetGroup() != null) {
            run.preloadCompanies(started.stream().flatMap(n -> n.memberCompanyIds().stream()).toList());
            started = started.stream()
                    .filter(n -> n.memberCompanyIds().stream().anyMatch(run::companyInGroup)).toList();
        }
        long members = started.stream().flatMap(n -> n.memberCompanyIds().stream()).distinct().count();
        List<Item> items = started.stream().map(n -> new Item("network", n.id(), n.startDate(),
                n.municipalityIds().stream().filter(filter.municipalityIds()::contains).sorted().findFirst()
                        .orElse(null), n.memberCompanyIds().stream().sorted().toList(), n.id(), n.name(), null))
                .toList();
        return new Computed(Value.count(started.size(), members), items);
    }
}
