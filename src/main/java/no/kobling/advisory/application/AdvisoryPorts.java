package no.kobling.advisory.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import no.kobling.advisory.persistence.ActivityQueries;
import no.kobling.advisory.persistence.NeedTypeRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The activity and needs side of the advisory ports the catalogue uses: {@link ActivityUsage}, {@link NeedTypeOptions}. */
@Component
class AdvisoryPorts implements ActivityUsage, NeedTypeOptions {

    private final ActivityQueries queries;
    private final NeedTypeRepository types;

    AdvisoryPorts(ActivityQueries queries, NeedTypeRepository types) {
        this.queries = queries;
        this.types = types;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UsageRow> usageOf(Collection<Long> serviceIds, LocalDate from, LocalDate to) {
        return queries.usage(serviceIds, from, to).stream()
                .map(r -> new UsageRow(r.serviceId(), r.municipalityId(), r.activities(), r.companies())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NeedTypeOption> needTypes(Locale locale) {
        return types.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(t -> new NeedTypeOption(t.getCode(), t.name(locale))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> competencesFor(String needCode) {
        return types.findByCode(needCode == null ? "" : needCode).map(t -> t.competenceCodes()).orElse(List.of());
    }
}
