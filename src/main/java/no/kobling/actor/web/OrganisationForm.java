package no.kobling.actor.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.application.OrganisationView;

/** The organisation form (new and edit). */
public class OrganisationForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private OrganisationKind kind;

    @NotBlank
    private String countryCode = "NO";

    private Long homeMunicipalityId;

    @Size(max = 40)
    private String organisationNumber;

    @Size(max = 300)
    @Pattern(regexp = ApiPatterns.WEBSITE)
    private String website;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = ApiPatterns.PHONE)
    private String phone;

    @Size(max = 4000)
    private String description;

    @Size(max = 40)
    private String timeZone;

    private Long version;

    static OrganisationForm of(OrganisationView o) {
        OrganisationForm f = new OrganisationForm();
        f.name = o.name();
        f.kind = o.kind();
        f.countryCode = o.countryCode();
        f.homeMunicipalityId = o.homeMunicipality() == null ? null : o.homeMunicipality().id();
        f.organisationNumber = o.organisationNumber();
        f.website = o.website();
        f.email = o.email();
        f.phone = o.phone();
        f.description = o.description();
        f.timeZone = o.timeZone();
        f.version = o.version();
        return f;
    }

    OrganisationData toData() {
        return new OrganisationData(name, kind, countryCode, homeMunicipalityId, organisationNumber, website, email,
                phone, description, timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public Long getHomeMunicipalityId() {
        return homeMunicipalityId;
    }

    public void setHomeMunicipalityId(Long homeMunicipalityId) {
        this.homeMunicipalityId = homeMunicipalityId;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
