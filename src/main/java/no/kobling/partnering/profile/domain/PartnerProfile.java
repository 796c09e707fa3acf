package no.kobling.partnering.profile.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.partnering.profile.matching.LanguageGuess;
import no.kobling.shared.DomainException;
import no.kobling.shared.LocalDay;

/**
 * A company's partner profile. A facilitator validates it before anyone outside the owner organisation sees it; it
 * expires 12 months after validation or renewal. Changes by someone who may not validate put a validated profile back
 * to draft, so what the world sees was always checked by a facilitator.
 */
@Entity
@Table(name = "partnering_profile")
public class PartnerProfile {

    public static final int VALID_MONTHS = 12;
    public static final Set<String> LANGUAGES = Set.of("nb", "nn", "sv", "fi", "en");
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;
    @Column(name = "owner_organisation_id")
    private Long ownerOrganisationId;
    @Column(nullable = false)
    private String offers;
    @Column(name = "offers_language", nullable = false)
    private String offersLanguage;
    @Column(nullable = false)
    private String seeks;
    @Column(name = "seeks_language", nullable = false)
    private String seeksLanguage;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProfileStatus status;
    @Column(name = "validated_at")
    private Instant validatedAt;
    @Column(name = "validated_by")
    private String validatedBy;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partnering_profile_tag", joinColumns = @JoinColumn(name = "profile_id"))
    private Set<ProfileTag> tags = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "partnering_profile_cooperation", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "cooperation_type")
    private Set<CooperationType> cooperationTypes = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partnering_profile_industry", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "nace_code")
    private Set<String> industries = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partnering_profile_country", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "country_code")
    private Set<String> countriesSought = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partnering_profile_region", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "region_code")
    private Set<String> regionsSought = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partnering_profile_language", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    protected PartnerProfile() {
    }

    public PartnerProfile(long companyId, Long ownerOrganisationId, ProfileContent content, Instant now, String by) {
        this.companyId = companyId;
        this.ownerOrganisationId = ownerOrganisationId;
        this.status = ProfileStatus.DRAFT;
        this.createdAt = now;
        apply(content, now, by);
    }

    /** Changes the content; by someone who may not validate, a validated profile goes back to draft. */
    public void update(ProfileContent content, Instant now, String by, boolean byValidator) {
        apply(content, now, by);
        if (!byValidator && status == ProfileStatus.VALIDATED) {
            status = ProfileStatus.DRAFT;
            validatedAt = null;
            validatedBy = null;
            expiresAt = null;
        }
    }

    private void apply(ProfileContent c, Instant now, String by) {
        if (c.offers().isEmpty() && c.seeks().isEmpty() && c.offerTags().isEmpty() && c.seekTags().isEmpty()) {
            throw DomainException.rule("partnering-profile-empty", "partnering.profile.error.empty");
        }
        if (c.offers().length() > MAX_TEXT || c.seeks().length() > MAX_TEXT) {
            throw DomainException.rule("partnering-profile-too-long", "partnering.profile.error.too-long", MAX_TEXT);
        }
        for (String l : c.languages()) {
            requireLanguage(l);
        }
        this.offers = c.offers();
        this.seeks = c.seeks();
        this.offersLanguage = language(c.offersLanguage(), c.offers());
        this.seeksLanguage = language(c.seeksLanguage(), c.seeks());
        this.tags.clear();
        c.offerTags().forEach(t -> tags.add(new ProfileTag(ProfileTag.OFFERS, t)));
        c.seekTags().forEach(t -> tags.add(new ProfileTag(ProfileTag.SEEKS, t)));
        replace(cooperationTypes, c.cooperationTypes());
        replace(industries, c.industries());
        replace(countriesSought, c.countriesSought());
        replace(regionsSought, c.regionsSought());
        replace(languages, c.languages());
        this.updatedAt = now;
        this.updatedBy = by;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    private static String language(String given, String text) {
        if (given != null && !given.isBlank()) {
            requireLanguage(given);
            return given;
        }
        String guessed = LanguageGuess.guess(text);
        return guessed == null ? "en" : guessed;
    }

    private static void requireLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw DomainException.rule("partnering-profile-language", "partnering.profile.error.language", language);
        }
    }

    /**
     * A facilitator checked the profile: visible to all for 12 months, through the same date a year on in
     * {@code zone} (the owner organisation's, docs/time.md).
     */
    public void validate(Instant now, String by, ZoneId zone) {
        status = ProfileStatus.VALIDATED;
        validatedAt = now;
        validatedBy = by;
        expiresAt = expiryAfter(now, zone);
        reminderSentAt = null;
    }

    /** Another 12 months from now, for a validated or expired profile (a draft must be validated first). */
    public void renew(Instant now, String by, ZoneId zone) {
        if (status == ProfileStatus.DRAFT) {
            throw DomainException.rule("partnering-profile-not-validated", "partnering.profile.error.not-validated");
        }
        status = ProfileStatus.VALIDATED;
        expiresAt = expiryAfter(now, zone);
        reminderSentAt = null;
        updatedAt = now;
        updatedBy = by;
    }

    /**
     * The end of the day {@value #VALID_MONTHS} months after today in {@code zone}: the profile is valid through
     * that whole local day, whatever the zone of the server and across daylight-saving changes.
     */
    public static Instant expiryAfter(Instant now, ZoneId zone) {
        LocalDate lastDay = LocalDay.of(now, zone).plusMonths(VALID_MONTHS);
        return LocalDay.start(lastDay.plusDays(1), zone);
    }

    public boolean isPublic(Instant now) {
        return status == ProfileStatus.VALIDATED && expiresAt != null && expiresAt.isAfter(now);
    }

    /** Validated, expiring within {@code before}, and not yet reminded. */
    public boolean needsReminder(Instant now, Duration before) {
        return status == ProfileStatus.VALIDATED && reminderSentAt == null && expiresAt != null
                && !expiresAt.isAfter(now.plus(before)) && expiresAt.isAfter(now);
    }

    public void reminded(Instant now) {
        reminderSentAt = now;
    }

    /** Hides an expired profile; returns whether it changed. */
    public boolean expireIfDue(Instant now) {
        if (status == ProfileStatus.VALIDATED && expiresAt != null && !expiresAt.isAfter(now)) {
            status = ProfileStatus.EXPIRED;
            return true;
        }
        return false;
    }

    public Set<String> tagsOn(String side) {
        return tags.stream().filter(t -> t.getSide().equals(side)).map(ProfileTag::getTagCode)
                .collect(Collectors.toSet());
    }

    public ProfileContent content() {
        return new ProfileContent(offers, offersLanguage, seeks, seeksLanguage, tagsOn(ProfileTag.OFFERS),
                tagsOn(ProfileTag.SEEKS), cooperationTypes, industries, countriesSought, regionsSought, languages);
    }

    public Long getId() { return id; }

    public long getCompanyId() { return companyId; }

    public Long getOwnerOrganisationId() { return ownerOrganisationId; }

    public void setOwnerOrganisationId(Long ownerOrganisationId) { this.ownerOrganisationId = ownerOrganisationId; }

    public String getOffers() { return offers; }

    public String getOffersLanguage() { return offersLanguage; }

    public String getSeeks() { return seeks; }

    public String getSeeksLanguage() { return seeksLanguage; }

    public ProfileStatus getStatus() { return status; }

    public Instant getValidatedAt() { return validatedAt; }

    public String getValidatedBy() { return validatedBy; }

    public Instant getExpiresAt() { return expiresAt; }

    public Instant getUpdatedAt() { return updatedAt; }

    public String getUpdatedBy() { return updatedBy; }

    public long getVersion() { return version; }

    public Set<CooperationType> getCooperationTypes() { return Set.copyOf(cooperationTypes); }

    public Set<String> getIndustries() { return Set.copyOf(industries); }

    public Set<String> getCountriesSought() { return Set.copyOf(countriesSought); }

    public Set<String> getRegionsSought() { return Set.copyOf(regionsSought); }

    public Set<String> getLanguages() { return Set.copyOf(languages); }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartnerProfile p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return PartnerProfile.class.hashCode();
    }
}
