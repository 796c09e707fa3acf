package no.kobling.advisory.domain;

/** A company's level in the advisory funnel (the pyramid), lowest first. */
public enum FunnelLevel {
    CONTACTED, PARTICIPATING, INTENSIVE, DEEP_DIVE;

    public boolean atLeast(FunnelLevel other) {
        return compareTo(other) >= 0;
    }

    public static FunnelLevel max(FunnelLevel a, FunnelLevel b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.atLeast(b) ? a : b;
    }
}
