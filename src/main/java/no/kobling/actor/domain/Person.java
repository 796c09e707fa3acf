package no.kobling.actor.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.actor.NetworkRole;
import no.kobling.shared.DomainException;
import org.hibernate.annotations.BatchSize;

/**
 * Someone who works in the network for an organisation: advisor (first-line contact), facilitator, mentor or
 * expert. A person is visible to the users of their organisation, and, when {@code sharedWithPartnerships} is set,
 * to the member organisations of every partnership their organisation is in.
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "actor_person")
public class Person {

    public static final int NAME_MAX = 200;

    /** Languages a person can state (ISO 639-1): the Nordic ones incl. North Sámi first, then common others. */
    public static final List<String> LANGUAGES = List.of("nb", "nn", "se", "sv", "fi", "da", "is", "en", "de",
            "fr", "es", "pl", "lt", "et", "ru", "uk", "ar");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "home_municipality_id")
    private Long homeMunicipalityId;

    private String email;

    private String phone;

    @Column(name = "shared_with_partnerships", nullable = false)
    private boolean sharedWithPartnerships;

    @Column(name = "user_id")
    private Long userId;

    @ElementCollection
    @CollectionTable(name = "actor_person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    @BatchSize(size = 50)
    private Set<NetworkRole> roles = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "actor_person_language", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "language_code", nullable = false)
    @BatchSize(size = 50)
    private Set<String> languages = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "actor_person_competence", joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "competence_id"))
    @BatchSize(size = 50)
    private Set<Competence> competences = new HashSet<>();

    @Version
    private long version;

    protected Person() {
    }

    public Person(String name, long organisationId) {
        rename(name);
        this.organisationId = organisationId;
    }

    public void rename(String newName) {
        this.name = Texts.required(newName, "name", NAME_MAX, "person-name-required",
                "actor.error.person-name-required");
    }

    /** Moves the person to another organisation (checked by the caller). */
    public void workFor(long newOrganisationId) {
        this.organisationId = newOrganisationId;
    }

    public void liveIn(Long municipalityId) {
        this.homeMunicipalityId = municipalityId;
    }

    public void contact(String newEmail, String newPhone) {
        this.email = Texts.optional(newEmail, "email", 200);
        this.phone = Texts.optional(newPhone, "phone", 40);
    }

    /** A person has at least one role in the network. */
    public void actAs(Collection<NetworkRole> newRoles) {
        if (newRoles == null || newRoles.isEmpty() || newRoles.stream().anyMatch(Objects::isNull)) {
            throw DomainException.rule("person-role-required", "actor.error.person-role-required");
        }
        roles.retainAll(newRoles);
        roles.addAll(newRoles);
    }

    /** Languages as ISO 639-1 codes from {@link #LANGUAGES}; case is ignored. */
    public void speak(Collection<String> codes) {
        Set<String> normalised = codes == null ? Set.of() : codes.stream()
                .map(c -> c == null ? "" : c.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String code : normalised) {
            if (!LANGUAGES.contains(code)) {
                throw DomainException.rule("person-language-unknown", "actor.error.person-language-unknown", code);
            }
        }
        languages.retainAll(normalised);
        languages.addAll(normalised);
    }

    public void master(Collection<Competence> newCompetences) {
        Set<Competence> next = newCompetences == null ? Set.of() : Set.copyOf(newCompetences);
        competences.retainAll(next);
        competences.addAll(next);
    }

    /** Shared people are visible to the member organisations of every partnership of their organisation. */
    public void shareWithPartnerships(boolean shared) {
        this.sharedWithPartnerships = shared;
    }

    public void linkUser(Long newUserId) {
        this.userId = newUserId;
    }

    public boolean isAdvisor() {
        return roles.contains(NetworkRole.ADVISOR);
    }

    public boolean has(NetworkRole role) {
        return roles.contains(role);
    }

    public boolean speaks(String code) {
        return languages.contains(code);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getHomeMunicipalityId() {
        return homeMunicipalityId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isSharedWithPartnerships() {
        return sharedWithPartnerships;
    }

    public Long getUserId() {
        return userId;
    }

    public Set<NetworkRole> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<String> getLanguages() {
        return Collections.unmodifiableSet(languages);
    }

    public Set<Competence> getCompetences() {
        return Collections.unmodifiableSet(competences);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Person other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
