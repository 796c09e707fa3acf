package no.kobling.partnering.profile.matching;

import java.util.Set;
import no.kobling.partnering.profile.domain.CooperationType;

/**
 * The score of a pair (A, B). The text fit is the smoothed geometric mean of A's needs against B's offers and B's
 * needs against A's offers, {@code sqrt((ab + s)(ba + s)) - s}: a pair that fits both ways scores like its fits; one
 * that fits one way only scores at most about {@code sqrt(s)}, far below. The fit is then multiplied by the extras
 * (cooperation types, industry, language, cross-border), by a penalty when a side seeks partners in named
 * countries and the other is not in one of them, and by a penalty for offering the same as the reader
 * ({@link #competitorFactor}: a competitor more than a partner). Countries are a filter and a bonus with their own
 * reason, never matched concepts.
 */
public final class ReciprocalScore {

    private final MatchWeights w;

    public ReciprocalScore(MatchWeights weights) {
        this.w = weights;
    }

    public MatchWeights weights() {
        return w;
    }

    public double textFit(double needFit, double offerFit) {
        return Math.sqrt((needFit + w.smoothing()) * (offerFit + w.smoothing())) - w.smoothing();
    }

    /** The most a pair that fits one way only can score (fit 1 one way, 0 the other, every extra at its best). */
    public double oneSidedCeiling() {
        return textFit(1, 0) * maxExtras();
    }

    /** The largest factor the extras can give (every extra at its best, the bonus of a sought region). */
    public double maxExtras() {
        return (w.base() + w.type() + w.industry() + w.language() + Math.max(0, w.crossBorder())) * 1.05;
    }

    /**
     * The largest factor the extras can give A with any B (a tighter {@link #maxExtras} that knows A: the industry
     * fit A can reach, the bonus of a sought region only when A names regions).
     */
    double maxExtras(MatchProfile a) {
        double industry = Math.max((a.industryDivisions().isEmpty() ? 0 : 0.5) + (a.naceDivision() == null ? 0 : 0.5),
                a.naceDivision() == null ? 0 : 0.2);
        double extras = Math.max(0, w.base()) + Math.max(0, w.type()) + Math.max(0, w.industry()) * industry
                + Math.max(0, w.language()) + Math.max(0, w.crossBorder());
        // penalties and the competitor factor are at most 1 with the weights as documented; not assumed here
        double beyondOne = Math.max(1, w.outsideSoughtCountries()) * Math.max(1, w.outsideSoughtCountries())
                * Math.max(1, 1 - w.competitor());
        return extras * (a.regionsSought().isEmpty() ? 1.0 : 1.05) * beyondOne;
    }

    /**
     * What the extras, the penalties of sought countries and the bonus of a sought region multiply the text fit of
     * (A, B) by, without the competitor penalty (at most 1): an upper bound of {@code score / textFit}.
     */
    double extrasFactor(MatchProfile a, MatchProfile b) {
        double extras = extras(a, b, bestTypeFit(a.types(), b.types()));
        return Math.max(0, extras) * penalty(a, b) * (inRegionSought(a, b) ? 1.05 : 1.0)
                * Math.max(1, 1 - w.competitor());
    }

    /** Base, cooperation type, industry, language and cross-border weights of (A, B), before the penalties. */
    private double extras(MatchProfile a, MatchProfile b, double typeFit) {
        boolean crossBorder = a.countryCode() != null && b.countryCode() != null
                && !a.countryCode().equals(b.countryCode());
        return w.base() + w.type() * typeFit + w.industry() * industryFit(a, b) + w.language() * languageFit(a, b)
                + (crossBorder ? w.crossBorder() : 0);
    }

    /** The penalty of each side whose sought countries leave out the other's country. */
    private double penalty(MatchProfile a, MatchProfile b) {
        double penalty = 1.0;
        if (!a.countriesSought().isEmpty() && !a.countriesSought().contains(b.countryCode())) {
            penalty *= w.outsideSoughtCountries();
        }
        if (!b.countriesSought().isEmpty() && !b.countriesSought().contains(a.countryCode())) {
            penalty *= w.outsideSoughtCountries();
        }
        return penalty;
    }

    /** {@link CooperationType#fit} of every pair of types, by ordinal (it builds sets on every call). */
    private static final double[][] TYPE_FIT = typeFits();

    private static double[][] typeFits() {
        CooperationType[] all = CooperationType.values();
        double[][] out = new double[all.length][all.length];
        for (CooperationType x : all) {
            for (CooperationType y : all) {
                out[x.ordinal()][y.ordinal()] = x.fit(y);
            }
        }
        return out;
    }

    /** {@link CooperationType#bestFit} from the table. */
    static double bestTypeFit(Set<CooperationType> a, Set<CooperationType> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.5;
        }
        double best = 0;
        for (CooperationType x : a) {
            for (CooperationType y : b) {
                best = Math.max(best, TYPE_FIT[x.ordinal()][y.ordinal()]);
            }
        }
        return best;
    }

    public double score(MatchProfile a, MatchProfile b, double needFit, double offerFit) {
        return score(a, b, needFit, offerFit, 0);
    }

    /**
     * The score with the competitor penalty: {@code offerOverlap} is the idf-weighted cosine of A's offers against
     * B's offers (0 = they offer nothing alike, 1 = the same).
     */
    public double score(MatchProfile a, MatchProfile b, double needFit, double offerFit, double offerOverlap) {
        return baseScore(a, b, needFit, offerFit) * competitorFactor(offerOverlap);
    }

    /** 1 without overlap of offers, down to {@code 1 - competitor} when both offer the same. */
    public double competitorFactor(double offerOverlap) {
        return Math.max(0, 1 - w.competitor() * Math.max(0, Math.min(1, offerOverlap)));
    }

    /** True when B is in one of the countries A seeks partners in (A names some). */
    public static boolean inCountrySought(MatchProfile a, MatchProfile b) {
        return !a.countriesSought().isEmpty() && b.countryCode() != null
                && a.countriesSought().contains(b.countryCode());
    }

    /** True when B is in one of the regions A seeks partners in. */
    public static boolean inRegionSought(MatchProfile a, MatchProfile b) {
        return !a.regionsSought().isEmpty() && b.regionCode() != null && a.regionsSought().contains(b.regionCode());
    }

    private double baseScore(MatchProfile a, MatchProfile b, double needFit, double offerFit) {
        double text = textFit(needFit, offerFit);
        double extras = extras(a, b, CooperationType.bestFit(a.types(), b.types()));
        double regionBonus = inRegionSought(a, b) ? 1.05 : 1.0;
        return text * Math.max(0, extras) * penalty(a, b) * regionBonus;
    }

    /**
     * Industry complementarity: each side that names the other's NACE division among the industries it wants counts
     * half; two companies in the same division that name none count 0.2 (they may compete as well as cooperate).
     */
    public static double industryFit(MatchProfile a, MatchProfile b) {
        double fit = 0;
        if (b.naceDivision() != null && a.industryDivisions().contains(b.naceDivision())) {
            fit += 0.5;
        }
        if (a.naceDivision() != null && b.industryDivisions().contains(a.naceDivision())) {
            fit += 0.5;
        }
        if (fit == 0 && a.naceDivision() != null && a.naceDivision().equals(b.naceDivision())) {
            fit = 0.2;
        }
        return fit;
    }

    /** 1 with a shared working language, 0 without, 0.5 when a side names none. */
    public static double languageFit(MatchProfile a, MatchProfile b) {
        if (a.languages().isEmpty() || b.languages().isEmpty()) {
            return 0.5;
        }
        for (String l : a.languages()) {
            if (b.languages().contains(l)) {
                return 1;
            }
        }
        return 0;
    }

    /** The pair of types (A's, B's) that fits best, or null when a side names none or nothing fits. */
    public static CooperationType[] bestPair(Set<CooperationType> a, Set<CooperationType> b) {
        CooperationType[] best = null;
        double fit = 0;
        for (CooperationType x : a) {
            for (CooperationType y : b) {
                if (x.fit(y) > fit) {
                    fit = x.fit(y);
                    best = new CooperationType[] {x, y};
                }
            }
        }
        return best;
    }
}
