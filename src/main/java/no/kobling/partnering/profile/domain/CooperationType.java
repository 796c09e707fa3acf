package no.kobling.partnering.profile.domain;

import java.util.Set;

/**
 * The kind of cooperation a company looks for. SUPPLIER means "we look for a supplier", CUSTOMER "we look for
 * customers"; so a company seeking a supplier fits one seeking customers. The others fit their own kind (both want a
 * joint tender), and a few fit each other partly (distribution and market access).
 */
public enum CooperationType {
    CAPACITY, COMPETENCE, SUPPLIER, CUSTOMER, JOINT_TENDER, MARKET_ACCESS, DISTRIBUTION, RESEARCH;

    /** How well this type of one company fits {@code other} of the partner, 0..1 (symmetric). */
    public double fit(CooperationType other) {
        if (this == SUPPLIER || this == CUSTOMER) {
            return other == complement() ? 1.0 : (other == CAPACITY ? 0.6 : 0.0);
        }
        if (other == SUPPLIER || other == CUSTOMER) {
            return other.fit(this);
        }
        if (this == other) {
            return 1.0;
        }
        Set<CooperationType> pair = Set.of(this, other);
        if (pair.equals(Set.of(DISTRIBUTION, MARKET_ACCESS)) || pair.equals(Set.of(COMPETENCE, RESEARCH))
                || pair.equals(Set.of(COMPETENCE, JOINT_TENDER)) || pair.equals(Set.of(CAPACITY, JOINT_TENDER))) {
            return 0.6;
        }
        return 0.0;
    }

    private CooperationType complement() {
        return this == SUPPLIER ? CUSTOMER : SUPPLIER;
    }

    /** The best fit between two sets of types; 0.5 (neutral) when either side names none. */
    public static double bestFit(Set<CooperationType> a, Set<CooperationType> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.5;
        }
        double best = 0;
        for (CooperationType x : a) {
            for (CooperationType y : b) {
                best = Math.max(best, x.fit(y));
            }
        }
        return best;
    }
}
