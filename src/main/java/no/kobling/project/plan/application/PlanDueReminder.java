package no.kobling.project.plan.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.actor.ActorZones;
import no.kobling.identity.Permission;
import no.kobling.identity.SupportedLocales;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserDirectory;
import no.kobling.notification.Notifications;
import no.kobling.notification.Notifications.Kind;
import no.kobling.project.plan.domain.Deliverable;
import no.kobling.project.plan.domain.DeliverableStatus;
import no.kobling.project.plan.domain.Phase;
import no.kobling.project.plan.domain.PhaseStatus;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.domain.ProjectStatus;
import no.kobling.project.plan.domain.TypeDeliverable;
import no.kobling.project.plan.persistence.DeliverableRepository;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.project.plan.persistence.ProjectRepository;
import no.kobling.project.plan.persistence.TypeDeliverableRepository;
import no.kobling.shared.JobLease;
import no.kobling.shared.NodeId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily, once across nodes (a {@link JobLease}): tells the people of an active project that a gate decision or a
 * deliverable is due. A gate is due on its running phase's planned end, a deliverable (planned or in progress) on its
 * due date; both from {@code kobling.project.due-reminder-days} (default 7) days before until 7 days after, once per
 * item and date (a moved date is told again). "Today" is the calendar day in the project's partnership's zone.
 * Recipients: a deliverable's owner, else the project coordinators (MANAGE_PROJECTS) of its owner organisation, else of
 * the project's owner; a gate goes to the project owner's coordinators. The timer honours {@code kobling.jobs.enabled};
 * tests call {@link #run(Instant)} or {@link #remind(Instant)}.
 */
@Component
public class PlanDueReminder {

    static final String JOB = "project-due-reminder";
    private static final int AFTER_DAYS = 7;

    private final PhaseRepository phases;
    private final DeliverableRepository deliverables;
    private final ProjectRepository projects;
    private final TypeDeliverableRepository templates;
    private final ObjectProvider<Notifications> notifications;
    private final UserDirectory users;
    private final ActorZones zones;
    private final JobLease lease;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String node;
    private final int days;
    private final boolean timerEnabled;

    PlanDueReminder(PhaseRepository phases, DeliverableRepository deliverables, ProjectRepository projects,
            TypeDeliverableRepository templates, ObjectProvider<Notifications> notifications, UserDirectory users, ActorZones zones, JobLease lease,
            Clock clock, NodeId node, PlatformTransactionManager tm,
            @Value("${kobling.project.due-reminder-days:7}") int days,
            @Value("${kobling.jobs.enabled:true}") boolean timerEnabled) {
        this.phases = phases;
        this.deliverables = deliverables;
        this.projects = projects;
        this.templates = templates;
        this.notifications = notifications;
        this.users = users;
        this.zones = zones;
        this.lease = lease;
        this.clock = clock;
        this.tx = new TransactionTemplate(tm);
        this.node = node.id();
        this.days = days;
        this.timerEnabled = timerEnabled;
    }

    public record Result(boolean ran, int notified) {
    }

    @Scheduled(cron = "${kobling.project.due-reminder-cron:0 30 4 * * *}")
    void scheduled() {
        if (timerEnabled) {
            SystemAccess.run(() -> run(clock.instant()));
        }
    }

    /** Reminds at {@code now} if this node takes the day's lease; otherwise does nothing. */
    public Result run(Instant now) {
        if (!lease.tryTake(JOB, node, now, Duration.ofHours(20))) {
            return new Result(false, 0);
        }
        return new Result(true, remind(now));
    }

    /** Sends what is due at {@code now} (no lease); returns how many notifications were sent. */
    public int remind(Instant now) {
        Notifications notify = notifications.getIfAvailable();
        if (notify == null) {
            return 0;
        }
        Integer sent = tx.execute(s -> SystemAccess.run(() -> {
            LocalDate utc = now.atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate from = utc.minusDays(AFTER_DAYS + 1L);
            LocalDate to = utc.plusDays(days + 1L);
            List<Phase> gates = phases.findByStatusAndPlannedEndBetween(PhaseStatus.RUNNING, from, to);
            List<Deliverable> due = deliverables.findByStatusInAndDueDateBetween(
                    EnumSet.of(DeliverableStatus.PLANNED, DeliverableStatus.IN_PROGRESS), from, to);
            Map<Long, Phase> phaseById = new java.util.HashMap<>();
            gates.forEach(p -> phaseById.put(p.getId(), p));
            Set<Long> missing = due.stream().map(Deliverable::getPhaseId).filter(id -> !phaseById.containsKey(id))
                    .collect(Collectors.toSet());
            phases.findAllById(missing).forEach(p -> phaseById.put(p.getId(), p));
            Map<Long, Project> projectById = projects.findAllById(phaseById.values().stream()
                    .map(Phase::getProjectId).collect(Collectors.toSet())).stream()
                    .filter(p -> p.getStatus() == ProjectStatus.ACTIVE)
                    .collect(Collectors.toMap(Project::getId, Function.identity()));
            Map<Long, TypeDeliverable> templateById = templates.findAllById(due.stream()
                    .map(Deliverable::getTemplateId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
                    .stream().collect(Collectors.toMap(TypeDeliverable::getId, Function.identity()));
            int count = 0;
            for (Phase phase : gates) {
                Project project = projectById.get(phase.getProjectId());
                if (project != null && inWindow(project, phase.getPlannedEnd(), now)) {
                    for (long user : coordinators(project.getOwnerOrganisationId())) {
                        if (notify.notifyOnce(user, Kind.PROJECT_ITEM_DUE,
                                "gate:" + phase.getId() + ":" + phase.getPlannedEnd(), "notify.project.gate-due",
                                List.of(project.getName(), String.valueOf(phase.getOrder()),
                                        phase.getPlannedEnd().toString()), "/projects/" + project.getId())) {
                            count++;
                        }
                    }
                }
            }
            for (Deliverable d : due) {
                Phase phase = phaseById.get(d.getPhaseId());
                Project project = phase == null ? null : projectById.get(phase.getProjectId());
                if (project != null && inWindow(project, d.getDueDate(), now)) {
                    TypeDeliverable template = d.getTemplateId() == null ? null : templateById.get(d.getTemplateId());
                    for (long user : recipients(project, d)) {
                        // a deliverable copied from the type's template has no own name: the template's, in the
                        // recipient's language
                        String name = d.displayName(template, localeOf(user));
                        if (notify.notifyOnce(user, Kind.PROJECT_ITEM_DUE, "deliverable:" + d.getId() + ":"
                                + d.getDueDate(), "notify.project.deliverable-due", List.of(project.getName(),
                                        name, d.getDueDate().toString()), "/projects/" + project.getId())) {
                            count++;
                        }
                    }
                }
            }
            return count;
        }));
        return sent == null ? 0 : sent;
    }

    private boolean inWindow(Project project, LocalDate due, Instant now) {
        LocalDate today = now.atZone(zones.partnership(project.getPartnershipId())).toLocalDate();
        return !today.isBefore(due.minusDays(days)) && !today.isAfter(due.plusDays(AFTER_DAYS));
    }

    private List<Long> recipients(Project project, Deliverable d) {
        if (d.getOwnerUserId() != null && users.find(d.getOwnerUserId()).filter(UserDirectory.UserInfo::enabled)
                .isPresent()) {
            return List.of(d.getOwnerUserId());
        }
        List<Long> owners = d.getOwnerOrganisationId() == null ? List.of() : coordinators(d.getOwnerOrganisationId());
        return owners.isEmpty() ? coordinators(project.getOwnerOrganisationId()) : owners;
    }

    private java.util.Locale localeOf(long user) {
        return users.find(user).map(UserDirectory.UserInfo::locale).flatMap(SupportedLocales::match)
                .orElse(SupportedLocales.DEFAULT);
    }

    private List<Long> coordinators(long organisationId) {
        Set<Long> ids = new LinkedHashSet<>();
        users.enabledWithPermission(Permission.MANAGE_PROJECTS, List.of(organisationId)).forEach(u -> ids.add(u.id()));
        return new ArrayList<>(ids);
    }
}
