package no.kobling.event.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.kobling.event.domain.Participant;

/**
 * Registration of a company: signed-in users pick a company (id) or give country and organisation number; the
 * public page gives country, number and name. Consent is required either way.
 */
public class RegistrationForm {

    private Long companyId;
    @Size(max = 2)
    private String countryCode = "NO";
    @Size(max = 30)
    private String orgNumber;
    @Size(max = 300)
    private String companyName;
    @NotNull
    private Participant.Type type = Participant.Type.PARTNER;
    @NotBlank
    @Size(max = 200)
    private String contactName;
    @Email
    @Size(max = 300)
    private String contactEmail;
    private boolean consent;

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public void setOrgNumber(String orgNumber) {
        this.orgNumber = orgNumber;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public Participant.Type getType() {
        return type;
    }

    public void setType(Participant.Type type) {
        this.type = type;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
