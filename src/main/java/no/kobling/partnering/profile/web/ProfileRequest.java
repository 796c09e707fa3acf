package no.kobling.partnering.profile.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import no.kobling.partnering.profile.domain.CooperationType;
import no.kobling.partnering.profile.domain.ProfileContent;

/** A partner profile as the API takes it; languages nb, nn, sv, fi, en (null offers/seeks language: detected). */
public record ProfileRequest(@Size(max = 4000) String offers,
        @Pattern(regexp = "nb|nn|sv|fi|en") String offersLanguage, @Size(max = 4000) String seeks,
        @Pattern(regexp = "nb|nn|sv|fi|en") String seeksLanguage, Set<String> offerTags, Set<String> seekTags,
        Set<CooperationType> cooperationTypes, Set<String> industries, Set<String> countriesSought,
        Set<String> regionsSought, Set<@Pattern(regexp = "nb|nn|sv|fi|en") String> languages, Long version) {

    ProfileContent content() {
        return new ProfileContent(offers, offersLanguage, seeks, seeksLanguage, offerTags, seekTags,
                cooperationTypes, industries, countriesSought, regionsSought, languages);
    }
}
