package no.kobling.event.scheduling;

import java.util.List;

/** The instance file is not JSON at all (a syntax error at a line and column), as opposed to breaking a rule. */
public class MalformedInstanceException extends InvalidInstanceException {

    public MalformedInstanceException(String problem) {
        super(List.of(problem));
    }
}
