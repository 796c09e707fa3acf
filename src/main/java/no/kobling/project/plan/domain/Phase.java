package no.kobling.project.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import no.kobling.shared.DomainException;

/**
 * A phase of a project (a copy of its type's phase): goals, planned and actual dates, status. It starts only once the
 * previous phase's gate said GO; it ends at its own gate (GO: done, STOP: stopped, REVISE: runs on).
 */
@Entity(name = "ProjectPhase")
@Table(name = "project_phase")
public class Phase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "type_phase_id", nullable = false)
    private long typePhaseId;

    @Column(name = "phase_order", nullable = false)
    private int order;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PhaseStatus status;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    @Column(length = 4000)
    private String goals;

    @Version
    private long version;

    protected Phase() {
    }

    public Phase(long projectId, long typePhaseId, int order, LocalDate plannedStart, LocalDate plannedEnd) {
        this.projectId = projectId;
        this.typePhaseId = typePhaseId;
        this.order = order;
        this.status = PhaseStatus.PLANNED;
        plan(plannedStart, plannedEnd);
    }

    public void plan(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw DomainException.rule("phase-dates-invalid", "project.error.phase-dates");
        }
        this.plannedStart = start;
        this.plannedEnd = end;
    }

    public void setGoals(String goals) {
        String g = goals == null || goals.isBlank() ? null : goals.strip();
        this.goals = g != null && g.length() > 4000 ? g.substring(0, 4000) : g;
    }

    /**
     * Starts the phase on {@code day}. The first phase may start any time; a later one only when the previous phase's
     * latest gate decision is GO and not before that decision's date ({@code phase-gate-not-passed}).
     *
     * @param previousGate the latest gate of the previous phase, null when there is none or this is the first phase
     */
    public void start(LocalDate day, boolean first, Gate previousGate, LocalDate today) {
        if (status != PhaseStatus.PLANNED) {
            throw DomainException.rule("phase-already-started", "project.error.phase-already-started");
        }
        if (day == null) {
            throw DomainException.rule("phase-start-missing", "project.error.phase-start-missing");
        }
        if (day.isAfter(today)) {
            throw DomainException.rule("phase-start-in-future", "project.error.phase-start-in-future");
        }
        if (!first && (previousGate == null || previousGate.getDecision() != GateDecision.GO
                || day.isBefore(previousGate.getDecidedOn()))) {
            throw DomainException.rule("phase-gate-not-passed", "project.error.phase-gate-not-passed");
        }
        this.actualStart = day;
        this.status = PhaseStatus.RUNNING;
    }

    /**
     * Records the gate decision at the end of this phase. Refused before the phase started
     * ({@code gate-before-phase-start}), on a day in the future ({@code gate-date-in-future}) and once the phase is
     * done or stopped ({@code phase-not-running}).
     */
    public Gate decide(String decisionBody, LocalDate decidedOn, GateDecision decision, Long minutesDocumentId,
            String notes, LocalDate today, String recordedBy, java.time.Instant recordedAt) {
        if (decision == null) {
            throw DomainException.rule("gate-decision-missing", "project.error.gate-decision-missing");
        }
        if (decidedOn == null) {
            throw DomainException.rule("gate-date-missing", "project.error.gate-date-missing");
        }
        if (status == PhaseStatus.PLANNED || actualStart == null || decidedOn.isBefore(actualStart)) {
            throw DomainException.rule("gate-before-phase-start", "project.error.gate-before-phase-start");
        }
        if (status != PhaseStatus.RUNNING) {
            throw DomainException.rule("phase-not-running", "project.error.phase-not-running");
        }
        if (decidedOn.isAfter(today)) {
            throw DomainException.rule("gate-date-in-future", "project.error.gate-date-in-future");
        }
        Gate gate = new Gate(id == null ? 0L : id, decisionBody, decidedOn, decision, minutesDocumentId, notes, recordedBy, recordedAt);
        switch (decision) {
            case GO -> {
                status = PhaseStatus.DONE;
                actualEnd = decidedOn;
            }
            case STOP -> {
                status = PhaseStatus.STOPPED;
                actualEnd = decidedOn;
            }
            case REVISE -> {
                // runs on until a new decision
            }
        }
        return gate;
    }

    /**
     * Whether the phase runs (or ran) past its planned length or past its type's maximum months ({@link PhaseLength},
     * the one home of this rule); its end is today while it runs. A phase not yet started is not flagged.
     */
    public boolean overrun(Integer maxMonths, LocalDate today) {
        if (actualStart == null) {
            return false;
        }
        LocalDate end = actualEnd != null ? actualEnd : today;
        return PhaseLength.daysPastPlannedLength(plannedStart, plannedEnd, actualStart, end) > 0
                || PhaseLength.pastMaxLength(actualStart, end, maxMonths);
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getTypePhaseId() {
        return typePhaseId;
    }

    public int getOrder() {
        return order;
    }

    public PhaseStatus getStatus() {
        return status;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public String getGoals() {
        return goals;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Phase p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Phase.class.hashCode();
    }
}
