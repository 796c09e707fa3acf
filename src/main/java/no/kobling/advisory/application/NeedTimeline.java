package no.kobling.advisory.application;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.advisory.domain.Need;
import no.kobling.advisory.persistence.NeedRepository;
import no.kobling.shared.LocalDay;
import no.kobling.shared.search.Authorities;
import no.kobling.shared.timeline.CompanyTimelineSource;
import no.kobling.shared.timeline.TimelineEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Needs on a company's timeline: those {@link NeedService#ofCompany} shows the caller, on the day last assessed. */
@Component
class NeedTimeline implements CompanyTimelineSource {

    private final NeedService needs;
    private final NeedRepository repository;

    NeedTimeline(NeedService needs, NeedRepository repository) {
        this.needs = needs;
        this.repository = repository;
    }

    @Override
    public String kind() {
        return "need";
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long companyId, ZoneId zone) {
        if (!Authorities.any("LOG_ACTIVITIES")) {
            return List.of();
        }
        var visible = needs.ofCompany(companyId);
        Map<Long, Need> byId = repository.findAllById(visible.stream().map(n -> n.id()).toList()).stream()
                .collect(Collectors.toMap(Need::getId, Function.identity()));
        return visible.stream().filter(n -> byId.containsKey(n.id()))
                .map(n -> new TimelineEntry(kind(), n.id(), LocalDay.of(byId.get(n.id()).getUpdatedAt(), zone),
                        n.typeName(), n.organisationName(), "/advisory/companies/" + companyId + "#needs-heading"))
                .toList();
    }
}
