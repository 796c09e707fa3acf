package no.kobling.advisory.catalogue.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks mentors/experts for a need (pure; documented in docs/catalogue.md). Score out of 100:
 * <ul>
 * <li>competence {@value #COMPETENCE} × share of the wanted competences the expert has (no match: not listed);</li>
 * <li>language {@value #LANGUAGE} if a language was asked for and the expert speaks it;</li>
 * <li>capacity {@value #CAPACITY} × hours left in the month / hours per month;</li>
 * <li>distance {@value #DISTANCE} × (3 same municipality, 2 same region, 1 same country, 0 other or unknown) / 3.</li>
 * </ul>
 * Ties: more hours left first, then by name.
 */
public final class ExpertRanking {

    public static final int COMPETENCE = 50;
    public static final int LANGUAGE = 20;
    public static final int CAPACITY = 20;
    public static final int DISTANCE = 10;

    private ExpertRanking() {
    }

    /** A municipality with its region and country; any part may be unknown (null). */
    public record Place(Long municipalityId, String regionCode, String countryCode) {

        public static final Place UNKNOWN = new Place(null, null, null);
    }

    public record Candidate(long personId, String name, Set<String> languages, Set<String> competences, Place home,
            BigDecimal hoursPerMonth, BigDecimal bookedHours) {

        public Candidate {
            languages = languages == null ? Set.of() : Set.copyOf(languages);
            competences = competences == null ? Set.of() : Set.copyOf(competences);
            home = home == null ? Place.UNKNOWN : home;
        }

        public BigDecimal hoursLeft() {
            BigDecimal left = hoursPerMonth.subtract(bookedHours);
            return left.signum() < 0 ? BigDecimal.ZERO : left;
        }
    }

    public record Query(Set<String> competences, String language, Place companyPlace) {

        public Query {
            competences = competences == null ? Set.of() : Set.copyOf(competences);
            companyPlace = companyPlace == null ? Place.UNKNOWN : companyPlace;
        }
    }

    /** How far the expert lives from the company; {@code steps} is the closeness used in the score. */
    public enum Distance {
        SAME_MUNICIPALITY(3), SAME_REGION(2), SAME_COUNTRY(1), OTHER(0), UNKNOWN(0);

        public final int steps;

        Distance(int steps) {
            this.steps = steps;
        }

        public static Distance between(Place a, Place b) {
            if (a.countryCode() == null || b.countryCode() == null) {
                return UNKNOWN;
            }
            if (a.municipalityId() != null && a.municipalityId().equals(b.municipalityId())) {
                return SAME_MUNICIPALITY;
            }
            if (!a.countryCode().equals(b.countryCode())) {
                return OTHER;
            }
            if (a.regionCode() != null && a.regionCode().equals(b.regionCode())) {
                return SAME_REGION;
            }
            return SAME_COUNTRY;
        }
    }

    public record Ranked(Candidate candidate, int score, Set<String> matchedCompetences, boolean speaksLanguage,
            BigDecimal hoursLeft, Distance distance) {
    }

    public static List<Ranked> rank(Query query, List<Candidate> candidates) {
        if (query.competences().isEmpty()) {
            return List.of();
        }
        return candidates.stream().map(c -> score(query, c)).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(Ranked::score).reversed()
                        .thenComparing(Ranked::hoursLeft, Comparator.reverseOrder())
                        .thenComparing(r -> r.candidate().name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(r -> r.candidate().personId()))
                .toList();
    }

    static Ranked score(Query query, Candidate c) {
        Set<String> matched = new TreeSet<>(query.competences());
        matched.retainAll(c.competences());
        if (matched.isEmpty()) {
            return null;
        }
        double competence = COMPETENCE * (double) matched.size() / query.competences().size();
        boolean speaks = query.language() != null && c.languages().contains(query.language());
        BigDecimal left = c.hoursLeft();
        double capacity = c.hoursPerMonth().signum() <= 0 ? 0
                : CAPACITY * left.min(c.hoursPerMonth()).divide(c.hoursPerMonth(), 6, RoundingMode.HALF_UP)
                        .doubleValue();
        Distance distance = Distance.between(c.home(), query.companyPlace());
        double total = competence + (speaks ? LANGUAGE : 0) + capacity + DISTANCE * distance.steps / 3.0;
        return new Ranked(c, (int) Math.round(total), matched, speaks, left, distance);
    }
}
