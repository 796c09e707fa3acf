package no.kobling.event.scheduling;

import java.util.List;

/** The instance breaks a rule of the format; {@link #problems()} names each problem (e.g. an unknown participant id). */
public class InvalidInstanceException extends RuntimeException {

    private final List<String> problems;

    public InvalidInstanceException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
