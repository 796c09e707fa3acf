package no.kobling.project.network.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.kobling.shared.DomainException;
import org.hibernate.annotations.BatchSize;

/**
 * A business network a partnership runs: its purpose, organiser, facilitator, municipalities, period and member
 * companies. Meetings are their own records ({@link NetworkMeeting}), made by {@link #meeting}. A network ends with
 * an end date; one with meetings is archived instead of deleted.
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "project_network")
public class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String purpose;

    @Column(name = "organiser_organisation_id", nullable = false)
    private long organiserOrganisationId;

    @Column(name = "facilitator_user_id", nullable = false)
    private long facilitatorUserId;

    @Column(name = "facilitator_name", nullable = false, length = 200)
    private String facilitatorName;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NetworkStatus status;

    @Column(name = "project_id")
    private Long projectId;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "project_network_municipality", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "municipality_id")
    private Set<Long> municipalityIds = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "network_id", nullable = false)
    @BatchSize(size = 100)
    @OrderBy("joinedOn, id")
    private List<NetworkMember> members = new ArrayList<>();

    @Version
    private long version;

    protected Network() {
    }

    public Network(long partnershipId, Details details, Instant createdAt) {
        this.partnershipId = partnershipId;
        this.createdAt = Objects.requireNonNull(createdAt);
        change(details);
    }

    /** What a user edits on a network (its partnership stays). */
    public record Details(String name, String purpose, long organiserOrganisationId, long facilitatorUserId,
            String facilitatorName, Set<Long> municipalityIds, LocalDate startDate, LocalDate endDate,
            NetworkStatus status, Long projectId) {
    }

    static DomainException rule(String code, Object... args) {
        return DomainException.rule(code, "network.error." + code, args);
    }

    /** Changes the network; the dates must still hold for its members and meetings (checked by the caller). */
    public void change(Details d) {
        requireOpen();
        if (d.name() == null || d.name().isBlank()) {
            throw rule("network-name-required");
        }
        if (d.startDate() == null) {
            throw rule("network-start-required");
        }
        if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw rule("network-end-before-start", d.endDate(), d.startDate());
        }
        NetworkStatus newStatus = d.status() == null ? NetworkStatus.ACTIVE : d.status();
        if (newStatus == NetworkStatus.ENDED && d.endDate() == null) {
            throw rule("network-end-date-required");
        }
        if (d.municipalityIds() == null || d.municipalityIds().isEmpty()) {
            throw rule("network-municipality-required");
        }
        for (NetworkMember m : members) {
            if (m.getJoinedOn().isBefore(d.startDate())) {
                throw rule("network-member-before-start", m.getCompanyId(), m.getJoinedOn());
            }
        }
        this.name = d.name().strip();
        this.purpose = d.purpose() == null || d.purpose().isBlank() ? null : d.purpose().strip();
        this.organiserOrganisationId = d.organiserOrganisationId();
        this.facilitatorUserId = d.facilitatorUserId();
        this.facilitatorName = d.facilitatorName();
        this.municipalityIds.clear();
        this.municipalityIds.addAll(d.municipalityIds());
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.status = newStatus;
        this.projectId = d.projectId();
    }

    /** Adds a member company; a company is a member once (also after it has left). */
    public NetworkMember addMember(long companyId, LocalDate joinedOn, LocalDate leftOn) {
        requireOpen();
        if (member(companyId) != null) {
            throw rule("network-member-duplicate", companyId);
        }
        LocalDate joined = joinedOn == null ? startDate : joinedOn;
        if (joined.isBefore(startDate)) {
            throw rule("network-member-before-start", companyId, joined);
        }
        NetworkMember m = new NetworkMember(companyId, joined, leftOn);
        members.add(m);
        return m;
    }

    /** Records that a member company left on the day. */
    public void memberLeft(long companyId, LocalDate leftOn) {
        requireOpen();
        NetworkMember m = member(companyId);
        if (m == null) {
            throw rule("network-not-a-member", companyId);
        }
        m.leave(Objects.requireNonNull(leftOn));
    }

    /** Removes a member company that attended no meeting (one that did leaves instead). */
    public void removeMember(long companyId) {
        requireOpen();
        NetworkMember m = member(companyId);
        if (m == null) {
            throw rule("network-not-a-member", companyId);
        }
        members.remove(m);
    }

    /** A meeting of this network: on or after its start, attended only by its member companies. */
    public NetworkMeeting meeting(LocalDate heldOn, String place, Long municipalityId, String topic,
            Set<Long> attending, String notes) {
        requireOpen();
        if (heldOn == null) {
            throw rule("network-meeting-date-required");
        }
        if (heldOn.isBefore(startDate)) {
            throw rule("network-meeting-before-start", heldOn, startDate);
        }
        if (endDate != null && heldOn.isAfter(endDate)) {
            throw rule("network-meeting-after-end", heldOn, endDate);
        }
        Set<Long> companies = attending == null ? Set.of() : Set.copyOf(attending);
        for (Long c : companies) {
            if (member(c) == null) {
                throw rule("network-attendee-not-member", c);
            }
        }
        return new NetworkMeeting(id, heldOn, place, municipalityId, topic, companies, notes);
    }

    /** Kept as history (it has meetings): no longer listed or changed. */
    public void archive() {
        this.archived = true;
    }

    private void requireOpen() {
        if (archived) {
            throw rule("network-archived", id);
        }
    }

    public NetworkMember member(long companyId) {
        return members.stream().filter(m -> m.getCompanyId() == companyId).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public long getPartnershipId() {
        return partnershipId;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public long getOrganiserOrganisationId() {
        return organiserOrganisationId;
    }

    public long getFacilitatorUserId() {
        return facilitatorUserId;
    }

    public String getFacilitatorName() {
        return facilitatorName;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public NetworkStatus getStatus() {
        return status;
    }

    public Long getProjectId() {
        return projectId;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getMunicipalityIds() {
        return Collections.unmodifiableSet(municipalityIds);
    }

    public List<NetworkMember> getMembers() {
        return Collections.unmodifiableList(members);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Network n && id != null && id.equals(n.id);
    }

    @Override
    public int hashCode() {
        return Network.class.hashCode();
    }
}
