package no.kobling.partnering.profile.web;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.partnering.profile.application.ProfileView;
import no.kobling.partnering.profile.domain.CooperationType;
import no.kobling.partnering.profile.domain.ProfileContent;

/** The profile form of the pages (industries and regions as comma-separated codes). */
public class ProfileForm {

    @Size(max = 4000)
    private String offers = "";
    private String offersLanguage = "";
    @Size(max = 4000)
    private String seeks = "";
    private String seeksLanguage = "";
    private Set<String> offerTags = new LinkedHashSet<>();
    private Set<String> seekTags = new LinkedHashSet<>();
    private Set<CooperationType> cooperationTypes = new LinkedHashSet<>();
    @Size(max = 500)
    private String industries = "";
    private Set<String> countriesSought = new LinkedHashSet<>();
    @Size(max = 500)
    private String regionsSought = "";
    private Set<String> languages = new LinkedHashSet<>();
    private Long version;

    static ProfileForm of(ProfileView v) {
        ProfileForm f = new ProfileForm();
        f.offers = v.offers();
        f.offersLanguage = v.offersLanguage();
        f.seeks = v.seeks();
        f.seeksLanguage = v.seeksLanguage();
        f.offerTags = v.offerTags().stream().map(ProfileView.TagOption::code).collect(Collectors.toSet());
        f.seekTags = v.seekTags().stream().map(ProfileView.TagOption::code).collect(Collectors.toSet());
        f.cooperationTypes = new LinkedHashSet<>(v.cooperationTypes());
        f.industries = String.join(", ", v.industries());
        f.countriesSought = new LinkedHashSet<>(v.countriesSought());
        f.regionsSought = String.join(", ", v.regionsSought());
        f.languages = new LinkedHashSet<>(v.languages());
        f.version = v.version();
        return f;
    }

    ProfileContent content() {
        return new ProfileContent(offers, blankToNull(offersLanguage), seeks, blankToNull(seeksLanguage), offerTags,
                seekTags, cooperationTypes, codes(industries), countriesSought, codes(regionsSought), languages);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Set<String> codes(String s) {
        if (s == null) {
            return Set.of();
        }
        return Arrays.stream(s.split("[,;\\s]+")).map(String::strip).filter(x -> !x.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public String getOffers() { return offers; }
    public void setOffers(String offers) { this.offers = offers; }
    public String getOffersLanguage() { return offersLanguage; }
    public void setOffersLanguage(String offersLanguage) { this.offersLanguage = offersLanguage; }
    public String getSeeks() { return seeks; }
    public void setSeeks(String seeks) { this.seeks = seeks; }
    public String getSeeksLanguage() { return seeksLanguage; }
    public void setSeeksLanguage(String seeksLanguage) { this.seeksLanguage = seeksLanguage; }
    public Set<String> getOfferTags() { return offerTags; }
    public void setOfferTags(Set<String> offerTags) { this.offerTags = offerTags; }
    public Set<String> getSeekTags() { return seekTags; }
    public void setSeekTags(Set<String> seekTags) { this.seekTags = seekTags; }
    public Set<CooperationType> getCooperationTypes() { return cooperationTypes; }
    public void setCooperationTypes(Set<CooperationType> cooperationTypes) { this.cooperationTypes = cooperationTypes; }
    public String getIndustries() { return industries; }
    public void setIndustries(String industries) { this.industries = industries; }
    public Set<String> getCountriesSought() { return countriesSought; }
    public void setCountriesSought(Set<String> countriesSought) { this.countriesSought = countriesSought; }
    public String getRegionsSought() { return regionsSought; }
    public void setRegionsSought(String regionsSought) { this.regionsSought = regionsSought; }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> languages) { this.languages = languages; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
