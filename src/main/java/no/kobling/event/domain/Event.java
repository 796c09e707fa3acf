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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.kobling.shared.DomainException;
import org.hibernate.annotations.BatchSize;

/** A matchmaking event, organised by one organisation, optionally jointly with co-organisers. */
@Entity
@Table(name = "event_event")
public class Event {

    public enum Mode { PLACE, VIRTUAL, HYBRID }

    public enum Status { DRAFT, OPEN, CLOSED }

    /** Languages event texts may be written in. */
    public static final List<String> LANGUAGES = List.of("nb", "nn", "sv", "fi", "en");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String slug;
    @Column(name = "organiser_org_id", nullable = false)
    private long organiserOrgId;
    @Column(name = "partnership_id")
    private Long partnershipId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Mode mode;
    private String place;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAFT;
    @Column(name = "request_expiry_hours", nullable = false)
    private int requestExpiryHours;
    @Column(name = "default_max_meetings")
    private Integer defaultMaxMeetings;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "project_id")
    private Long projectId;
    @Version
    private long version;

    // lazy: a list of events fetches them for a whole page at once (batch), one event by an entity graph
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "event_co_organiser", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "organisation_id")
    private Set<Long> coOrganisers = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "event_translation", joinColumns = @JoinColumn(name = "event_id"))
    @MapKeyColumn(name = "locale")
    private Map<String, Text> texts = new TreeMap<>();

    /** Title and description in one language. */
    @Embeddable
    public record Text(@Column(name = "title") String title, @Column(name = "description") String description) {
    }

    protected Event() {
    }

    public Event(String slug, long organiserOrgId, Long partnershipId, Instant createdAt) {
        this.slug = slug;
        this.organiserOrgId = organiserOrgId;
        this.partnershipId = partnershipId;
        this.createdAt = createdAt;
    }

    /** Sets the editable facts; at least one title is required, a place for events on site. */
    public void update(Mode mode, String place, int requestExpiryHours, Integer defaultMaxMeetings, String timeZone,
            Set<Long> coOrganisers, Map<String, Text> texts) {
        if (texts.values().stream().noneMatch(t -> t.title() != null && !t.title().isBlank())) {
            throw DomainException.rule("event-title-required", "event.error.title-required");
        }
        if (mode != Mode.VIRTUAL && (place == null || place.isBlank())) {
            throw DomainException.rule("event-place-required", "event.error.place-required");
        }
        if (requestExpiryHours < 1 || (defaultMaxMeetings != null && defaultMaxMeetings < 1)) {
            throw DomainException.rule("event-invalid-limits", "event.error.invalid-limits");
        }
        this.mode = mode;
        this.place = place == null || place.isBlank() ? null : place.strip();
        this.requestExpiryHours = requestExpiryHours;
        this.defaultMaxMeetings = defaultMaxMeetings;
        this.timeZone = timeZone;
        this.coOrganisers.clear();
        coOrganisers.stream().filter(o -> o != organiserOrgId).forEach(this.coOrganisers::add);
        this.texts.clear();
        texts.forEach((lang, t) -> {
            if (LANGUAGES.contains(lang) && t.title() != null && !t.title().isBlank()) {
                this.texts.put(lang, new Text(t.title().strip(), t.description() == null || t.description().isBlank()
                        ? null : t.description().strip()));
            }
        });
    }

    public void changeStatus(Status next) {
        this.status = next;
    }

    /** Whether this organisation organises the event (alone or jointly). */
    public boolean organisedBy(Long organisationId) {
        return organisationId != null && (organisationId == organiserOrgId || coOrganisers.contains(organisationId));
    }

    /** The text in the language, else Norwegian, else any. */
    public Text text(String lang) {
        Text t = texts.get(lang);
        if (t == null) {
            t = texts.get("nb");
        }
        if (t == null && !texts.isEmpty()) {
            t = texts.values().iterator().next();
        }
        return t == null ? new Text(slug, null) : t;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public long getOrganiserOrgId() {
        return organiserOrgId;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public Mode getMode() {
        return mode;
    }

    public String getPlace() {
        return place;
    }

    public Status getStatus() {
        return status;
    }

    public int getRequestExpiryHours() {
        return requestExpiryHours;
    }

    public Integer getDefaultMaxMeetings() {
        return defaultMaxMeetings;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The project this record is tagged with (issue 13), or {@code null}. */
    public Long getProjectId() {
        return projectId;
    }

    /**
     * Tags the record with a project, or clears the tag ({@code null}). The caller (application service) checks
     * with the project module that a newly stored project may be tagged.
     */
    public void tagWithProject(Long projectId) {
        this.projectId = projectId;
    }

    public long getVersion() {
        return version;
    }

    public Set<Long> getCoOrganisers() {
        return Set.copyOf(coOrganisers);
    }

    public Map<String, Text> getTexts() {
        return Map.copyOf(texts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Event e && id != null && id.equals(e.id);
    }

    @Override
    public int hashCode() {
        return Event.class.hashCode();
    }
}
