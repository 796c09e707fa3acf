package no.kobling.project.network.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.actor.Visibility;
import no.kobling.project.network.application.NetworkAccess.Caller;
import no.kobling.project.network.application.NetworkCommands.MeetingCommand;
import no.kobling.project.network.application.NetworkCommands.MemberCommand;
import no.kobling.project.network.application.NetworkCommands.NetworkCommand;
import no.kobling.project.network.application.NetworkCommands.NetworkFilter;
import no.kobling.project.network.application.NetworkViews.NetworkCard;
import no.kobling.project.network.application.NetworkViews.NetworkDetail;
import no.kobling.project.network.application.NetworkViews.Named;
import no.kobling.project.network.application.NetworkViews.Options;
import no.kobling.project.network.application.NetworkViews.PartnershipOption;
import no.kobling.project.network.domain.Network;
import no.kobling.project.network.domain.NetworkMeeting;
import no.kobling.project.network.persistence.NetworkMeetingRepository;
import no.kobling.project.network.persistence.NetworkRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.Paging;
import no.kobling.shared.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Networks, their members and meetings: every rule across records, tenancy through {@link NetworkAccess}. */
@Service
public class NetworkService {

    static final String MANAGE = "hasAuthority('MANAGE_PROJECTS')";

    private final NetworkRepository networks;
    private final NetworkMeetingRepository meetings;
    private final NetworkAccess access;
    private final NetworkDirectory directory;
    private final NetworkViewAssembler views;
    private final Clock clock;

    NetworkService(NetworkRepository networks, NetworkMeetingRepository meetings, NetworkAccess access,
            NetworkDirectory directory, NetworkViewAssembler views, Clock clock) {
        this.networks = networks;
        this.meetings = meetings;
        this.access = access;
        this.directory = directory;
        this.views = views;
        this.clock = clock;
    }

    static DomainException rule(String code, Object... args) {
        return DomainException.rule(code, "network.error." + code, args);
    }

    @Transactional(readOnly = true)
    public Page<NetworkCard> list(NetworkFilter filter, int page, int size) {
        Caller caller = access.caller();
        String text = filter.text() == null || filter.text().isBlank() ? ""
                : "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        Set<Long> partnerships = caller.partnerships().isEmpty() ? Set.of(-1L) : caller.partnerships();
        Page<Network> result = networks.list(caller.seesAll(), partnerships, filter.archived(),
                filter.partnershipId() == null ? -1 : filter.partnershipId(), filter.status(),
                filter.municipalityId() == null ? -1 : filter.municipalityId(), text,
                PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, Paging.MAX_SIZE)),
                        Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("id"))));
        return views.cards(result);
    }

    @Transactional(readOnly = true)
    public NetworkDetail get(long id) {
        Caller caller = access.caller();
        Network n = access.visible(caller, id);
        return views.detail(n, meetings.findByNetworkIdOrderByHeldOnDescIdDesc(id), caller.mayChange(n),
                caller.mayDelete(n));
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public long create(NetworkCommand c) {
        Caller caller = access.caller();
        if (c.partnershipId() == null) {
            throw rule("network-partnership-not-allowed", (Object) null);
        }
        Visibility.PartnershipInfo p = workingPartnership(caller, c.partnershipId());
        Network n = new Network(p.id(), details(p, c, null), clock.instant());
        return networks.save(n).getId();
    }

    @Transactional
    public void update(long id, NetworkCommand c) {
        Caller caller = access.caller();
        Network n = access.changeable(caller, id);
        StaleVersionException.check("network", id, c.version(), n.getVersion());
        Visibility.PartnershipInfo p = directory.partnership(n.getPartnershipId())
                .orElseThrow(() -> rule("network-partnership-not-allowed", n.getPartnershipId()));
        if (!p.active()) {
            throw DomainException.rule("partnership-ended", "network.error.partnership-ended", p.name());
        }
        Network.Details d = details(p, c, n);
        meetings.findFirstByNetworkIdOrderByHeldOnAsc(id).filter(m -> m.getHeldOn().isBefore(d.startDate()))
                .ifPresent(m -> {
                    throw rule("network-meeting-before-start", m.getHeldOn(), d.startDate());
                });
        if (d.endDate() != null) {
            meetings.findFirstByNetworkIdOrderByHeldOnDesc(id).filter(m -> m.getHeldOn().isAfter(d.endDate()))
                    .ifPresent(m -> {
                        throw rule("network-meeting-after-end", m.getHeldOn(), d.endDate());
                    });
        }
        n.change(d);
    }

    /** Deletes the network, or archives it when it has meetings; returns whether it was archived. */
    @Transactional
    public boolean delete(long id, Long version) {
        Caller caller = access.caller();
        Network n = access.visible(caller, id);
        if (!caller.mayDelete(n)) {
            throw new AccessDeniedException("may not delete network " + id);
        }
        StaleVersionException.check("network", id, version, n.getVersion());
        if (meetings.existsByNetworkId(id)) {
            n.archive();
            return true;
        }
        networks.delete(n);
        return false;
    }

    @Transactional
    public void addMember(long id, MemberCommand c) {
        Network n = access.changeable(access.caller(), id);
        if (c.companyId() == null || directory.company(c.companyId()).isEmpty()) {
            throw rule("network-company-unknown", c.companyId());
        }
        n.addMember(c.companyId(), c.joinedOn(), c.leftOn());
        networks.flush();
    }

    /**
     * Takes a company off the network: one that attended a meeting stays as history with a left date ({@code leftOn}
     * or today), one that attended none is removed. Returns whether it was kept with a left date.
     */
    @Transactional
    public boolean removeMember(long id, long companyId, LocalDate leftOn) {
        Network n = access.changeable(access.caller(), id);
        if (meetings.attended(id, companyId)) {
            n.memberLeft(companyId, leftOn == null ? directory.today(n.getPartnershipId()) : leftOn);
            return true;
        }
        n.removeMember(companyId);
        return false;
    }

    @Transactional
    public long recordMeeting(long id, MeetingCommand c) {
        Network n = access.changeable(access.caller(), id);
        if (c.municipalityId() != null) {
            Set<Long> area = directory.partnership(n.getPartnershipId())
                    .map(Visibility.PartnershipInfo::municipalityIds).orElse(Set.of());
            if (!area.contains(c.municipalityId())) {
                throw rule("network-municipality-outside", c.municipalityId());
            }
        }
        NetworkMeeting m = n.meeting(c.heldOn(), c.place(), c.municipalityId(), c.topic(), c.attendingCompanyIds(),
                c.notes());
        return meetings.save(m).getId();
    }

    /** The network id of this name in the partnership, if the caller may see it (demo data). */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> idByName(long partnershipId, String name) {
        Caller caller = access.caller();
        return networks.findFirstByPartnershipIdAndNameIgnoreCase(partnershipId, name).filter(caller::canSee)
                .map(Network::getId);
    }

    /** Companies the caller may see in the network's municipalities that are not members yet (the add form). */
    @Transactional(readOnly = true)
    public List<Named> memberChoices(long id) {
        Network n = access.visible(access.caller(), id);
        return directory.companiesIn(n.getMunicipalityIds(), 200).stream().filter(c -> n.member(c.id()) == null)
                .map(c -> new Named(c.id(), c.name() + " (" + c.orgNumber() + ")")).toList();
    }

    /** Projects a network may be tagged with. */
    @Transactional(readOnly = true)
    public List<Named> projectChoices() {
        return directory.taggableProjects();
    }

    /** Form choices: the active partnerships the caller may start networks in, with members, users and places. */
    @Transactional(readOnly = true)
    public Options options() {
        return options(true);
    }

    /** Form choices; without {@code people} the facilitator lists stay empty (the list page's filters need none). */
    @Transactional(readOnly = true)
    public Options options(boolean people) {
        Caller caller = access.caller();
        List<Visibility.PartnershipInfo> list = caller.seesAll()
                ? directory.allPartnerships().stream().filter(Visibility.PartnershipInfo::active).toList()
                : directory.partnerships(caller.activePartnerships()).values().stream()
                        .filter(Visibility.PartnershipInfo::active).toList();
        List<PartnershipOption> options = new ArrayList<>();
        for (Visibility.PartnershipInfo p : list.stream()
                .sorted(Comparator.comparing(Visibility.PartnershipInfo::name)).toList()) {
            Map<Long, String> orgs = directory.organisationNames(p.members().keySet());
            Map<Long, String> places = directory.municipalityNames(p.municipalityIds());
            options.add(new PartnershipOption(p.id(), p.name(), sorted(orgs),
                    people ? directory.usersOf(p.members().keySet()) : List.of(),
                    sorted(places)));
        }
        return new Options(options);
    }

    private static List<Named> sorted(Map<Long, String> names) {
        return names.entrySet().stream().map(e -> new Named(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Named::name)).toList();
    }

    /** An active partnership the caller's organisation belongs to (any active one for administrators). */
    private Visibility.PartnershipInfo workingPartnership(Caller caller, long partnershipId) {
        Visibility.PartnershipInfo p = directory.partnership(partnershipId)
                .filter(x -> caller.seesAll() || x.isMember(caller.organisationId()))
                .orElseThrow(() -> rule("network-partnership-not-allowed", partnershipId));
        if (!p.active()) {
            throw DomainException.rule("partnership-ended", "network.error.partnership-ended", p.name());
        }
        return p;
    }

    private Network.Details details(Visibility.PartnershipInfo p, NetworkCommand c, Network current) {
        if (c.organiserOrganisationId() == null || !p.isMember(c.organiserOrganisationId())) {
            throw rule("network-organiser-not-member", c.organiserOrganisationId());
        }
        if (c.facilitatorUserId() == null) {
            throw rule("network-facilitator-required");
        }
        var facilitator = directory.user(c.facilitatorUserId()).filter(u -> u.enabled() && p.isMember(
                u.organisationId())).orElseThrow(() -> rule("network-facilitator-not-allowed", c.facilitatorUserId()));
        Set<Long> outside = new HashSet<>(c.municipalityIds());
        outside.removeAll(p.municipalityIds());
        if (!outside.isEmpty()) {
            throw rule("network-municipality-outside", outside.stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        if (c.projectId() != null && (current == null || !Objects.equals(current.getProjectId(), c.projectId()))) {
            directory.requireTaggable(c.projectId());
        }
        return new Network.Details(c.name(), c.purpose(), c.organiserOrganisationId(), facilitator.id(),
                facilitator.displayName(), c.municipalityIds(), c.startDate(), c.endDate(), c.status(),
                c.projectId());
    }
}
