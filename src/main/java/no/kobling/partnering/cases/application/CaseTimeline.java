package no.kobling.partnering.cases.application;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.partnering.cases.domain.PartnerCase;
import no.kobling.partnering.cases.persistence.CaseRepository;
import no.kobling.shared.LocalDay;
import no.kobling.shared.search.Authorities;
import no.kobling.shared.timeline.CompanyTimelineSource;
import no.kobling.shared.timeline.TimelineEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner cases on a company's timeline: the cases in which the company is one side that the caller may see on the
 * case board ({@link CaseAccess.Caller#canSee}), on the day opened, titled with the other company.
 */
@Component
class CaseTimeline implements CompanyTimelineSource {

    private final CaseRepository cases;
    private final CaseAccess access;
    private final Companies companies;

    CaseTimeline(CaseRepository cases, CaseAccess access, Companies companies) {
        this.cases = cases;
        this.access = access;
        this.companies = companies;
    }

    @Override
    public String kind() {
        return "case";
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long companyId, ZoneId zone) {
        if (!Authorities.any("FACILITATE_PARTNER_SEARCH", "MANAGE_PARTNERSHIPS")) {
            return List.of();
        }
        CaseAccess.Caller caller = access.caller();
        List<PartnerCase> visible = cases.involving(companyId).stream().filter(caller::canSee).toList();
        Map<Long, String> names = companies.refs(visible.stream()
                .flatMap(c -> Stream.of(c.getCompanyAId(), c.getCompanyBId())).filter(Objects::nonNull)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(CompanyRef::id, CompanyRef::name, (a, b) -> a));
        return visible.stream().map(c -> {
            Long other = c.getCompanyAId() == companyId ? c.getCompanyBId() : Long.valueOf(c.getCompanyAId());
            return new TimelineEntry(kind(), c.getId(), LocalDay.of(c.getCreatedAt(), zone),
                    other == null ? null : names.get(other), null, "/cases/" + c.getId());
        }).toList();
    }
}
