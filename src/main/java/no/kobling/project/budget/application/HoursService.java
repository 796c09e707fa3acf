package no.kobling.project.budget.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.Permission;
import no.kobling.identity.UserDirectory;
import no.kobling.project.budget.domain.HoursEntry;
import no.kobling.project.budget.persistence.HoursDayLocks;
import no.kobling.project.budget.persistence.HoursRepository;
import no.kobling.project.plan.domain.Project;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.PageResult;
import no.kobling.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hours (issue 13 point 6): staff of a party (LOG_PROJECT_HOURS, their organisation is the owner or a party) log
 * their own hours on a project or one of its deliverables: more than 0 and at most 24 per user and day (over all
 * projects), not in the future. The daily limit holds under parallel requests: logging locks the user's day
 * ({@link HoursDayLocks}) before it sums the day's hours. Everyone who sees the project sees its hours; a user of
 * another tenant named in a filter answers 404.
 */
@Service
public class HoursService {

    static final String LOG = "hasAuthority('LOG_PROJECT_HOURS')";

    private final BudgetAccess access;
    private final HoursRepository hours;
    private final HoursDayLocks dayLocks;
    private final TransactionTemplate tx;

    HoursService(BudgetAccess access, HoursRepository hours, HoursDayLocks dayLocks,
            PlatformTransactionManager transactions) {
        this.access = access;
        this.hours = hours;
        this.dayLocks = dayLocks;
        this.tx = new TransactionTemplate(transactions);
    }

    public record HoursData(Long deliverableId, LocalDate date, BigDecimal hours, String note) {
    }

    public record HoursView(long id, long userId, String userName, long partyOrganisationId, String partyName,
            Long deliverableId, String deliverableName, LocalDate date, BigDecimal hours, String note,
            boolean mine) {
    }

    /** Sum of hours of one user of one party in one month. */
    public record MonthSum(String month, long partyOrganisationId, String partyName, long userId, String userName,
            BigDecimal hours) {
    }

    /**
     * Logs the caller's hours. The user's lock row of the day is made first, on its own; then one transaction holds
     * the lock while it sums the day and saves.
     */
    @PreAuthorize(LOG)
    public long log(long projectId, HoursData data) {
        if (data.date() != null) {
            dayLocks.ensure(access.caller().id(), data.date());
        }
        Long id = tx.execute(status -> logLocked(projectId, data));
        return id == null ? 0 : id;
    }

    private long logLocked(long projectId, HoursData data) {
        Project project = access.visible(projectId);
        project.requireOpen();
        CurrentUser user = access.caller();
        if (user.organisationId() == null || !access.parties(projectId).contains(user.organisationId())) {
            throw DomainException.rule("hours-not-a-party", "budget.error.hours-not-a-party");
        }
        Long deliverable = null;
        if (data.deliverableId() != null) {
            deliverable = access.requireDeliverable(projectId, data.deliverableId()).id();
        }
        if (data.date() != null && data.date().isAfter(access.today())) {
            throw DomainException.rule("hours-in-future", "budget.error.hours-in-future");
        }
        if (data.date() != null) {
            dayLocks.lock(user.id(), data.date());
        }
        BigDecimal already = data.date() == null ? BigDecimal.ZERO : hours.sumForUserOn(user.id(), data.date());
        return hours.saveAndFlush(new HoursEntry(projectId, user.organisationId(), deliverable, user.id(),
                data.date(), data.hours(), already, data.note(), access.now())).getId();
    }

    /** Deletes an entry: the user's own, or any of the project's for its coordinators. */
    @Transactional
    public void delete(long projectId, long entryId) {
        Project project = access.visible(projectId);
        project.requireOpen();
        HoursEntry entry = hours.findById(entryId).filter(h -> h.getProjectId() == projectId)
                .orElseThrow(() -> new NotFoundException("hours", entryId));
        CurrentUser user = access.caller();
        if (entry.getUserId() != user.id() && !access.mayEdit(project)) {
            throw new AccessDeniedException("not your hours");
        }
        hours.delete(entry);
    }

    /**
     * A page of the project's hours, newest first, filtered by user, party and month (each optional). A user or
     * organisation that is not of the project's parties answers 404.
     */
    @Transactional(readOnly = true)
    public PageResult<HoursView> list(long projectId, Long userId, Long partyOrganisationId, YearMonth month,
            int page, int size) {
        access.visible(projectId);
        Set<Long> parties = access.parties(projectId);
        Set<Long> historic = new HashSet<>(parties);
        List<HoursEntry> all = hours.findByProjectId(projectId);
        all.forEach(h -> historic.add(h.getPartyId()));
        if (userId != null) {
            UserDirectory.UserInfo u = access.user(userId).orElseThrow(() -> new NotFoundException("user", userId));
            if (!access.seesAll() && (u.organisationId() == null || !historic.contains(u.organisationId()))) {
                throw new NotFoundException("user", userId);
            }
        }
        if (partyOrganisationId != null && !historic.contains(partyOrganisationId)) {
            throw new NotFoundException("organisation", partyOrganisationId);
        }
        LocalDate from = month == null ? LocalDate.of(1900, 1, 1) : month.atDay(1);
        LocalDate until = month == null ? LocalDate.of(3000, 1, 1) : month.plusMonths(1).atDay(1);
        Page<HoursEntry> result = hours.search(projectId, userId == null ? -1 : userId,
                partyOrganisationId == null ? -1 : partyOrganisationId, from, until,
                PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, Paging.MAX_SIZE))));
        Set<Long> userIds = new HashSet<>();
        Set<Long> orgIds = new HashSet<>();
        result.forEach(h -> {
            userIds.add(h.getUserId());
            orgIds.add(h.getPartyId());
        });
        Map<Long, UserDirectory.UserInfo> users = access.users(userIds);
        Map<Long, String> orgs = access.organisationNames(orgIds);
        Map<Long, String> deliverables = new java.util.HashMap<>();
        access.deliverables(projectId).forEach(d -> deliverables.put(d.id(), d.name()));
        long me = access.caller().id();
        return PageResult.of(result, h -> new HoursView(h.getId(), h.getUserId(),
                users.containsKey(h.getUserId()) ? users.get(h.getUserId()).displayName() : String.valueOf(
                        h.getUserId()), h.getPartyId(), orgs.getOrDefault(h.getPartyId(), ""), h.getDeliverableId(),
                h.getDeliverableId() == null ? null : deliverables.get(h.getDeliverableId()), h.getWorkDate(),
                h.getHours(), h.getNote(), h.getUserId() == me));
    }

    /** Sums per month, party and user (oldest month first). */
    @Transactional(readOnly = true)
    public List<MonthSum> summary(long projectId) {
        access.visible(projectId);
        Map<String, BigDecimal> sums = new TreeMap<>();
        Set<Long> userIds = new HashSet<>();
        Set<Long> orgIds = new HashSet<>();
        for (HoursEntry h : hours.findByProjectId(projectId)) {
            String key = YearMonth.from(h.getWorkDate()) + "|" + h.getPartyId() + "|" + h.getUserId();
            sums.merge(key, h.getHours(), BigDecimal::add);
            userIds.add(h.getUserId());
            orgIds.add(h.getPartyId());
        }
        Map<Long, UserDirectory.UserInfo> users = access.users(userIds);
        Map<Long, String> orgs = access.organisationNames(orgIds);
        List<MonthSum> out = new ArrayList<>();
        sums.forEach((key, sum) -> {
            String[] k = key.split("\\|");
            long org = Long.parseLong(k[1]);
            long user = Long.parseLong(k[2]);
            out.add(new MonthSum(k[0], org, orgs.getOrDefault(org, ""), user,
                    users.containsKey(user) ? users.get(user).displayName() : String.valueOf(user), sum));
        });
        return out;
    }

    /** Whether the caller may log hours on the project (for the page). */
    @Transactional(readOnly = true)
    public boolean mayLog(long projectId) {
        CurrentUser user = access.caller();
        return user.has(Permission.LOG_PROJECT_HOURS) && user.organisationId() != null
                && access.parties(projectId).contains(user.organisationId());
    }

    @Transactional(readOnly = true)
    public List<BudgetAccess.DeliverableInfo> deliverables(long projectId) {
        access.visible(projectId);
        return access.deliverables(projectId);
    }
}
