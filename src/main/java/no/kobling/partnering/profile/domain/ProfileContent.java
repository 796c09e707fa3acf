package no.kobling.partnering.profile.domain;

import java.util.Set;

/**
 * What a company offers and seeks. Languages are nb, nn, sv, fi or en (null: guessed from the text); tags are codes of
 * the taxonomy; industries NACE codes; countries NO/SE/FI/...; regions national region codes.
 */
public record ProfileContent(String offers, String offersLanguage, String seeks, String seeksLanguage,
        Set<String> offerTags, Set<String> seekTags, Set<CooperationType> cooperationTypes, Set<String> industries,
        Set<String> countriesSought, Set<String> regionsSought, Set<String> languages) {

    public ProfileContent {
        offers = offers == null ? "" : offers.strip();
        seeks = seeks == null ? "" : seeks.strip();
        offerTags = offerTags == null ? Set.of() : Set.copyOf(offerTags);
        seekTags = seekTags == null ? Set.of() : Set.copyOf(seekTags);
        cooperationTypes = cooperationTypes == null ? Set.of() : Set.copyOf(cooperationTypes);
        industries = industries == null ? Set.of() : Set.copyOf(industries);
        countriesSought = countriesSought == null ? Set.of() : Set.copyOf(countriesSought);
        regionsSought = regionsSought == null ? Set.of() : Set.copyOf(regionsSought);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }
}
