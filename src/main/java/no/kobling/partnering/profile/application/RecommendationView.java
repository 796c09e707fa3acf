package no.kobling.partnering.profile.application;

import java.util.List;

/** A recommended partner with the score and the reasons in the user's language. */
public record RecommendationView(long companyId, String companyName, String countryCode, double score,
        double needFit, double offerFit, List<String> theyOffer, List<String> theySeek, List<String> reasons) {
}
