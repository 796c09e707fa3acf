package no.kobling.project.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import no.kobling.project.agreement.application.AgreementService.AgreementCommand;
import no.kobling.project.agreement.application.AgreementViews.AgreementView;
import org.springframework.format.annotation.DateTimeFormat;

/** The agreement form (new and edit). */
public class AgreementForm {

    @NotBlank @Size(max = 200) private String title;
    @NotBlank @Size(max = 4000) private String purpose;
    private Set<Long> partyOrganisationIds = new LinkedHashSet<>();
    private Set<Long> areaIds = new LinkedHashSet<>();
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate endDate;
    private Long partnershipId;
    private Long version;

    static AgreementForm of(AgreementView a) {
        AgreementForm f = new AgreementForm();
        f.title = a.title();
        f.purpose = a.purpose();
        a.parties().forEach(p -> f.partyOrganisationIds.add(p.organisationId()));
        a.areas().forEach(x -> f.areaIds.add(x.id()));
        f.startDate = a.startDate();
        f.endDate = a.endDate();
        f.partnershipId = a.partnershipId();
        f.version = a.version();
        return f;
    }

    AgreementCommand command() {
        return new AgreementCommand(title, purpose, partyOrganisationIds, areaIds, startDate, endDate,
                partnershipId);
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public Set<Long> getPartyOrganisationIds() { return partyOrganisationIds; }
    public void setPartyOrganisationIds(Set<Long> v) { partyOrganisationIds = v == null ? new LinkedHashSet<>() : v; }
    public Set<Long> getAreaIds() { return areaIds; }
    public void setAreaIds(Set<Long> v) { areaIds = v == null ? new LinkedHashSet<>() : v; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { startDate = v; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { endDate = v; }
    public Long getPartnershipId() { return partnershipId; }
    public void setPartnershipId(Long v) { partnershipId = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
