package no.kobling.advisory;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facade of the service catalogue and the expert finder for other modules (demo data). Every method checks the
 * caller's permissions and tenancy like the pages do; run start-up work inside {@code SystemAccess.run(..)}.
 */
public interface Catalogue {

    /** A visible service whose name (in any language) is exactly {@code name}. */
    Optional<Long> serviceIdByName(String name);

    /** Adds a service: names and descriptions by language (nb, nn, sv, fi, en). */
    long createService(ServiceData data);

    /** Refers a company to a service offered in its municipality. */
    long refer(long serviceId, long companyId, String note);

    /** The provider's move: accept, decline or deliver. */
    void moveReferral(long referralId, String action);

    /** Feedback 1–5 on a delivered referral. */
    void giveFeedback(long referralId, int score, String comment);

    /**
     * Ids (ascending) of the referrals tagged with the project (issue 13) that the caller may see (provider,
     * referring organisation, the company's representatives); none when the caller may not see the project.
     */
    java.util.List<Long> taggedWith(long projectId);

    /** An expert's hours per month for the network. */
    void setExpertCapacity(long personId, int hoursPerMonth);

    /** Books an expert's hours for a company in a month. */
    long bookExpert(long personId, long companyId, YearMonth month, BigDecimal hours, String competenceCode);

    record ServiceData(long providerOrganisationId, Map<String, String> names, Map<String, String> descriptions,
            Long partnershipId, Set<Long> municipalityIds, Set<String> targetGroups, Integer capacityPerMonth) {

        public ServiceData {
            names = names == null ? Map.of() : Map.copyOf(names);
            descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
            municipalityIds = municipalityIds == null ? Set.of() : Set.copyOf(municipalityIds);
            targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
        }
    }
}
