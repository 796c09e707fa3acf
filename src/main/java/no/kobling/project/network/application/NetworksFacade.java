package no.kobling.project.network.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.project.Networks;
import no.kobling.project.ProjectScope;
import no.kobling.project.Projects;
import no.kobling.project.network.application.NetworkAccess.Caller;
import no.kobling.project.network.application.NetworkCommands.MeetingCommand;
import no.kobling.project.network.application.NetworkCommands.MemberCommand;
import no.kobling.project.network.application.NetworkCommands.NetworkCommand;
import no.kobling.project.network.domain.Network;
import no.kobling.project.network.domain.NetworkStatus;
import no.kobling.project.network.persistence.NetworkMeetingRepository;
import no.kobling.project.network.persistence.NetworkRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class NetworksFacade implements Networks {

    private final NetworkRepository networks;
    private final NetworkMeetingRepository meetings;
    private final NetworkAccess access;
    private final NetworkService service;
    private final NetworkDirectory directory;

    private final Projects projects;

    NetworksFacade(NetworkRepository networks, NetworkMeetingRepository meetings, NetworkAccess access,
            NetworkService service, NetworkDirectory directory, Projects projects) {
        this.projects = projects;
        this.directory = directory;
        this.networks = networks;
        this.meetings = meetings;
        this.access = access;
        this.service = service;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkFact> networks(long partnershipId, Collection<Long> municipalityIds, LocalDate from,
            LocalDate to) {
        Caller caller = access.caller();
        if (!caller.canSeePartnership(partnershipId)) {
            throw new NotFoundException("partnership", partnershipId);
        }
        return facts(partnershipId, municipalityIds, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkFact> networksOfProject(long projectId, LocalDate from, LocalDate to) {
        ProjectScope scope = projects.scope(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        if (scope.municipalityIds().isEmpty()) {
            return List.of();
        }
        return facts(scope.partnershipId(), scope.municipalityIds(), from, to);
    }

    private List<NetworkFact> facts(long partnershipId, Collection<Long> municipalityIds, LocalDate from,
            LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.rule("invalid-period", "network.error.invalid-period", from, to);
        }
        Set<Long> places = municipalityIds == null ? Set.of() : Set.copyOf(municipalityIds);
        List<Network> running = networks.runningIn(partnershipId, from, to).stream()
                .filter(n -> places.isEmpty() || n.getMunicipalityIds().stream().anyMatch(places::contains))
                .toList();
        Map<Long, Integer> counts = new HashMap<>();
        if (!running.isEmpty()) {
            meetings.countIn(running.stream().map(Network::getId).toList(), from, to)
                    .forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        }
        return running.stream().map(n -> new NetworkFact(n.getId(), n.getName(), n.getStartDate(), n.getEndDate(),
                n.getMunicipalityIds(), n.getMembers().stream()
                        .filter(m -> !m.getJoinedOn().isAfter(to) && (m.getLeftOn() == null
                                || !m.getLeftOn().isBefore(from)))
                        .map(m -> m.getCompanyId()).collect(Collectors.toSet()),
                n.getProjectId(), counts.getOrDefault(n.getId(), 0), n.isArchived())).toList();
    }

    @Override
    public Optional<Long> idByName(long partnershipId, String name) {
        return service.idByName(partnershipId, name);
    }

    @Override
    public long create(NetworkData d) {
        return service.create(new NetworkCommand(d.partnershipId(), d.name(), d.purpose(),
                d.organiserOrganisationId(), d.facilitatorUserId(), d.municipalityIds(), d.startDate(), d.endDate(),
                d.endDate() != null && d.endDate().isBefore(directory.today(d.partnershipId())) ? NetworkStatus.ENDED
                        : NetworkStatus.ACTIVE, d.projectId(), null));
    }

    @Override
    public void addMember(long networkId, long companyId, LocalDate joinedOn) {
        service.addMember(networkId, new MemberCommand(companyId, joinedOn, null));
    }

    @Override
    public long recordMeeting(long networkId, MeetingData d) {
        return service.recordMeeting(networkId, new MeetingCommand(d.heldOn(), d.place(), d.municipalityId(),
                d.topic(), d.attendingCompanyIds(), d.notes()));
    }
}
