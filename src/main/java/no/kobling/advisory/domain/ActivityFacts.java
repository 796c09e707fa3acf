package no.kobling.advisory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** What an advisor enters about an activity (checked by {@link Activity}). */
public record ActivityFacts(LocalDate date, BigDecimal hours, Long municipalityId, Long serviceId, String notes,
        Visibility visibility, LocalDate followUpDate, Set<Long> advisorUserIds, Set<Long> companyIds,
        Set<Long> entrepreneurIds) {

    public ActivityFacts {
        advisorUserIds = advisorUserIds == null ? Set.of() : Set.copyOf(advisorUserIds);
        companyIds = companyIds == null ? Set.of() : Set.copyOf(companyIds);
        entrepreneurIds = entrepreneurIds == null ? Set.of() : Set.copyOf(entrepreneurIds);
        visibility = visibility == null ? Visibility.ORGANISATION : visibility;
        hours = hours == null ? BigDecimal.ZERO : hours;
    }
}
