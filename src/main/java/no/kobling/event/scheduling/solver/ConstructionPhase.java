package no.kobling.event.scheduling.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Timefold custom phase running {@link Construction} on the working solution before local search. */
public class ConstructionPhase implements PhaseCommand<MeetingPlan> {

    private static final Logger LOG = LoggerFactory.getLogger(ConstructionPhase.class);

    @Override
    public void changeWorkingSolution(ScoreDirector<MeetingPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        MeetingPlan plan = scoreDirector.getWorkingSolution();
        Construction construction = new Construction(plan.problem());
        int[] slots = construction.run(plan.constructionDeadlineNanos(), isPhaseTerminated);
        LOG.debug("constructive phase scheduled {} of {} meetings", construction.scheduled(), slots.length);
        for (PlannedMeeting meeting : plan.getMeetings()) {
            if (meeting.isPinned()) {
                continue;
            }
            int slot = slots[meeting.getIndex()];
            Integer value = slot < 0 ? null : slot;
            if (!Objects.equals(value, meeting.getSlot())) {
                scoreDirector.beforeVariableChanged(meeting, "slot");
                meeting.setSlot(value);
                scoreDirector.afterVariableChanged(meeting, "slot");
            }
        }
        scoreDirector.triggerVariableListeners();
    }
}
