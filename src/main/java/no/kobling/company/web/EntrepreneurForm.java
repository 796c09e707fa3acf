package no.kobling.company.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import no.kobling.company.application.EntrepreneurCommand;
import no.kobling.company.application.Views.EntrepreneurView;
import no.kobling.company.application.Views.TargetGroupView;

/** The entrepreneur form (register and edit). */
public class EntrepreneurForm {

    @NotBlank
    @Size(max = 300)
    private String name;
    @Email
    @Size(max = 300)
    private String email;
    @Size(max = 50)
    private String phone;
    private Long municipalityId;
    @Size(max = 4000)
    private String idea;
    private boolean consent;
    private boolean shared = true;
    private Set<String> targetGroups = new HashSet<>();
    private Long version;

    static EntrepreneurForm of(EntrepreneurView e) {
        EntrepreneurForm f = new EntrepreneurForm();
        f.name = e.name();
        f.email = e.email();
        f.phone = e.phone();
        f.municipalityId = e.municipalityId();
        f.idea = e.idea();
        f.consent = e.consentGiven();
        f.shared = e.shared();
        f.targetGroups = new HashSet<>(e.targetGroups().stream().map(TargetGroupView::code).toList());
        f.version = e.version();
        return f;
    }

    EntrepreneurCommand toCommand() {
        return new EntrepreneurCommand(name, email, phone, municipalityId, idea, consent, shared, targetGroups);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Long getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(Long municipalityId) { this.municipalityId = municipalityId; }
    public String getIdea() { return idea; }
    public void setIdea(String idea) { this.idea = idea; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public boolean isShared() { return shared; }
    public void setShared(boolean shared) { this.shared = shared; }
    public Set<String> getTargetGroups() { return targetGroups; }
    public void setTargetGroups(Set<String> targetGroups) { this.targetGroups = targetGroups; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
