package no.kobling.indicator.manual.domain;

import java.util.Set;

/**
 * The units a manual indicator may have. Counts and hours are never negative; units that measure a net change (jobs,
 * amounts of money, percent) accept negative entries (a net loss of jobs, a negative result).
 */
public enum ManualUnit {
    COUNT, COMPANIES, PERSONS, JOBS, HOURS, NOK, SEK, EUR, PERCENT;

    private static final Set<ManualUnit> SIGNED = Set.of(JOBS, NOK, SEK, EUR, PERCENT);

    public boolean allowsNegative() {
        return SIGNED.contains(this);
    }
}
