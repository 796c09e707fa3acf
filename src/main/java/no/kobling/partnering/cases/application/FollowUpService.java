package no.kobling.partnering.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserZones;
import no.kobling.notification.Notifications;
import no.kobling.partnering.cases.application.CaseAccess.Caller;
import no.kobling.partnering.cases.application.CaseViews.CaseCard;
import no.kobling.partnering.cases.application.CaseViews.FollowUpView;
import no.kobling.partnering.cases.domain.FollowUp;
import no.kobling.partnering.cases.domain.FollowUpPlan;
import no.kobling.partnering.cases.domain.FollowUpPlanSetting;
import no.kobling.partnering.cases.domain.PartnerCase;
import no.kobling.partnering.cases.persistence.CaseRepository;
import no.kobling.partnering.cases.persistence.FollowUpPlanRepository;
import no.kobling.partnering.cases.persistence.FollowUpRepository;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follow-ups that cannot be forgotten: the dashboards of facilitators (their own cases) and coordinators (their
 * partnerships' cases), the reminder job, and each partnership's follow-up plan.
 */
@Service
public class FollowUpService {

    /** A second reminder goes out when a follow-up is this many days overdue. */
    public static final int OVERDUE_REMINDER_DAYS = 7;
    /** Reminders go out from this local hour of the day they fall on, in the zone of every recipient. */
    public static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpService.class);

    private final FollowUpRepository followUps;
    private final CaseRepository cases;
    private final FollowUpPlanRepository plans;
    private final CaseDirectory directory;
    private final CaseAccess access;
    private final CaseViews views;
    private final MeetingRecorder recorder;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CaseDays days;
    private final UserZones userZones;

    FollowUpService(FollowUpRepository followUps, CaseRepository cases, FollowUpPlanRepository plans,
            CaseDirectory directory, CaseAccess access, CaseViews views, MeetingRecorder recorder,
            Notifications notifications, PlatformTransactionManager tm, Clock clock, CaseDays days,
            UserZones userZones) {
        this.followUps = followUps;
        this.cases = cases;
        this.plans = plans;
        this.directory = directory;
        this.access = access;
        this.views = views;
        this.recorder = recorder;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(tm);
        this.clock = clock;
        this.days = days;
        this.userZones = userZones;
    }

    public record DueFollowUp(FollowUpView followUp, CaseCard card) {
    }

    /**
     * The follow-ups dashboard: mine (cases where I am a facilitator: overdue and due within 14 days) and overdue
     * ones in the partnerships I coordinate (all overdue for an administrator).
     */
    public record Dashboard(List<DueFollowUp> mine, List<DueFollowUp> overdueInPartnerships, boolean coordinator) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CaseAccess.READ)
    public Dashboard dashboard() {
        Caller caller = access.caller();
        LocalDate today = today();
        Map<Long, PartnerCase> visible = access.visibleCases(caller).stream().filter(PartnerCase::isOpen)
                .collect(Collectors.toMap(PartnerCase::getId, Function.identity()));
        List<FollowUp> due = followUps.openDueBy(today.plusDays(14)).stream()
                .filter(f -> visible.containsKey(f.getCaseId())).toList();
        Map<Long, CaseCard> cards = views.cards(due.stream().map(f -> visible.get(f.getCaseId())).distinct().toList(),
                Map.of()).stream().collect(Collectors.toMap(CaseCard::id, Function.identity()));
        List<DueFollowUp> mine = new ArrayList<>();
        List<DueFollowUp> coordinated = new ArrayList<>();
        boolean coordinator = caller.seesAll() || !caller.coordinated().isEmpty();
        for (FollowUp f : due) {
            PartnerCase c = visible.get(f.getCaseId());
            DueFollowUp row = new DueFollowUp(CaseService.followUp(f, today), cards.get(c.getId()));
            if (caller.userId() != null && c.isFacilitator(caller.userId())) {
                mine.add(row);
            }
            if (f.isOverdue(today) && (caller.seesAll() || caller.coordinated().contains(c.getPartnershipId()))) {
                coordinated.add(row);
            }
        }
        return new Dashboard(mine, coordinated, coordinator);
    }

    /**
     * The reminder job: for each open follow-up of an open case due today or earlier, a reminder to both facilitators
     * (in the app and by e-mail through the outbox) once when due, and once more when {@value #OVERDUE_REMINDER_DAYS}
     * days overdue, each from {@link #REMINDER_TIME} on that day in the zone of every recipient (a facilitator in
     * Oslo and one in Helsinki both get it at 08:00 Oslo, 09:00 Helsinki: docs/time.md). A reminder is claimed
     * with a conditional update in the same transaction as its notifications, so two nodes never send one twice and
     * a failure sends none. Returns the number of reminders sent.
     */
    public int sendReminders(Instant now) {
        return SystemAccess.run(() -> remindAll(now));
    }

    private int remindAll(Instant now) {
        // the latest "today" in any zone: which follow-up is due for its recipients is decided per follow-up
        LocalDate latest = Zones.SUPPORTED.stream().map(z -> LocalDay.of(now, z)).max(LocalDate::compareTo)
                .orElseThrow();
        int sent = 0;
        List<FollowUp> due = transaction.execute(s -> followUps.openDueBy(latest));
        for (FollowUp f : due == null ? List.<FollowUp>of() : due) {
            try {
                Boolean done = transaction.execute(s -> remind(f, now));
                if (Boolean.TRUE.equals(done)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // one broken follow-up must not hold back the others' reminders; its claim rolled back, so the
                // next run tries it again
                LOG.warn("Reminder for follow-up {} failed; retried on the next run", f.getId(), e);
            }
        }
        return sent;
    }

    /** The reminder job at the current time. */
    public void sendReminders() {
        int sent = sendReminders(clock.instant());
        if (sent > 0) {
            LOG.info("Sent {} follow-up reminders", sent);
        }
    }

    private boolean remind(FollowUp f, Instant now) {
        PartnerCase c = cases.findById(f.getCaseId()).orElseThrow();
        // one facilitator may hold both sides (e.g. a case opened from an event meeting): remind them once
        Set<Long> recipients = new java.util.LinkedHashSet<>(List.of(c.getFacilitatorAId(), c.getFacilitatorBId()));
        Collection<ZoneId> zones = userZones.of(recipients).values();
        String key;
        if (f.getRemindedAt() == null) {
            if (!reachedEverywhere(now, f.getDueOn(), zones) || followUps.claimReminder(f.getId(), now) != 1) {
                return false;
            }
            key = "cases.notify.follow-up-due";
        } else if (f.getOverdueRemindedAt() == null
                && reachedEverywhere(now, f.getDueOn().plusDays(OVERDUE_REMINDER_DAYS), zones)) {
            if (followUps.claimOverdueReminder(f.getId(), now) != 1) {
                return false;
            }
            key = "cases.notify.follow-up-overdue";
        } else {
            return false;
        }
        String label = views.label(c);
        for (long user : recipients) {
            notifications.notify(user, key, List.of(label, f.getDueOn().toString()), "/cases/" + c.getId());
        }
        return true;
    }

    public record PlanView(long partnershipId, String partnershipName, String offsets, boolean isDefault,
            boolean mayChange) {
    }

    /** The follow-up plans of the partnerships the caller belongs to (or all, for an administrator). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('FACILITATE_PARTNER_SEARCH', 'MANAGE_PARTNERSHIPS', 'VIEW_REPORTS')")
    public List<PlanView> plans() {
        Caller caller = access.caller();
        Long org = caller.seesAll() ? null : (caller.organisationId() == null ? -1L : caller.organisationId());
        return directory.partnershipsOf(org).stream().map(p -> {
            var setting = plans.findById(p.id());
            return new PlanView(p.id(), p.name(), setting.map(FollowUpPlanSetting::plan).orElse(FollowUpPlan.DEFAULT)
                    .format(), setting.isEmpty(), caller.seesAll() || caller.coordinated().contains(p.id()));
        }).toList();
    }

    /** Sets a partnership's follow-up plan (its coordinators and administrators). */
    @Transactional
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERSHIPS', 'ADMINISTER_ORGANISATIONS')")
    public FollowUpPlan changePlan(long partnershipId, String offsets) {
        Caller caller = access.caller();
        boolean member = caller.seesAll() || directory.members(partnershipId).containsKey(caller.organisationId());
        if (!member || directory.partnershipNames(List.of(partnershipId)).isEmpty()) {
            throw new NotFoundException("partnership", partnershipId);
        }
        if (!caller.seesAll() && !caller.coordinated().contains(partnershipId)) {
            throw new AccessDeniedException("not a coordinator of partnership " + partnershipId);
        }
        FollowUpPlan plan = FollowUpPlan.parse(offsets);
        plans.findById(partnershipId).ifPresentOrElse(s -> s.change(plan),
                () -> plans.save(new FollowUpPlanSetting(partnershipId, plan)));
        return plan;
    }

    /** The plan that applies in a partnership. */
    @Transactional(readOnly = true)
    public FollowUpPlan planOf(long partnershipId) {
        return recorder.plan(partnershipId);
    }

    /** Whether {@link #REMINDER_TIME} on {@code day} has come in every one of the zones. */
    static boolean reachedEverywhere(Instant now, LocalDate day, Collection<ZoneId> zones) {
        return zones.stream().allMatch(z -> LocalDay.reached(now, day, REMINDER_TIME, z));
    }

    /** Due and overdue on a dashboard are judged in the viewer's own zone (docs/time.md). */
    private LocalDate today() {
        return days.viewerToday();
    }
}
