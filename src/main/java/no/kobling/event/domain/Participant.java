package no.kobling.event.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import no.kobling.shared.DomainException;
import org.hibernate.annotations.BatchSize;

/**
 * A company registered for an event, with its type, approval, availability and check-in. A registration from the
 * public page names the company as the registrant stated it (country, number, name) and has no register company
 * until an organiser approves it ({@link #linkCompany}).
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity(name = "EventParticipant")
@Table(name = "event_participant")
public class Participant {

    public enum Type { BUYER, SELLER, PARTNER, INVESTOR }

    /** Registered participants wait for approval; removed ones lose their meetings. */
    public enum Status { PENDING, APPROVED, DECLINED, REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "company_id")
    private Long companyId;
    @Column(name = "org_number")
    private String orgNumber;
    @Column(name = "company_name", nullable = false)
    private String companyName;
    @Column(name = "country_code", nullable = false)
    private String countryCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "participant_type", nullable = false)
    private Type type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;
    @Column(name = "contact_name", nullable = false)
    private String contactName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "consent_at")
    private Instant consentAt;
    @Column(name = "registered_by")
    private Long registeredBy;
    @Column(name = "max_meetings")
    private Integer maxMeetings;
    @Column(name = "calendar_token", nullable = false)
    private String calendarToken;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    // lazy: lists of participants fetch the blocked slots of many at once (batch), one participant by entity graph
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "event_blocked_slot", joinColumns = @JoinColumn(name = "participant_id"))
    private Set<SlotRef> blocked = new HashSet<>();

    /** One slot of one session. */
    @Embeddable
    public record SlotRef(@Column(name = "session_id") long sessionId, @Column(name = "slot_no") int slotNo) {
    }

    protected Participant() {
    }

    public Participant(long eventId, Long companyId, String orgNumber, String companyName, String countryCode,
            Type type, String contactName, String contactEmail, Instant consentAt, Long registeredBy,
            String calendarToken, Instant createdAt) {
        if (consentAt == null) {
            throw DomainException.rule("event-consent-required", "event.error.consent-required");
        }
        this.eventId = eventId;
        if (companyId == null && (orgNumber == null || companyName == null || countryCode == null)) {
            throw DomainException.rule("event-company-required", "event.error.company-required");
        }
        this.companyId = companyId;
        this.orgNumber = orgNumber;
        this.companyName = companyName;
        this.countryCode = countryCode;
        this.type = type;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.consentAt = consentAt;
        this.registeredBy = registeredBy;
        this.calendarToken = calendarToken;
        this.createdAt = createdAt;
    }

    public void decide(Status next) {
        if (next == Status.PENDING) {
            throw DomainException.rule("event-participant-status", "event.error.participant-status");
        }
        this.status = next;
    }

    /** Whether this registration still waits for its register company (a public registration before approval). */
    public boolean needsCompany() {
        return companyId == null;
    }

    /** At approval: the register company that the stated company is (found by number, or added). */
    public void linkCompany(long id, String name, String country) {
        if (companyId != null && companyId != id) {
            throw DomainException.conflict("event-participant-company", "event.error.participant-company");
        }
        this.companyId = id;
        this.companyName = name;
        this.countryCode = country;
    }

    public boolean isActive() {
        return status == Status.APPROVED;
    }

    public void setMaxMeetings(Integer maxMeetings) {
        if (maxMeetings != null && maxMeetings < 0) {
            throw DomainException.rule("event-invalid-limits", "event.error.invalid-limits");
        }
        this.maxMeetings = maxMeetings;
    }

    public void setBlocked(Set<SlotRef> slots) {
        blocked.clear();
        blocked.addAll(slots);
    }

    public boolean isAvailable(long sessionId, int slotNo) {
        return !blocked.contains(new SlotRef(sessionId, slotNo));
    }

    public void checkIn(Instant at) {
        if (status != Status.APPROVED) {
            throw DomainException.rule("event-participant-not-approved", "event.error.participant-not-approved");
        }
        this.checkedInAt = at;
    }

    public void undoCheckIn() {
        this.checkedInAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    /** The register company; empty while a public registration waits for approval. */
    public Long getCompanyId() {
        return companyId;
    }

    /** The organisation number as stated on the public page (registrations by signed-in users leave it empty). */
    public String getOrgNumber() {
        return orgNumber;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Type getType() {
        return type;
    }

    public Status getStatus() {
        return status;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Long getRegisteredBy() {
        return registeredBy;
    }

    public Integer getMaxMeetings() {
        return maxMeetings;
    }

    public String getCalendarToken() {
        return calendarToken;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public Set<SlotRef> getBlocked() {
        return Set.copyOf(blocked);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Participant p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Participant.class.hashCode();
    }
}
