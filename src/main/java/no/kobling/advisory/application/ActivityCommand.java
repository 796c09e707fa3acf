package no.kobling.advisory.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import no.kobling.advisory.domain.Visibility;

/**
 * An activity as entered: the kind by id or code; missing date (today), municipality (the first company's), advisors
 * (the caller) and visibility (own organisation) get defaults. {@code organisationId} is only for the system actor
 * (demo data); users always log for their own organisation.
 */
public record ActivityCommand(Long kindId, String kindCode, LocalDate date, BigDecimal hours, Long municipalityId,
        Long serviceId, String notes, Visibility visibility, LocalDate followUpDate, Set<Long> advisorUserIds,
        Set<Long> companyIds, Set<Long> entrepreneurIds, Long organisationId) {

    public ActivityCommand {
        advisorUserIds = ids(advisorUserIds);
        companyIds = ids(companyIds);
        entrepreneurIds = ids(entrepreneurIds);
    }

    private static Set<Long> ids(Set<Long> ids) {
        return ids == null ? Set.of() : ids.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
