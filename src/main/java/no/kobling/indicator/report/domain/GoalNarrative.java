package no.kobling.indicator.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A report's narrative on one of the project's goals: the goal's text as it was when written, and the narrative. */
@Embeddable
public class GoalNarrative {

    @Column(name = "goal", nullable = false)
    private String goal;

    @Column(name = "narrative")
    private String narrative;

    protected GoalNarrative() {
    }

    public GoalNarrative(String goal, String narrative) {
        this.goal = goal;
        this.narrative = narrative == null || narrative.isBlank() ? null : narrative.strip();
    }

    public GoalNarrative copy() {
        return new GoalNarrative(goal, narrative);
    }

    public String getGoal() {
        return goal;
    }

    public String getNarrative() {
        return narrative;
    }
}
