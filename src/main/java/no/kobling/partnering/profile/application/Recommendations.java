package no.kobling.partnering.profile.application;

import java.util.List;

/**
 * The recommendations of a company, in sections: partners that fit both ways ({@code twoWay}, the recommendations),
 * and apart, labelled by their direction, those that fit one way only ({@code oneWay}). {@code empty} says why there
 * is no two-way fit and what to add to the profile (null when there is one).
 */
public record Recommendations(List<RecommendationView> twoWay, List<RecommendationView> oneWay, EmptyReason empty) {

    /**
     * Why the list of two-way fits is empty: a stable {@code code} ({@code no-seeks}, {@code no-offers},
     * {@code no-concepts}, {@code all-declined}, {@code filters-too-narrow}, {@code only-one-way},
     * {@code no-partners-yet}), its message key and message, and the hint what to add to the profile.
     */
    public record EmptyReason(String code, String messageKey, String message, String hintKey, String hint) {
    }
}
