package no.kobling.partnering.profile.application;

import java.util.List;

/**
 * A recommended partner with the score and the reasons in the user's language. {@code direction} says which way the
 * offers and needs fit ({@code BOTH}, {@code THEY_OFFER_WHAT_YOU_SEEK}, {@code THEY_SEEK_WHAT_YOU_OFFER});
 * {@code matchedTerms} shows each matched concept with the reader's word, the partner's own word and a neutral gloss;
 * {@code competitor} is true when the partner offers the same as the reader and was ranked lower for it.
 */
public record RecommendationView(long companyId, String companyName, String countryCode, double score,
        double needFit, double offerFit, List<String> theyOffer, List<String> theySeek, List<String> reasons,
        String direction, List<MatchedTerm> matchedTerms, boolean competitor) {

    /**
     * One matched concept. {@code side}: {@code THEY_OFFER} (they offer what you seek) or {@code THEY_SEEK} (they
     * seek what you offer); {@code yourWord} as written in your profile (or your tag), {@code theirWord} as written in
     * theirs, {@code gloss} the concept's name in the reader's language (or English), {@code text} all three for
     * display, e.g. "sveising ↔ hitsaus (welding)".
     */
    public record MatchedTerm(String side, String concept, String yourWord, String theirWord, String gloss,
            String text) {
    }
}
