package no.kobling.actor.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.PersonData;
import no.kobling.actor.application.CompetenceView;
import no.kobling.actor.application.PersonView;

/** The person form (new and edit). */
public class PersonForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotEmpty
    private Set<NetworkRole> roles = new HashSet<>();

    private Long organisationId;

    private Long homeMunicipalityId;

    private Set<String> languages = new HashSet<>();

    private Set<String> competences = new HashSet<>();

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = ApiPatterns.PHONE)
    private String phone;

    private boolean sharedWithPartnerships;

    private Long version;

    static PersonForm of(PersonView p) {
        PersonForm f = new PersonForm();
        f.name = p.name();
        f.roles = new HashSet<>(p.roles());
        f.organisationId = p.organisationId();
        f.homeMunicipalityId = p.homeMunicipality() == null ? null : p.homeMunicipality().id();
        f.languages = new HashSet<>(p.languages());
        f.competences = new HashSet<>(p.competences().stream().map(CompetenceView::code).toList());
        f.email = p.email();
        f.phone = p.phone();
        f.sharedWithPartnerships = p.sharedWithPartnerships();
        f.version = p.version();
        return f;
    }

    PersonData toData(Long userId) {
        return new PersonData(name, roles, organisationId, homeMunicipalityId, languages, competences, email, phone,
                sharedWithPartnerships, userId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Set<NetworkRole> getRoles() {
        return roles;
    }

    public void setRoles(Set<NetworkRole> roles) {
        this.roles = roles == null ? new HashSet<>() : roles;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getHomeMunicipalityId() {
        return homeMunicipalityId;
    }

    public void setHomeMunicipalityId(Long homeMunicipalityId) {
        this.homeMunicipalityId = homeMunicipalityId;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public void setLanguages(Set<String> languages) {
        this.languages = languages == null ? new HashSet<>() : languages;
    }

    public Set<String> getCompetences() {
        return competences;
    }

    public void setCompetences(Set<String> competences) {
        this.competences = competences == null ? new HashSet<>() : competences;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isSharedWithPartnerships() {
        return sharedWithPartnerships;
    }

    public void setSharedWithPartnerships(boolean sharedWithPartnerships) {
        this.sharedWithPartnerships = sharedWithPartnerships;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
