package no.kobling.advisory.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import no.kobling.advisory.domain.Visibility;

/**
 * An activity as entered: the kind by id or code; missing date (today), municipality (the first company's), advisors
 * (the caller) and visibility (own organisation) get defaults. {@code organisationId} is only for the system actor
 * (demo data); users always log for their own organisation. {@code projectId} tags the activity with a project
 * (issue 13; {@code null}: none).
 */
public record ActivityCommand(Long kindId, String kindCode, LocalDate date, BigDecimal hours, Long municipalityId,
        Long serviceId, String notes, Visibility visibility, LocalDate followUpDate, Set<Long> advisorUserIds,
        Set<Long> companyIds, Set<Long> entrepreneurIds, Long organisationId, Long projectId) {

    /** Without a project tag. */
    public ActivityCommand(Long kindId, String kindCode, LocalDate date, BigDecimal hours, Long municipalityId,
            Long serviceId, String notes, Visibility visibility, LocalDate followUpDate, Set<Long> advisorUserIds,
            Set<Long> companyIds, Set<Long> entrepreneurIds, Long organisationId) {
        this(kindId, kindCode, date, hours, municipalityId, serviceId, notes, visibility, followUpDate, advisorUserIds,
                companyIds, entrepreneurIds, organisationId, null);
    }

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
