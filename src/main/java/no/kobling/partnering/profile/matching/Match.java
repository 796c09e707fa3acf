package no.kobling.partnering.profile.matching;

import java.util.List;
import java.util.Set;
import no.kobling.partnering.profile.domain.CooperationType;

/**
 * One recommended partner with the parts of its score, for "why": the concepts the company needs that the partner
 * offers ({@code theyOffer}) and the other way round ({@code theySeek}), the best cooperation-type pair, the shared
 * working languages, and whether the partner is in another country.
 */
public record Match(long companyId, double score, double needFit, double offerFit, List<String> theyOffer,
        List<String> theySeek, CooperationType ownType, CooperationType partnerType, double typeFit,
        double industryFit, Set<String> sharedLanguages, boolean crossBorder, String partnerCountry) {
}
