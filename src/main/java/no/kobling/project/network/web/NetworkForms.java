package no.kobling.project.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import no.kobling.project.network.application.NetworkCommands.MeetingCommand;
import no.kobling.project.network.application.NetworkCommands.NetworkCommand;
import no.kobling.project.network.application.NetworkViews.NetworkDetail;
import no.kobling.project.network.application.NetworkViews.Named;
import no.kobling.project.network.domain.NetworkStatus;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The forms of the network pages (bound by Spring MVC, shown again with their errors). */
final class NetworkForms {

    private NetworkForms() {
    }

    /** Which field a rule broken in the service belongs to. */
    static final Map<String, String> FIELD_OF_CODE = Map.ofEntries(
            Map.entry("network-partnership-not-allowed", "partnershipId"),
            Map.entry("partnership-ended", "partnershipId"), Map.entry("network-name-required", "name"),
            Map.entry("network-start-required", "startDate"), Map.entry("network-end-before-start", "endDate"),
            Map.entry("network-end-date-required", "endDate"),
            Map.entry("network-municipality-required", "municipalityIds"),
            Map.entry("network-municipality-outside", "municipalityIds"),
            Map.entry("network-organiser-not-member", "organiserOrganisationId"),
            Map.entry("network-facilitator-required", "facilitatorUserId"),
            Map.entry("network-facilitator-not-allowed", "facilitatorUserId"),
            Map.entry("network-member-before-start", "startDate"),
            Map.entry("network-meeting-before-start", "heldOn"), Map.entry("network-meeting-after-end", "heldOn"),
            Map.entry("project-not-taggable", "projectId"), Map.entry("network-company-unknown", "companyId"),
            Map.entry("network-member-duplicate", "companyId"),
            Map.entry("network-member-left-before-joined", "leftOn"),
            Map.entry("network-attendee-not-member", "attendingCompanyIds"),
            Map.entry("network-meeting-topic-required", "topic"),
            Map.entry("network-meeting-place-required", "place"));

    static void reject(BindingResult result, DomainException e) {
        String field = FIELD_OF_CODE.get(e.code());
        if (field != null && hasField(result.getTarget(), field)) {
            FormErrors.reject(result, field, e);
        } else {
            FormErrors.reject(result, e);
        }
    }

    private static boolean hasField(Object target, String field) {
        if (target == null) {
            return false;
        }
        try {
            target.getClass().getDeclaredField(field);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    public static class NetworkForm {
        private Long partnershipId;
        @NotBlank
        @Size(max = 200)
        private String name;
        @Size(max = 4000)
        private String purpose;
        @NotNull
        private Long organiserOrganisationId;
        @NotNull
        private Long facilitatorUserId;
        private List<Long> municipalityIds = new ArrayList<>();
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startDate;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endDate;
        private NetworkStatus status = NetworkStatus.ACTIVE;
        private Long projectId;
        private Long version;

        static NetworkForm of(NetworkDetail d) {
            NetworkForm f = new NetworkForm();
            f.partnershipId = d.partnership().id();
            f.name = d.name();
            f.purpose = d.purpose();
            f.organiserOrganisationId = d.organiser().id();
            f.facilitatorUserId = d.facilitator().id();
            f.municipalityIds = new ArrayList<>(d.municipalities().stream().map(Named::id).toList());
            f.startDate = d.startDate();
            f.endDate = d.endDate();
            f.status = d.status();
            f.projectId = d.project() == null ? null : d.project().id();
            f.version = d.version();
            return f;
        }

        NetworkCommand command() {
            return new NetworkCommand(partnershipId, name, purpose, organiserOrganisationId, facilitatorUserId,
                    municipalityIds == null ? null : new HashSet<>(municipalityIds), startDate, endDate, status,
                    projectId, version);
        }

        public Long getPartnershipId() {
            return partnershipId;
        }

        public void setPartnershipId(Long partnershipId) {
            this.partnershipId = partnershipId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPurpose() {
            return purpose;
        }

        public void setPurpose(String purpose) {
            this.purpose = purpose;
        }

        public Long getOrganiserOrganisationId() {
            return organiserOrganisationId;
        }

        public void setOrganiserOrganisationId(Long organiserOrganisationId) {
            this.organiserOrganisationId = organiserOrganisationId;
        }

        public Long getFacilitatorUserId() {
            return facilitatorUserId;
        }

        public void setFacilitatorUserId(Long facilitatorUserId) {
            this.facilitatorUserId = facilitatorUserId;
        }

        public List<Long> getMunicipalityIds() {
            return municipalityIds;
        }

        public void setMunicipalityIds(List<Long> municipalityIds) {
            this.municipalityIds = municipalityIds;
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

        public NetworkStatus getStatus() {
            return status;
        }

        public void setStatus(NetworkStatus status) {
            this.status = status;
        }

        public Long getProjectId() {
            return projectId;
        }

        public void setProjectId(Long projectId) {
            this.projectId = projectId;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    public static class MemberForm {
        @NotNull
        private Long companyId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate joinedOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate leftOn;

        public Long getCompanyId() {
            return companyId;
        }

        public void setCompanyId(Long companyId) {
            this.companyId = companyId;
        }

        public LocalDate getJoinedOn() {
            return joinedOn;
        }

        public void setJoinedOn(LocalDate joinedOn) {
            this.joinedOn = joinedOn;
        }

        public LocalDate getLeftOn() {
            return leftOn;
        }

        public void setLeftOn(LocalDate leftOn) {
            this.leftOn = leftOn;
        }
    }

    public static class MeetingForm {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate heldOn;
        @Size(max = 200)
        private String place;
        private Long municipalityId;
        @NotBlank
        @Size(max = 300)
        private String topic;
        private List<Long> attendingCompanyIds = new ArrayList<>();
        @Size(max = 4000)
        private String notes;

        MeetingCommand command() {
            return new MeetingCommand(heldOn, place, municipalityId, topic,
                    attendingCompanyIds == null ? null : new HashSet<>(attendingCompanyIds), notes);
        }

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public Long getMunicipalityId() {
            return municipalityId;
        }

        public void setMunicipalityId(Long municipalityId) {
            this.municipalityId = municipalityId;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public List<Long> getAttendingCompanyIds() {
            return attendingCompanyIds;
        }

        public void setAttendingCompanyIds(List<Long> attendingCompanyIds) {
            this.attendingCompanyIds = attendingCompanyIds;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }
    }
}
