package no.kobling.indicator.report.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** A project's goals: the non-empty lines of its goals text, without a leading bullet ("-", "*", "•"). */
public final class ProjectGoals {

    private ProjectGoals() {
    }

    public static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        LinkedHashSet<String> goals = new LinkedHashSet<>();
        for (String line : text.split("\\R")) {
            String goal = line.strip();
            while (!goal.isEmpty() && (goal.charAt(0) == '-' || goal.charAt(0) == '*' || goal.charAt(0) == '•')) {
                goal = goal.substring(1).strip();
            }
            if (!goal.isEmpty()) {
                goals.add(goal);
            }
        }
        return new ArrayList<>(goals);
    }
}
