package no.kobling.event.scheduling.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.min;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The rules of the format as constraints. Availability is not a constraint: a meeting's values are only the slots
 * both participants are available in. Hard: a participant in two meetings of one slot, more meetings in a slot than
 * tables, more meetings than a participant's cap. Soft, in this order: unscheduled meetings weighted by priority;
 * then participants with requests but no meeting together with meetings moved from the previous schedule (one
 * participant's only meeting is worth {@value #MOVES_PER_PARTICIPANT} moves, so a re-solve does not reshuffle the
 * whole agenda for one person); then idle slots between a participant's first and last meeting.
 */
public class MeetingConstraints implements ConstraintProvider {

    private static final BendableLongScore HARD = BendableLongScore.ofHard(1, MeetingPlan.SOFT_LEVELS, 0, 1);
    private static final BendableLongScore UNSCHEDULED = soft(0, 1);
    /** A participant left without any meeting weighs as much as moving this many meetings of a re-solve. */
    static final int MOVES_PER_PARTICIPANT = 4;
    private static final BendableLongScore WITHOUT_MEETING = soft(1, MOVES_PER_PARTICIPANT);
    private static final BendableLongScore MOVED = soft(1, 1);
    private static final BendableLongScore IDLE = soft(2, 1);

    private static BendableLongScore soft(int level, long weight) {
        return BendableLongScore.ofSoft(1, MeetingPlan.SOFT_LEVELS, level, weight);
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            sameFirstParticipant(factory), sameSecondParticipant(factory), crossedParticipant(factory),
            tables(factory), caps(factory), unscheduled(factory), withoutMeeting(factory), moved(factory),
            idleSlots(factory)
        };
    }

    Constraint sameFirstParticipant(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlannedMeeting.class, Joiners.equal(PlannedMeeting::getSlot),
                Joiners.equal(PlannedMeeting::getA))
                .penalize(HARD).asConstraint("participant double-booked, same first participant");
    }

    Constraint sameSecondParticipant(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlannedMeeting.class, Joiners.equal(PlannedMeeting::getSlot),
                Joiners.equal(PlannedMeeting::getB))
                .penalize(HARD).asConstraint("participant double-booked, same second participant");
    }

    Constraint crossedParticipant(ConstraintFactory factory) {
        return factory.forEach(PlannedMeeting.class)
                .join(PlannedMeeting.class, Joiners.equal(PlannedMeeting::getSlot),
                        Joiners.equal(PlannedMeeting::getA, PlannedMeeting::getB))
                .penalize(HARD).asConstraint("participant double-booked, crossed participants");
    }

    Constraint tables(ConstraintFactory factory) {
        return factory.forEach(PlannedMeeting.class)
                .groupBy(PlannedMeeting::getSlot, count())
                .join(TableCapacity.class)
                .filter((slot, meetings, capacity) -> meetings > capacity.getTables())
                .penalize(HARD, (slot, meetings, capacity) -> meetings - capacity.getTables())
                .asConstraint("more meetings than tables");
    }

    Constraint caps(ConstraintFactory factory) {
        return factory.forEach(PlannedMeeting.class)
                .flattenLast(PlannedMeeting::getParticipants)
                .groupBy(p -> p, count())
                .filter((p, meetings) -> meetings > p.getCap())
                .penalize(HARD, (p, meetings) -> meetings - p.getCap())
                .asConstraint("more meetings than the participant's cap");
    }

    Constraint unscheduled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedMeeting.class)
                .filter(m -> m.getSlot() == null)
                .penalize(UNSCHEDULED, PlannedMeeting::getPriority)
                .asConstraint("unscheduled meeting (by priority)");
    }

    Constraint withoutMeeting(ConstraintFactory factory) {
        return factory.forEach(ParticipantFact.class)
                .ifNotExists(PlannedMeeting.class, Joiners.equal(ParticipantFact::getIndex, PlannedMeeting::getA))
                .ifNotExists(PlannedMeeting.class, Joiners.equal(ParticipantFact::getIndex, PlannedMeeting::getB))
                .penalize(WITHOUT_MEETING)
                .asConstraint("participant without any meeting");
    }

    Constraint moved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedMeeting.class)
                .filter(PlannedMeeting::isMoved)
                .penalize(MOVED)
                .asConstraint("moved from the previous schedule");
    }

    Constraint idleSlots(ConstraintFactory factory) {
        return factory.forEach(PlannedMeeting.class)
                .flatten(PlannedMeeting::getParticipants)
                .groupBy((m, p) -> p, min((PlannedMeeting m, ParticipantFact p) -> m.getSlot()),
                        max((PlannedMeeting m, ParticipantFact p) -> m.getSlot()), countBi())
                .filter((p, first, last, meetings) -> last - first + 1 > meetings)
                .penalize(IDLE, (p, first, last, meetings) -> last - first + 1 - meetings)
                .asConstraint("idle slots between meetings");
    }
}
