package no.kobling.project.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectViews.ProjectDetail;
import no.kobling.project.plan.domain.DeliverableStatus;
import no.kobling.project.plan.domain.GateDecision;
import org.springframework.format.annotation.DateTimeFormat;

/** Form objects of the project pages (bound by name, labels tied to inputs in the templates). */
final class ProjectForms {

    private ProjectForms() {
    }

    public static class ProjectForm {
        private String name;
        private Long typeId;
        private Long partnershipId;
        private Long funderOrganisationId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startDate;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endDate;
        private String goals;
        private String description;
        private List<Long> municipalityIds = new ArrayList<>();
        private List<String> targetGroupCodes = new ArrayList<>();
        private List<Long> partyIds = new ArrayList<>();
        private Map<String, String> responsibilities = new HashMap<>();
        private Long version;

        static ProjectForm of(ProjectDetail d) {
            ProjectForm f = new ProjectForm();
            f.name = d.name();
            f.typeId = d.typeId();
            f.partnershipId = d.partnershipId();
            f.funderOrganisationId = d.funderOrganisationId();
            f.startDate = d.startDate();
            f.endDate = d.endDate();
            f.goals = d.goals();
            f.description = d.description();
            f.municipalityIds = new ArrayList<>(d.municipalities().keySet());
            f.targetGroupCodes = new ArrayList<>(d.targetGroups().keySet());
            d.parties().stream().filter(p -> !p.archived()).forEach(p -> {
                f.partyIds.add(p.organisationId());
                f.responsibilities.put(String.valueOf(p.organisationId()), p.responsibilities());
            });
            f.version = d.version();
            return f;
        }

        ProjectData data() {
            List<ProjectData.PartyData> parties = new ArrayList<>();
            for (Long id : partyIds == null ? List.<Long>of() : partyIds) {
                parties.add(new ProjectData.PartyData(id, responsibilities.get(String.valueOf(id))));
            }
            return new ProjectData(name, typeId, partnershipId, null, funderOrganisationId, startDate, endDate, goals,
                    description, municipalityIds == null ? null : new java.util.HashSet<>(municipalityIds),
                    targetGroupCodes == null ? null : new java.util.HashSet<>(targetGroupCodes), parties);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Long getTypeId() {
            return typeId;
        }

        public void setTypeId(Long typeId) {
            this.typeId = typeId;
        }

        public Long getPartnershipId() {
            return partnershipId;
        }

        public void setPartnershipId(Long partnershipId) {
            this.partnershipId = partnershipId;
        }

        public Long getFunderOrganisationId() {
            return funderOrganisationId;
        }

        public void setFunderOrganisationId(Long funderOrganisationId) {
            this.funderOrganisationId = funderOrganisationId;
        }

        public LocalDate getStartDate() {
            return startDate;
        }

        public void setStartDate(LocalDate startDate) {
            this.startDate = startDate;
        }

        public LocalDate getEndDate() {
            return endDate;
        }

        public void setEndDate(LocalDate endDate) {
            this.endDate = endDate;
        }

        public String getGoals() {
            return goals;
        }

        public void setGoals(String goals) {
            this.goals = goals;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public List<Long> getMunicipalityIds() {
            return municipalityIds;
        }

        public void setMunicipalityIds(List<Long> municipalityIds) {
            this.municipalityIds = municipalityIds;
        }

        public List<String> getTargetGroupCodes() {
            return targetGroupCodes;
        }

        public void setTargetGroupCodes(List<String> targetGroupCodes) {
            this.targetGroupCodes = targetGroupCodes;
        }

        public List<Long> getPartyIds() {
            return partyIds;
        }

        public void setPartyIds(List<Long> partyIds) {
            this.partyIds = partyIds;
        }

        public Map<String, String> getResponsibilities() {
            return responsibilities;
        }

        public void setResponsibilities(Map<String, String> responsibilities) {
            this.responsibilities = responsibilities;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** A gate decision from the project page (minutes come as a separate multipart part). */
    public record GateForm(String decisionBody, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            GateDecision decision, String notes) {
    }

    public record DeliverableForm(String name, Long ownerOrganisationId, Long ownerUserId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, DeliverableStatus status,
            Long version) {
    }

    public record PhaseForm(String goals, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedStart,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEnd, Long version) {
    }
}
