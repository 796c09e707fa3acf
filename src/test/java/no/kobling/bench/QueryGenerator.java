package no.kobling.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic, realistic mix of search requests, built from companies of the same generator (so the words
 * exist in the index): free text as typed (exact word, prefix as in autocomplete, a typo, Nordic letters left out,
 * two words), text with a place filter, filters only (county, municipality, NACE at levels 1/2/4, size band,
 * status), the whole country with facets (the widest result), and text with several filters.
 */
final class QueryGenerator {

    /** Size bands of the search API (company-core): by employees. */
    static final List<String> SIZE_BANDS = List.of("NONE", "MICRO", "SMALL", "MEDIUM", "LARGE");
    static final List<String> STATUSES = List.of("ACTIVE", "BANKRUPT", "IN_LIQUIDATION", "DELETED");

    private QueryGenerator() {
    }

    static List<BenchQuery> generate(int count, long seed, List<String> countries) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SyntheticCompany> sample = new ArrayList<>();
        for (String country : countries) {
            new CompanyGenerator(country, 5_000, seed + 1000, true).forEachRemaining(sample::add);
        }
        List<BenchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SyntheticCompany c = sample.get(random.nextInt(sample.size()));
            String country = c.country();
            String word = word(c, random);
            String municipality = country + ":" + c.municipality().code();
            String county = country + ":" + c.municipality().regionCode();
            String nace = switch (random.nextInt(3)) {
                case 0 -> c.nace().section();
                case 1 -> c.nace().division();
                default -> c.nace().code();
            };
            int page = random.nextDouble() < 0.9 ? 0 : 1 + random.nextInt(3);
            double k = random.nextDouble();
            BenchQuery q;
            if (k < 0.12) {
                q = new BenchQuery("text", word, null, null, null, null, null, null, page);
            } else if (k < 0.20) {
                q = new BenchQuery("prefix", word.substring(0, Math.min(word.length(), 3 + random.nextInt(3))), null,
                        null, null, null, null, null, 0);
            } else if (k < 0.30) {
                q = new BenchQuery("typo", typo(word, random), null, null, null, null, null, null, page);
            } else if (k < 0.38) {
                q = new BenchQuery("ascii", ascii(word), null, null, null, null, null, null, page);
            } else if (k < 0.45) {
                q = new BenchQuery("two-words", word + " " + word(c, random), null, null, null, null, null, null, page);
            } else if (k < 0.60) {
                boolean byCounty = random.nextBoolean();
                q = new BenchQuery("text+place", word, country, byCounty ? county : null, byCounty ? null : municipality,
                        null, null, null, page);
            } else if (k < 0.80) {
                q = new BenchQuery("filters", null, country, random.nextBoolean() ? county : null,
                        random.nextDouble() < 0.3 ? municipality : null, nace,
                        random.nextBoolean() ? SIZE_BANDS.get(random.nextInt(SIZE_BANDS.size())) : null,
                        random.nextBoolean() ? STATUSES.get(random.nextInt(STATUSES.size())) : null, page);
            } else if (k < 0.88) {
                q = new BenchQuery("country+facets", null, country, null, null, null, null, null, page);
            } else {
                q = new BenchQuery("text+filters", typo(word, random), country, county, null, c.nace().division(),
                        SIZE_BANDS.get(random.nextInt(SIZE_BANDS.size())), "ACTIVE", page);
            }
            queries.add(q);
        }
        return queries;
    }

    /** A word of the company name a user would type (not the legal-form suffix), in mixed case. */
    private static String word(SyntheticCompany c, SplittableRandom random) {
        List<String> words = new ArrayList<>();
        for (String w : c.name().split("[ &]+")) {
            if (w.length() >= 4 && !w.matches("(?i)stiftelse|borettslag|sameie|forening")) {
                words.add(w);
            }
        }
        String w = words.isEmpty() ? c.city() : words.get(random.nextInt(words.size()));
        return random.nextBoolean() ? w.toLowerCase(Locale.ROOT) : w;
    }

    /** One edit: a dropped, doubled, swapped or replaced letter (never the first). */
    static String typo(String word, SplittableRandom random) {
        if (word.length() < 5) {
            return word;
        }
        int i = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, i) + word.substring(i + 1);
            case 1 -> word.substring(0, i) + word.charAt(i) + word.substring(i);
            case 2 -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            default -> word.substring(0, i) + (char) ('a' + random.nextInt(26)) + word.substring(i + 1);
        };
    }

    /** As typed on a keyboard without Nordic letters: Ålesund -> Alesund, Bærum -> Baerum, Tønsberg -> Tonsberg. */
    static String ascii(String word) {
        return word.replace("Å", "A").replace("å", "a").replace("Æ", "AE").replace("æ", "ae").replace("Ø", "O")
                .replace("ø", "o").replace("Ä", "A").replace("ä", "a").replace("Ö", "O").replace("ö", "o");
    }
}
