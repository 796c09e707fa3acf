package no.kobling.partnering.profile.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kobling.partnering.profile.application.RecommendationView.MatchedTerm;
import no.kobling.partnering.profile.domain.PartnerProfile;
import no.kobling.partnering.profile.domain.ProfileTag;
import no.kobling.partnering.profile.matching.ConceptDictionary;
import no.kobling.partnering.profile.matching.Match;
import no.kobling.partnering.profile.matching.MatchIndex;
import no.kobling.partnering.profile.matching.WordTerms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Explanations of a recommendation people can check: each matched concept with the reader's own word, the partner's
 * word as written in their profile and a neutral gloss ("sveising ↔ hitsaus (welding)"), which direction fits, why a
 * competitor is lower, and the country, type, industry and language reasons. Places are never matched terms.
 */
@Component
class RecommendationExplainer {

    static final String ARROW = " \u2194 ";

    private final MessageSource messages;

    RecommendationExplainer(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The words of a text that mentioned each concept, by concept id: re-analyses the text with the matcher's
     * dictionary (read-only; the index keeps concepts only, not words).
     */
    static Map<Integer, String> surfaceWords(ConceptDictionary dictionary, String text) {
        return dictionary.analyse(text);
    }

    /** The text and tags of one side of a profile, analysed once for a page of explanations. */
    record Side(Map<Integer, String> words, Set<String> tags) {

        static Side of(ConceptDictionary dictionary, PartnerProfile p, String side) {
            if (p == null) {
                return new Side(Map.of(), Set.of());
            }
            String text = ProfileTag.OFFERS.equals(side) ? p.getOffers() : p.getSeeks();
            return new Side(surfaceWords(dictionary, text), p.tagsOn(side));
        }

        String word(ConceptDictionary dictionary, String concept, Map<String, String> tagNames) {
            int c = dictionary.concept(concept);
            String w = c < 0 ? null : words.get(c);
            if (w != null) {
                return w;
            }
            return tags.contains(concept) ? tagNames.getOrDefault(concept, concept) : null;
        }
    }

    List<MatchedTerm> terms(ConceptDictionary dictionary, Match m, Side yourSeeks, Side yourOffers, Side theirOffers,
            Side theirSeeks, Map<String, String> tagNames) {
        List<MatchedTerm> out = new ArrayList<>();
        for (String concept : m.theyOffer()) {
            out.add(term("THEY_OFFER", concept, yourSeeks.word(dictionary, concept, tagNames),
                    theirOffers.word(dictionary, concept, tagNames), tagNames));
        }
        for (String concept : m.theySeek()) {
            out.add(term("THEY_SEEK", concept, yourOffers.word(dictionary, concept, tagNames),
                    theirSeeks.word(dictionary, concept, tagNames), tagNames));
        }
        return out;
    }

    /**
     * A matched term: the gloss is the concept's name in the reader's language (a tag of the taxonomy) unless that is
     * one of the words shown already, then its neutral English name.
     */
    static MatchedTerm term(String side, String concept, String yours, String theirs, Map<String, String> tagNames) {
        List<String> words = words(yours, theirs);
        String name = tagNames.get(concept);
        String gloss = name != null && !said(words, name) ? name
                : WordTerms.isTerm(concept) ? (words.isEmpty() ? WordTerms.stem(concept) : words.get(0))
                : concept.replace('-', ' ');
        String text;
        if (words.isEmpty()) {
            text = name != null ? name : gloss;
        } else {
            text = String.join(ARROW, words) + (said(words, gloss) ? "" : " (" + gloss + ")");
        }
        return new MatchedTerm(side, concept, yours, theirs, gloss, text);
    }

    /** The words shown for a term: yours, then theirs when it differs. */
    static List<String> words(String yours, String theirs) {
        List<String> words = new ArrayList<>(2);
        if (yours != null && !yours.isBlank()) {
            words.add(yours);
        }
        if (theirs != null && !theirs.isBlank() && (yours == null || !theirs.equalsIgnoreCase(yours))) {
            words.add(theirs);
        }
        return words;
    }

    private static boolean said(List<String> words, String gloss) {
        return words.stream().anyMatch(w -> w.equalsIgnoreCase(gloss));
    }

    /** The concept's name in the reader's language when it is a tag, else its neutral (English) id. */
    static String gloss(String concept, Map<String, String> tagNames) {
        String name = tagNames.get(concept);
        return name != null ? name : concept.replace('-', ' ');
    }

    /** The reasons shown for a recommendation, in the reader's language. */
    List<String> reasons(Match m, List<MatchedTerm> terms, Map<String, String> tagNames, boolean youSeekCountries,
            Locale locale) {
        List<String> out = new ArrayList<>();
        out.add(msg("matching.rec.direction." + m.direction(), locale));
        String offer = joined(terms, "THEY_OFFER");
        String seek = joined(terms, "THEY_SEEK");
        if (!offer.isEmpty()) {
            out.add(msg("matching.rec.reason.they-offer", locale, offer));
        }
        if (!seek.isEmpty()) {
            out.add(msg("matching.rec.reason.they-seek", locale, seek));
        }
        if (m.competitor()) {
            out.add(msg("matching.rec.reason.competitor", locale, String.join(", ",
                    m.bothOffer().stream().filter(c -> !MatchIndex.isPlace(c)).map(c -> gloss(c, tagNames)).toList())));
        }
        String country = m.partnerCountry() == null ? null : msg("partnering.country." + m.partnerCountry(), locale);
        if (m.inCountrySought()) {
            out.add(msg("matching.rec.reason.in-country-sought", locale, country));
        } else if (youSeekCountries) {
            out.add(msg("matching.rec.reason.outside-countries-sought", locale, country == null ? "?" : country));
        }
        if (m.seeksYourCountry()) {
            out.add(msg("matching.rec.reason.seeks-your-country", locale));
        }
        if (m.inRegionSought()) {
            out.add(msg("matching.rec.reason.in-region-sought", locale));
        }
        if (m.ownType() != null) {
            out.add(msg("partnering.reason.types", locale, msg("partnering.cooperation." + m.ownType(), locale),
                    msg("partnering.cooperation." + m.partnerType(), locale)));
        }
        if (m.industryFit() >= 0.5) {
            out.add(msg("partnering.reason.industry", locale));
        }
        if (m.crossBorder() && !m.inCountrySought()) {
            out.add(msg("partnering.reason.cross-border", locale, country));
        }
        if (!m.sharedLanguages().isEmpty()) {
            out.add(msg("partnering.reason.languages", locale, String.join(", ", m.sharedLanguages().stream()
                    .sorted().map(l -> msg("language." + l, locale)).toList())));
        }
        return out;
    }

    /**
     * The terms of one side for a reason line; terms mentioned by the same words (one word can name two concepts,
     * e.g. shipbuilding and shipping) are said once, with their glosses together.
     */
    static String joined(List<MatchedTerm> terms, String side) {
        Map<String, List<String>> glosses = new java.util.LinkedHashMap<>();
        for (MatchedTerm t : terms) {
            if (!t.side().equals(side)) {
                continue;
            }
            List<String> words = words(t.yourWord(), t.theirWord());
            String key = words.isEmpty() ? t.text() : String.join(ARROW, words);
            List<String> g = glosses.computeIfAbsent(key, k -> new ArrayList<>());
            if (!words.isEmpty() && !said(words, t.gloss()) && !g.contains(t.gloss())) {
                g.add(t.gloss());
            }
        }
        List<String> out = new ArrayList<>();
        glosses.forEach((words, g) -> out.add(g.isEmpty() ? words : words + " (" + String.join(", ", g) + ")"));
        return String.join("; ", out);
    }

    String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
