package no.kobling.partnering.profile.matching;

import java.util.List;
import java.util.Set;
import no.kobling.partnering.profile.domain.CooperationType;

/**
 * One recommended partner with the parts of its score, for "why": the concepts the company needs that the partner
 * offers ({@code theyOffer}) and the other way round ({@code theySeek}), never a place; which {@link Direction} fits;
 * the concepts both offer ({@code bothOffer}, roles such as "customer" left out), how much their offers overlap
 * ({@code offerOverlap}, idf-weighted cosine 0..1) and the penalty factor that gave ({@code competitorFactor}, 1 =
 * none); the best cooperation-type pair, the shared working languages, whether the
 * partner is in another country, and whether the countries or regions sought on either side are met.
 */
public record Match(long companyId, double score, double needFit, double offerFit, List<String> theyOffer,
        List<String> theySeek, CooperationType ownType, CooperationType partnerType, double typeFit,
        double industryFit, Set<String> sharedLanguages, boolean crossBorder, String partnerCountry,
        Direction direction, List<String> bothOffer, double offerOverlap, double competitorFactor, boolean inCountrySought,
        boolean seeksYourCountry, boolean inRegionSought) {

    /** Which way the offers and needs fit. Only {@link #BOTH} is a recommendation; the others are shown apart. */
    public enum Direction {
        /** They offer what you seek and seek what you offer. */
        BOTH,
        /** They offer what you seek, but do not seek what you offer. */
        THEY_OFFER_WHAT_YOU_SEEK,
        /** They seek what you offer, but do not offer what you seek. */
        THEY_SEEK_WHAT_YOU_OFFER;

        public static Direction of(double needFit, double offerFit) {
            if (needFit > 0 && offerFit > 0) {
                return BOTH;
            }
            return needFit > 0 ? THEY_OFFER_WHAT_YOU_SEEK : THEY_SEEK_WHAT_YOU_OFFER;
        }
    }

    public boolean twoWay() {
        return direction == Direction.BOTH;
    }

    /** From this overlap of offers on, a partner is labelled a competitor (the penalty applies below it too). */
    public static final double COMPETITOR_OVERLAP = 0.25;

    /** A competitor: offers much the same as the reader, and the penalty for it lowered the score. */
    public boolean competitor() {
        return offerOverlap >= COMPETITOR_OVERLAP && competitorFactor < 1 && !bothOffer.isEmpty();
    }
}
