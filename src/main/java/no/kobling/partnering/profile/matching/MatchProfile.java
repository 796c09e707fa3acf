package no.kobling.partnering.profile.matching;

import java.util.Set;
import no.kobling.partnering.profile.domain.CooperationType;

/**
 * What the matcher knows of one partner profile: the concepts of its offers and needs (free text and tags, as sorted
 * distinct concept ints of a {@link ConceptDictionary}), and the facts the score weighs. {@code ownerOrganisationId}
 * and {@code public} decide who may see it (validated and unexpired profiles are public).
 */
public record MatchProfile(long companyId, String countryCode, String naceDivision, String regionCode,
        int[] offers, int[] seeks, Set<CooperationType> types, Set<String> industryDivisions, Set<String> languages,
        Set<String> countriesSought, Set<String> regionsSought, long ownerOrganisationId, boolean isPublic) {

    public MatchProfile {
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(types);
        industryDivisions = industryDivisions == null ? Set.of() : Set.copyOf(industryDivisions);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        countriesSought = countriesSought == null ? Set.of() : Set.copyOf(countriesSought);
        regionsSought = regionsSought == null ? Set.of() : Set.copyOf(regionsSought);
    }

    /** The NACE division (two digits) of a code such as 25.62, or null. */
    public static String division(String nace) {
        if (nace == null || nace.length() < 2 || !Character.isDigit(nace.charAt(0))) {
            return null;
        }
        return nace.substring(0, 2);
    }
}
