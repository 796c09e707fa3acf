package no.kobling.partnering.profile.matching;

/**
 * Weights of the recommendation score. The text fit (reciprocal) is multiplied by
 * {@code base + type*typeFit + industry*industryFit + language*languageFit + crossBorder*[different country]}, so
 * nothing but a fit of offers and needs lifts a pair, and the extras order pairs that fit alike.
 * {@code crossBorder} is the configurable preference for partners in another country (0 = none, negative = prefer
 * the own country). {@code smoothing} keeps a one-sided fit above zero but far below a two-sided one.
 * {@code outsideSoughtCountries} multiplies the score per side whose sought countries the other is not in.
 * {@code competitor} is the penalty for offering the same as the reader: the score is multiplied by
 * {@code 1 - competitor * overlap}, where overlap is the idf-weighted cosine of the two sides' offers (a
 * competitor more than a partner).
 */
public record MatchWeights(double base, double type, double industry, double language, double crossBorder,
        double smoothing, double outsideSoughtCountries, double competitor) {

    public static MatchWeights defaults() {
        return new MatchWeights(0.55, 0.2, 0.1, 0.15, 0.1, 0.01, 0.6, 0.6);
    }

    public MatchWeights withCrossBorder(double value) {
        return new MatchWeights(base, type, industry, language, value, smoothing, outsideSoughtCountries, competitor);
    }

    public MatchWeights withCompetitor(double value) {
        return new MatchWeights(base, type, industry, language, crossBorder, smoothing, outsideSoughtCountries, value);
    }
}
