package no.kobling.partnering.cases.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.cases.domain.PartnerCase;
import no.kobling.partnering.cases.domain.Stage;
import no.kobling.partnering.cases.persistence.CaseRepository;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Tenancy of cases: a case is visible to the users of its facilitators' organisations and to the coordinators of its
 * partnership (users with MANAGE_PARTNERSHIPS whose organisation owns or is the hub of it); administrators and the
 * system see all. Everyone else gets 404. Changing a case needs FACILITATE_PARTNER_SEARCH as well.
 */
@Component
public class CaseAccess {

    static final String READ = "hasAnyAuthority('FACILITATE_PARTNER_SEARCH', 'MANAGE_PARTNERSHIPS')";
    static final String WRITE = "hasAuthority('FACILITATE_PARTNER_SEARCH')";

    private final CurrentUsers currentUsers;
    private final CaseDirectory directory;
    private final CaseRepository cases;

    CaseAccess(CurrentUsers currentUsers, CaseDirectory directory, CaseRepository cases) {
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.cases = cases;
    }

    /** Who is asking: their user id (null for the system), organisation and the partnerships they coordinate. */
    public record Caller(Long userId, String name, boolean seesAll, Long organisationId, Set<Long> coordinated,
            boolean facilitates) {

        public boolean canSee(PartnerCase c) {
            return seesAll || c.involvesOrganisation(organisationId) || coordinated.contains(c.getPartnershipId());
        }

        public boolean mayChange(PartnerCase c) {
            return seesAll || (facilitates && c.involvesOrganisation(organisationId));
        }
    }

    public Caller caller() {
        var current = currentUsers.current();
        if (current.isPresent()) {
            CurrentUser user = current.get();
            Set<Long> coordinated = new HashSet<>();
            if (user.organisationId() != null && user.has(Permission.MANAGE_PARTNERSHIPS)) {
                coordinated.addAll(directory.partnershipsRunBy(user.organisationId()));
            }
            return new Caller(user.id(), user.username(), user.isAdministrator(), user.organisationId(), coordinated,
                    user.has(Permission.FACILITATE_PARTNER_SEARCH));
        }
        if (SystemAccess.isSystem()) {
            return new Caller(null, SystemAccess.SYSTEM, true, null, Set.of(), true);
        }
        throw new AccessDeniedException("not signed in");
    }

    /**
     * A partnership the caller may report on: administrators any, others those their organisation is a member of
     * (active or ended); an unknown or foreign partnership answers 404.
     */
    public no.kobling.actor.Visibility.PartnershipInfo visiblePartnership(Caller caller, long partnershipId) {
        return directory.partnership(partnershipId)
                .filter(p -> caller.seesAll() || p.isMember(caller.organisationId()))
                .orElseThrow(() -> new NotFoundException("partnership", partnershipId));
    }

    /** The case if the caller may see it; otherwise 404. */
    public PartnerCase visible(Caller caller, long id) {
        PartnerCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("case", id));
        if (!caller.canSee(c)) {
            throw new NotFoundException("case", id);
        }
        return c;
    }

    /** The case if the caller may change it: 404 when hidden, 403 when only visible (a coordinator). */
    public PartnerCase changeable(Caller caller, long id) {
        PartnerCase c = visible(caller, id);
        if (!caller.mayChange(c)) {
            throw new AccessDeniedException("not a facilitator of case " + id);
        }
        return c;
    }

    /**
     * The cases counted in the caller's figures: those they may see, and for a caller with {@code VIEW_REPORTS} (a
     * funder) every case of the partnerships their organisation belongs to. Only for aggregates: a funder never sees
     * one of these cases itself.
     */
    public List<PartnerCase> countedCases(Caller caller) {
        if (caller.seesAll() || caller.organisationId() == null
                || currentUsers.current().map(u -> !u.has(Permission.VIEW_REPORTS)).orElse(true)) {
            return visibleCases(caller);
        }
        Set<Long> partnerships = new HashSet<>(caller.coordinated());
        directory.partnershipsOf(caller.organisationId()).forEach(p -> partnerships.add(p.id()));
        return cases.visibleTo(Set.of(caller.organisationId()), partnerships.isEmpty() ? Set.of(-1L) : partnerships);
    }

    /** A page of the board (newest first): the cases the caller may see, filtered in the query. */
    public Page<PartnerCase> board(Caller caller, Long partnershipId, Long projectId, boolean includeClosed, int page,
            int size) {
        return board(caller, new CaseService.BoardFilter(partnershipId, projectId, includeClosed, null, null, false),
                null, page, size);
    }

    /** A page of the board with the filters of {@code filter}; {@code today} (for overdue) may be null without it. */
    public Page<PartnerCase> board(Caller caller, CaseService.BoardFilter filter, java.time.LocalDate today, int page,
            int size) {
        Set<Long> orgs = caller.organisationId() == null ? Set.of(-1L) : Set.of(caller.organisationId());
        Set<Long> partnerships = caller.coordinated().isEmpty() ? Set.of(-1L) : caller.coordinated();
        return cases.board(caller.seesAll(), orgs, partnerships, filter.includeClosed(),
                filter.partnershipId() == null ? -1 : filter.partnershipId(),
                filter.projectId() == null ? -1 : filter.projectId(), filter.stage() == null,
                filter.stage() == null ? Stage.values()[0] : filter.stage(),
                filter.facilitatorId() == null ? -1 : filter.facilitatorId(), filter.overdueOnly(),
                today == null ? java.time.LocalDate.of(1970, 1, 1) : today,
                PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, Paging.MAX_SIZE)),
                        Sort.by(Sort.Direction.DESC, "id")));
    }

    /** All cases the caller may see, newest first. */
    public List<PartnerCase> visibleCases(Caller caller) {
        if (caller.seesAll()) {
            return cases.findAllNewestFirst();
        }
        Set<Long> orgs = caller.organisationId() == null ? Set.of(-1L) : Set.of(caller.organisationId());
        Set<Long> partnerships = caller.coordinated().isEmpty() ? Set.of(-1L) : caller.coordinated();
        return cases.visibleTo(orgs, partnerships);
    }
}
