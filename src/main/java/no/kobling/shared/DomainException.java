package no.kobling.shared;

import java.util.Arrays;

/**
 * A rule was broken. Carries a stable {@code code} (part of the API contract), a message key into the
 * bundles and the HTTP status it maps to at the edge.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final String messageKey;
    private final transient Object[] args;
    private final int status;

    public DomainException(int status, String code, String messageKey, Object... args) {
        super(code + " " + Arrays.toString(args));
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** 422: the request was well-formed but breaks a rule. */
    public static DomainException rule(String code, String messageKey, Object... args) {
        return new DomainException(422, code, messageKey, args);
    }

    /** 409: conflicts with the current state (duplicate, stale version). */
    public static DomainException conflict(String code, String messageKey, Object... args) {
        return new DomainException(409, code, messageKey, args);
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public int status() {
        return status;
    }
}
