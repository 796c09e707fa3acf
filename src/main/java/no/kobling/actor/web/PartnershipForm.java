package no.kobling.actor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.MemberRole;
import no.kobling.actor.PartnershipData;
import no.kobling.actor.application.PartnershipView;
import no.kobling.geo.MunicipalityRef;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The partnership form. {@code members} maps an organisation id to the role name, or to an empty value for "not
 * a member" (one select per organisation the user may choose).
 */
public class PartnershipForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 4000)
    private String purpose;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    private Set<Long> municipalityIds = new HashSet<>();

    private Map<Long, String> members = new HashMap<>();

    @Size(max = 40)
    private String timeZone;

    private Long version;

    static PartnershipForm of(PartnershipView p) {
        PartnershipForm f = new PartnershipForm();
        f.name = p.name();
        f.purpose = p.purpose();
        f.startDate = p.startDate();
        f.endDate = p.endDate();
        p.municipalities().stream().map(MunicipalityRef::id).forEach(f.municipalityIds::add);
        p.members().forEach(m -> f.members.put(m.organisationId(), m.role().name()));
        f.timeZone = p.timeZone();
        f.version = p.version();
        return f;
    }

    /** The chosen members; an unknown role name is treated like "not a member". */
    PartnershipData toData() {
        Map<Long, MemberRole> chosen = new HashMap<>();
        members.forEach((org, role) -> {
            if (org != null && role != null && !role.isBlank()) {
                try {
                    chosen.put(org, MemberRole.valueOf(role));
                } catch (IllegalArgumentException ignored) {
                    // not a role: not a member
                }
            }
        });
        return new PartnershipData(name, purpose, startDate, endDate, municipalityIds, chosen, timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** The role name of an organisation in the form ("" when not a member). */
    public String roleOf(Long organisationId) {
        String role = members.get(organisationId);
        return role == null ? "" : role;
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

    public Set<Long> getMunicipalityIds() {
        return municipalityIds;
    }

    public void setMunicipalityIds(Set<Long> municipalityIds) {
        this.municipalityIds = municipalityIds == null ? new HashSet<>() : municipalityIds;
    }

    public Map<Long, String> getMembers() {
        return members;
    }

    public void setMembers(Map<Long, String> members) {
        this.members = members == null ? new HashMap<>() : members;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
