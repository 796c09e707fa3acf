package no.kobling.geo.application;

/**
 * One name of a place. {@code language} is the stored key (nb, se, smj, sma, fkv, sv, fi, en, official);
 * {@code htmlLang} its BCP 47 tag for markup (null for the official form, which may mix languages).
 */
public record LocalisedName(String language, String htmlLang, String name) {
}
