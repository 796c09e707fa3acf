package no.kobling.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import no.kobling.partnering.profile.domain.CooperationType;

/**
 * Synthetic partner-profile sets for the recommendation benchmark. Words come from the concept dictionary's stems with
 * each language's endings and compounds (sveis+eoppdrag, hitsa+uspalveluja, svets+ning), inside filler sentences of
 * that language, so the matcher has to find concepts through inflection and compounds; 15 % of mentions use a word the
 * dictionary does not know (its coverage gap) and half the texts mention one off-topic popular concept. Planted complementary pairs:
 * A seeks X and offers Y, B offers X and seeks Y, usually written in different languages and countries. Distractors per
 * pair: an "offer-offer" profile that offers X too but seeks nothing A offers (a one-sided fit), and a same-industry
 * profile in A's language that offers and seeks X (a competitor of B, seeking the same work A seeks). The rest is background with popular concepts more common (Zipf).
 * Deterministic for a seed.
 */
final class ProfileSetGenerator {

    static final List<String> LANGUAGES = List.of("nb", "nn", "sv", "fi", "en");
    static final List<String> DIVISIONS = List.of("10", "16", "25", "28", "30", "33", "41", "43", "46", "49", "55",
            "62", "70", "71", "72", "79");

    /** A generated profile: texts with their language, and its role in the set. */
    record GenProfile(long id, String country, String division, String offersText, String seeksText,
            String language, Set<CooperationType> types, Set<String> languages, String role, long partner) {
    }

    record Stems(String concept, List<List<String>> byLanguage) {
    }

    private final List<Stems> vocabulary;
    private final SplittableRandom random;

    ProfileSetGenerator(List<Stems> vocabulary, long seed) {
        this.vocabulary = vocabulary;
        this.random = new SplittableRandom(seed);
    }

    /** The dictionary's single-word stems per concept and language (resource of the application). */
    static List<Stems> vocabulary() {
        List<Stems> out = new ArrayList<>();
        try (var in = ProfileSetGenerator.class.getResourceAsStream("/partnering/concepts.tsv");
                var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                        java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                List<List<String>> byLanguage = new ArrayList<>();
                boolean usable = true;
                for (int i = 1; i <= 5; i++) {
                    List<String> stems = java.util.Arrays.stream(cols[i].split(",")).map(String::strip)
                            .filter(s -> s.length() >= 4 && !s.contains(" ")).toList();
                    usable &= !stems.isEmpty();
                    byLanguage.add(stems);
                }
                if (usable && !Set.of("norway", "sweden", "finland", "nordic", "baltic-europe", "cross-border")
                        .contains(cols[0])) {
                    out.add(new Stems(cols[0], byLanguage));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** {@code size} profiles of which {@code pairs} planted pairs (2 each) and 2 distractors per pair. */
    List<GenProfile> generate(int size, int pairs, double crossLanguageShare) {
        List<GenProfile> out = new ArrayList<>(size);
        long id = 1;
        for (int p = 0; p < pairs && out.size() + 4 <= size; p++) {
            Set<Integer> x = concepts(2 + random.nextInt(2), true);
            Set<Integer> y = concepts(2 + random.nextInt(2), true);
            y.removeAll(x);
            if (y.isEmpty()) {
                y = concepts(1, true);
                y.removeAll(x);
            }
            String langA = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            String langB = random.nextDouble() < crossLanguageShare ? other(langA) : langA;
            String divA = DIVISIONS.get(random.nextInt(DIVISIONS.size()));
            String divB = DIVISIONS.get(random.nextInt(DIVISIONS.size()));
            long a = id++;
            long b = id++;
            out.add(profile(a, langA, divA, y, x, Set.of(CooperationType.SUPPLIER), "planted", b));
            out.add(profile(b, langB, divB, x, y, Set.of(CooperationType.CUSTOMER), "planted", a));
            // offer-offer: offers what A seeks, but seeks what A does not offer
            out.add(profile(id++, other(langA), divB, x, concepts(2, false), Set.of(CooperationType.CUSTOMER),
                    "offer-offer", a));
            // same industry and language as A: does the work A seeks and seeks more of it (a competitor of B)
            out.add(profile(id++, langA, divA, x, x, Set.of(CooperationType.SUPPLIER), "same-industry", a));
        }
        while (out.size() < size) {
            String lang = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            out.add(profile(id++, lang, DIVISIONS.get(random.nextInt(DIVISIONS.size())),
                    concepts(2 + random.nextInt(3), false), concepts(2 + random.nextInt(3), false),
                    Set.of(CooperationType.values()[random.nextInt(CooperationType.values().length)]), "background", 0));
        }
        return out;
    }

    private String other(String lang) {
        String o;
        do {
            o = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        } while (o.equals(lang));
        return o;
    }

    /** Distinct concept indexes; background ones skewed to popular concepts (Zipf-like), planted ones uniform. */
    private Set<Integer> concepts(int n, boolean uniform) {
        Set<Integer> out = new LinkedHashSet<>();
        while (out.size() < n) {
            int i = uniform ? random.nextInt(vocabulary.size())
                    : (int) Math.min(vocabulary.size() - 1, Math.floor(Math.pow(random.nextDouble(), 2.0)
                            * vocabulary.size()));
            out.add(i);
        }
        return out;
    }

    private GenProfile profile(long id, String lang, String division, Set<Integer> offers, Set<Integer> seeks,
            Set<CooperationType> types, String role, long partner) {
        String country = switch (lang) {
            case "nb", "nn" -> "NO";
            case "sv" -> "SE";
            case "fi" -> "FI";
            default -> List.of("NO", "SE", "FI").get(random.nextInt(3));
        };
        Set<String> languages = new LinkedHashSet<>(List.of(lang, "en"));
        return new GenProfile(id, country, division, sentence(lang, offers, true), sentence(lang, seeks, false), lang,
                types, languages, role, partner);
    }

    /** Share of concept mentions written with a word the dictionary does not know (its coverage gap). */
    static final double UNKNOWN_WORD_SHARE = 0.15;

    String sentence(String lang, Set<Integer> concepts, boolean offers) {
        int li = LANGUAGES.indexOf(lang);
        List<String> words = new ArrayList<>();
        for (int c : concepts) {
            List<String> stems = vocabulary.get(c).byLanguage().get(li);
            words.add(random.nextDouble() < UNKNOWN_WORD_SHARE ? unknownWord()
                    : inflect(lang, stems.get(random.nextInt(stems.size()))));
        }
        if (random.nextDouble() < 0.5) {
            // profiles mention other things too: one popular concept beside the point
            List<String> stems = vocabulary.get(concepts(1, false).iterator().next()).byLanguage().get(li);
            words.add(inflect(lang, stems.get(random.nextInt(stems.size()))));
        }
        String list = String.join(lang.equals("fi") ? " ja " : ", ", words);
        return switch (lang) {
            case "nb" -> (offers ? "Vi tilbyr " : "Vi søker samarbeid om ") + list + " for kunder i regionen.";
            case "nn" -> (offers ? "Vi tilbyr " : "Vi søkjer samarbeid om ") + list + " for kundar i regionen.";
            case "sv" -> (offers ? "Vi erbjuder " : "Vi söker samarbete kring ") + list + " för kunder i regionen.";
            case "fi" -> (offers ? "Tarjoamme " : "Etsimme yhteistyötä: ") + list + " alueen yrityksille.";
            default -> (offers ? "We offer " : "We are looking for ") + list + " for clients in the region.";
        };
    }

    private String unknownWord() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 6; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    /** A stem with an ending or compound part of the language (what real profile texts look like). */
    private String inflect(String lang, String stem) {
        String[] endings = switch (lang) {
            case "nb", "nn" -> new String[] {"", "er", "en", "eoppdrag", "tjenester", "ing"};
            case "sv" -> new String[] {"", "ar", "en", "ningen", "tjänster", "uppdrag"};
            case "fi" -> new String[] {"", "a", "ssa", "palveluja", "ta", "issa"};
            default -> new String[] {"", "s", "ing", " services"};
        };
        return stem + endings[random.nextInt(endings.length)];
    }
}
