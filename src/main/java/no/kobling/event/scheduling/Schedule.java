package no.kobling.event.scheduling;

import java.util.List;

/** A solution: every meeting of the instance is either assigned to (slot, table) or listed as unscheduled. */
public record Schedule(List<Assignment> assignments, List<String> unscheduled, Stats stats) {

    public Schedule {
        assignments = List.copyOf(assignments);
        unscheduled = List.copyOf(unscheduled);
    }

    public record Assignment(String meeting, int slot, int table) {
    }

    /** Informative figures: meetings scheduled, sum of their priorities, seconds spent solving. */
    public record Stats(int scheduled, long weighted, double seconds) {
    }
}
