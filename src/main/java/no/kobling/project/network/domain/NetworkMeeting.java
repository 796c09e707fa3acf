package no.kobling.project.network.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A held meeting of a network: when, where (a place or a municipality), the topic and who came. */
@Entity
@Table(name = "project_network_meeting")
public class NetworkMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_id", nullable = false)
    private Long networkId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = 200)
    private String place;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(nullable = false, length = 300)
    private String topic;

    @Column(length = 4000)
    private String notes;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "project_network_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "company_id")
    private Set<Long> attendingCompanyIds = new HashSet<>();

    @Version
    private long version;

    protected NetworkMeeting() {
    }

    NetworkMeeting(Long networkId, LocalDate heldOn, String place, Long municipalityId, String topic,
            Set<Long> attending, String notes) {
        if (topic == null || topic.isBlank()) {
            throw Network.rule("network-meeting-topic-required");
        }
        if ((place == null || place.isBlank()) && municipalityId == null) {
            throw Network.rule("network-meeting-place-required");
        }
        this.networkId = networkId;
        this.heldOn = heldOn;
        this.place = place == null || place.isBlank() ? null : place.strip();
        this.municipalityId = municipalityId;
        this.topic = topic.strip();
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.attendingCompanyIds.addAll(attending);
    }

    public Long getId() {
        return id;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public String getTopic() {
        return topic;
    }

    public String getNotes() {
        return notes;
    }

    public Set<Long> getAttendingCompanyIds() {
        return Collections.unmodifiableSet(attendingCompanyIds);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkMeeting m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return NetworkMeeting.class.hashCode();
    }
}
