package no.kobling.advisory.application;

import java.time.LocalDate;

/** Which pyramid: a partnership's, optionally for one municipality, one target group and a period (inclusive). */
public record PyramidQuery(long partnershipId, Long municipalityId, String targetGroup, LocalDate from, LocalDate to) {

    public PyramidQuery {
        targetGroup = targetGroup == null || targetGroup.isBlank() ? null : targetGroup.strip();
    }
}
