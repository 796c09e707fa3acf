package no.kobling.event.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.kobling.shared.WebAddresses;

/** A table or booth on site, or a virtual room (with its link). */
@Entity
@Table(name = "event_table")
public class EventTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(nullable = false)
    private String name;
    @Column(name = "room_url")
    private String roomUrl;
    @Column(nullable = false)
    private int position;
    @Version
    private long version;

    protected EventTable() {
    }

    public EventTable(long eventId, String name, String roomUrl, int position) {
        this.eventId = eventId;
        this.name = name;
        this.roomUrl = WebAddresses.require(roomUrl, "roomUrl");
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public String getName() {
        return name;
    }

    public String getRoomUrl() {
        return roomUrl;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventTable t && id != null && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return EventTable.class.hashCode();
    }
}
