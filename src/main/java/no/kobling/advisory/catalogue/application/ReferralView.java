package no.kobling.advisory.catalogue.application;

import java.time.LocalDate;
import java.util.List;
import no.kobling.advisory.catalogue.domain.ReferralStatus;

/**
 * A referral as pages and the API show it; {@code actions} are the moves the caller may make now; {@code mayTag}: the
 * caller may change its project tag (the referring organisation).
 */
public record ReferralView(long id, long serviceId, String serviceName, long companyId, String companyName,
        long municipalityId, String municipalityName, ReferralStatus status, String note, String referredBy,
        LocalDate referredOn, LocalDate acceptedOn, LocalDate deliveredOn, Integer feedbackScore,
        String feedbackComment, long version, List<String> actions, Long projectId, String projectName,
        boolean mayTag) {
}
