package no.kobling.shared;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which records the results facts of a module look at (the {@code *Facts} facades of advisory, company, event and
 * partnering, read by the indicator module): records of the partnership's member {@code organisationIds}, in the
 * {@code municipalityIds} (where the record has a municipality), dated from {@code from} to {@code to} (both
 * inclusive), and — when {@code projectId} is not null — tagged with that project. Every set is required; an empty set
 * matches nothing.
 */
public record FactsFilter(long partnershipId, Set<Long> organisationIds, Set<Long> municipalityIds, LocalDate from,
        LocalDate to, Long projectId) {

    public FactsFilter {
        organisationIds = Set.copyOf(organisationIds);
        municipalityIds = Set.copyOf(municipalityIds);
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period is required");
        }
    }

    public FactsFilter withMunicipalities(Set<Long> municipalities) {
        return new FactsFilter(partnershipId, organisationIds, municipalities, from, to, projectId);
    }

    public FactsFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new FactsFilter(partnershipId, organisationIds, municipalityIds, newFrom, newTo, projectId);
    }

    /** A non-empty list for an SQL {@code in (..)}: an empty set becomes an id that matches nothing. */
    public static java.util.Collection<Long> sqlIn(Set<Long> ids) {
        return ids.isEmpty() ? java.util.List.of(-1L) : ids;
    }
}
