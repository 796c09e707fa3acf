package no.kobling.company.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kobling.company.application.CompanyCommand;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.company.application.Views.TargetGroupView;
import no.kobling.company.domain.CompanyFacts;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.shared.WebAddresses;
import org.springframework.format.annotation.DateTimeFormat;

/** The company form (create and edit). */
public class CompanyForm {

    private String country = "NO";
    @Size(max = 20)
    private String orgNumber;
    @NotBlank
    @Size(max = 500)
    private String name;
    @Size(max = 20)
    private String legalForm;
    @Size(max = 10)
    private String naceCode;
    private Long municipalityId;
    @Size(max = 500)
    private String businessAddress;
    @Size(max = 20)
    private String businessPostalCode;
    @Size(max = 200)
    private String businessCity;
    @Size(max = 500)
    @jakarta.validation.constraints.Pattern(regexp = WebAddresses.PATTERN)
    private String website;
    @Email
    @Size(max = 300)
    private String email;
    @Size(max = 50)
    private String phone;
    @PositiveOrZero
    private Integer employees;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate foundedOn;
    private CompanyStatus status = CompanyStatus.ACTIVE;
    @Size(max = 4000)
    private String description;
    private Set<String> targetGroups = new HashSet<>();
    private Long version;

    static CompanyForm of(CompanyView c) {
        CompanyForm f = new CompanyForm();
        f.country = c.countryCode();
        f.orgNumber = c.orgNumber();
        f.name = c.name();
        f.legalForm = c.legalForm();
        f.naceCode = c.naceCode();
        f.municipalityId = c.municipalityId();
        f.businessAddress = c.businessAddress();
        f.businessPostalCode = c.businessPostalCode();
        f.businessCity = c.businessCity();
        f.website = c.website();
        f.email = c.email();
        f.phone = c.phone();
        f.employees = c.employees();
        f.foundedOn = c.foundedOn();
        f.status = c.status();
        f.description = c.description();
        f.targetGroups = new HashSet<>(c.targetGroups().stream().map(TargetGroupView::code).toList());
        f.version = c.version();
        return f;
    }

    /**
     * On a company from a national register the register-owned fields are not the form's to change: they are taken
     * from the current company (the page shows them read-only).
     */
    CompanyForm keepRegisterFields(CompanyView c) {
        name = c.name();
        legalForm = c.legalForm();
        naceCode = c.naceCode();
        municipalityId = c.municipalityId();
        businessAddress = c.businessAddress();
        businessPostalCode = c.businessPostalCode();
        businessCity = c.businessCity();
        employees = c.employees();
        foundedOn = c.foundedOn();
        status = c.status();
        return this;
    }

    /** Facts not on the form are kept as they are. */
    CompanyCommand toCommand(CompanyView current) {
        CompanyFacts facts = new CompanyFacts(legalForm, current == null ? null : current.legalFormName(),
                current == null ? null : current.nationalIndustryCode(),
                current == null ? null : current.postalAddress(), current == null ? null : current.postalCode(),
                current == null ? null : current.postalCity(), businessAddress, businessPostalCode, businessCity,
                website, email, phone, employees, foundedOn, status, current == null ? null : current.statusDate(),
                description, current == null ? List.of() : current.languages());
        return new CompanyCommand(country, orgNumber, name, facts, naceCode, municipalityId, targetGroups);
    }

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getOrgNumber() { return orgNumber; }
    public void setOrgNumber(String orgNumber) { this.orgNumber = orgNumber; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLegalForm() { return legalForm; }
    public void setLegalForm(String legalForm) { this.legalForm = legalForm; }
    public String getNaceCode() { return naceCode; }
    public void setNaceCode(String naceCode) { this.naceCode = naceCode; }
    public Long getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(Long municipalityId) { this.municipalityId = municipalityId; }
    public String getBusinessAddress() { return businessAddress; }
    public void setBusinessAddress(String businessAddress) { this.businessAddress = businessAddress; }
    public String getBusinessPostalCode() { return businessPostalCode; }
    public void setBusinessPostalCode(String businessPostalCode) { this.businessPostalCode = businessPostalCode; }
    public String getBusinessCity() { return businessCity; }
    public void setBusinessCity(String businessCity) { this.businessCity = businessCity; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; }
    public CompanyStatus getStatus() { return status; }
    public void setStatus(CompanyStatus status) { this.status = status; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Set<String> getTargetGroups() { return targetGroups; }
    public void setTargetGroups(Set<String> targetGroups) { this.targetGroups = targetGroups; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
