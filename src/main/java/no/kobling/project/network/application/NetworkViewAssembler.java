package no.kobling.project.network.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.company.CompanyRef;
import no.kobling.project.network.application.NetworkViews.MeetingView;
import no.kobling.project.network.application.NetworkViews.MemberView;
import no.kobling.project.network.application.NetworkViews.Named;
import no.kobling.project.network.application.NetworkViews.NetworkCard;
import no.kobling.project.network.application.NetworkViews.NetworkDetail;
import no.kobling.project.network.domain.Network;
import no.kobling.project.network.domain.NetworkMeeting;
import no.kobling.project.network.domain.NetworkMember;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Builds the views of networks, fetching names once per list (not once per row). */
@Component
class NetworkViewAssembler {

    private final NetworkDirectory directory;

    NetworkViewAssembler(NetworkDirectory directory) {
        this.directory = directory;
    }

    Page<NetworkCard> cards(Page<Network> page) {
        Set<Long> partnershipIds = page.getContent().stream().map(Network::getPartnershipId)
                .collect(Collectors.toSet());
        Set<Long> places = page.getContent().stream().flatMap(n -> n.getMunicipalityIds().stream())
                .collect(Collectors.toSet());
        Map<Long, String> partnerships = new java.util.HashMap<>();
        directory.partnerships(partnershipIds).forEach((id, p) -> partnerships.put(id, p.name()));
        Map<Long, String> placeNames = directory.municipalityNames(places);
        return page.map(n -> new NetworkCard(n.getId(), n.getName(), named(n.getPartnershipId(), partnerships),
                n.getStatus(), n.getStartDate(), n.getEndDate(), named(n.getMunicipalityIds(), placeNames),
                (int) n.getMembers().stream().filter(m -> m.getLeftOn() == null).count(), n.isArchived()));
    }

    NetworkDetail detail(Network n, List<NetworkMeeting> meetings, boolean mayChange, boolean mayDelete) {
        Set<Long> companyIds = new HashSet<>();
        n.getMembers().forEach(m -> companyIds.add(m.getCompanyId()));
        meetings.forEach(m -> companyIds.addAll(m.getAttendingCompanyIds()));
        Map<Long, CompanyRef> companies = directory.companies(companyIds);
        Set<Long> places = new HashSet<>(n.getMunicipalityIds());
        meetings.stream().map(NetworkMeeting::getMunicipalityId).filter(java.util.Objects::nonNull)
                .forEach(places::add);
        Map<Long, String> placeNames = directory.municipalityNames(places);
        Map<Long, String> partnership = new java.util.HashMap<>();
        directory.partnership(n.getPartnershipId()).ifPresent(p -> partnership.put(p.id(), p.name()));
        Map<Long, String> organiser = directory.organisationNames(List.of(n.getOrganiserOrganisationId()));
        Named project = null;
        if (n.getProjectId() != null) {
            String name = directory.projectNames(List.of(n.getProjectId())).get(n.getProjectId());
            project = new Named(n.getProjectId(), name == null ? "#" + n.getProjectId() : name);
        }
        java.time.LocalDate today = directory.today(n.getPartnershipId());
        List<MemberView> members = n.getMembers().stream().map(m -> member(m, companies.get(m.getCompanyId()),
                today)).sorted(Comparator.comparing(MemberView::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<MeetingView> meetingViews = meetings.stream().map(m -> new MeetingView(m.getId(), m.getHeldOn(),
                m.getPlace(), m.getMunicipalityId() == null ? null : named(m.getMunicipalityId(), placeNames),
                m.getTopic(), m.getNotes(), companyNames(m.getAttendingCompanyIds(), companies))).toList();
        return new NetworkDetail(n.getId(), n.getName(), n.getPurpose(), named(n.getPartnershipId(), partnership),
                named(n.getOrganiserOrganisationId(), organiser),
                new Named(n.getFacilitatorUserId(), n.getFacilitatorName()), named(n.getMunicipalityIds(), placeNames),
                n.getStartDate(), n.getEndDate(), n.getStatus(), project, n.isArchived(), members, meetingViews,
                n.getVersion(), mayChange && !n.isArchived(), mayDelete && !n.isArchived());
    }

    private static MemberView member(NetworkMember m, CompanyRef company, java.time.LocalDate today) {
        String name = company == null ? "#" + m.getCompanyId() : company.name();
        return new MemberView(m.getCompanyId(), name, company == null ? null : company.orgNumber(), m.getJoinedOn(),
                m.getLeftOn(), m.getLeftOn() == null || !m.getLeftOn().isBefore(today));
    }

    private static List<Named> companyNames(Collection<Long> ids, Map<Long, CompanyRef> companies) {
        return ids.stream().map(id -> new Named(id, companies.containsKey(id) ? companies.get(id).name() : "#" + id))
                .sorted(Comparator.comparing(Named::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static Named named(long id, Map<Long, String> names) {
        return new Named(id, names.getOrDefault(id, "#" + id));
    }

    private static List<Named> named(Collection<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> named(id, names)).sorted(Comparator.comparing(Named::name)).toList();
    }
}
