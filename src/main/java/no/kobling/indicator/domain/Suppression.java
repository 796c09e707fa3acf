package no.kobling.indicator.domain;

/**
 * Funders see aggregates only: a breakdown cell behind which fewer than {@value #MINIMUM} companies or persons stand
 * is suppressed (shown as "&lt; 3", value null), so no single company or person can be identified.
 */
public final class Suppression {

    public static final int MINIMUM = 3;

    private Suppression() {
    }

    public static boolean suppressed(long subjects) {
        return subjects < MINIMUM;
    }
}
