package no.kobling.partnering;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Facade of partner profiles for other modules (the matchmaking marketplace). Respects the caller's visibility. */
public interface PartnerProfiles {

    /** The company's profile as the caller may see it (validated, or own organisation's). */
    Optional<ProfileSummary> profileOf(long companyId, String lang);

    /** Profiles of these companies that the caller may see, e.g. an event's participants. */
    List<ProfileSummary> profilesOf(Collection<Long> companyIds, String lang);

    /**
     * Reciprocal recommendations for a company, only among {@code candidateCompanyIds} (e.g. the participants of an
     * event), best first, each with the reasons shown to the user.
     */
    List<Recommendation> recommendationsAmong(long companyId, Collection<Long> candidateCompanyIds, int limit,
            String lang);

    record ProfileSummary(long companyId, String companyName, String countryCode, String offers, String seeks,
            Set<String> cooperationTypes, Set<String> tags, Set<String> languages) {
    }

    record Recommendation(long companyId, String companyName, double score, List<String> reasons) {
    }

    /** Creates or replaces a company's profile owned by an organisation (demo data, imports; needs administrator or system). */
    void saveProfile(ProfileData data);

    /** A profile to save; cooperation types by name (SUPPLIER, CUSTOMER, ...); {@code validated}: validate at once. */
    record ProfileData(long companyId, Long ownerOrganisationId, String offers, String seeks, Set<String> offerTags,
            Set<String> seekTags, Set<String> cooperationTypes, Set<String> industries, Set<String> countriesSought,
            Set<String> languages, boolean validated) {
    }
}
