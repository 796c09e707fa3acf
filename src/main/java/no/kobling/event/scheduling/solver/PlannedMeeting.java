package no.kobling.event.scheduling.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * A meeting as Timefold's planning entity: its slot is the planning variable and may stay unassigned (the meeting
 * is then unscheduled); the values are the slots both participants are available in; pinned meetings do not move.
 * Tables are given after solving (any slot with no more meetings than tables can seat them).
 */
@PlanningEntity
public class PlannedMeeting {

    @PlanningId
    private Integer index;
    private int a;
    private int b;
    private int priority;
    private int previousSlot;
    private boolean pinned;
    private List<ParticipantFact> participants;
    private List<Integer> allowedSlots;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "allowedSlots")
    private Integer slot;

    public PlannedMeeting() {
    }

    PlannedMeeting(int index, int a, int b, int priority, int previousSlot, boolean pinned,
            List<ParticipantFact> participants, List<Integer> allowedSlots, Integer slot) {
        this.index = index;
        this.a = a;
        this.b = b;
        this.priority = priority;
        this.previousSlot = previousSlot;
        this.pinned = pinned;
        this.participants = participants;
        this.allowedSlots = allowedSlots;
        this.slot = slot;
    }

    @ValueRangeProvider(id = "allowedSlots")
    public List<Integer> getAllowedSlots() {
        return allowedSlots;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public Integer getIndex() {
        return index;
    }

    public int getA() {
        return a;
    }

    public int getB() {
        return b;
    }

    public int getPriority() {
        return priority;
    }

    /** Slot of the previous schedule, or -1 (a new meeting, or none given). */
    public int getPreviousSlot() {
        return previousSlot;
    }

    public boolean isMoved() {
        return previousSlot >= 0 && (slot == null || slot != previousSlot);
    }

    public List<ParticipantFact> getParticipants() {
        return participants;
    }

    public Integer getSlot() {
        return slot;
    }

    public void setSlot(Integer slot) {
        this.slot = slot;
    }
}
