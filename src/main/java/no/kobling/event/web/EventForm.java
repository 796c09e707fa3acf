package no.kobling.event.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.kobling.event.application.EventService.EventCommand;
import no.kobling.event.domain.Event;

/** The event form: facts, co-organisers, and title and description in each language. */
public class EventForm {

    @NotNull
    private Event.Mode mode = Event.Mode.PLACE;
    @Size(max = 300)
    private String place;
    @Min(1)
    @Max(24 * 60)
    private int requestExpiryHours = 72;
    @Min(1)
    @Max(100)
    private Integer defaultMaxMeetings;
    @Size(max = 60)
    /** Blank: the zone of the organising organisation. */
    private String timeZone;
    private Long partnershipId;
    private Set<Long> coOrganisers = new HashSet<>();
    private Map<String, String> titles = new HashMap<>();
    private Map<String, String> descriptions = new HashMap<>();
    private long version;
    /** The project the event is tagged with (empty: none). */
    private Long projectId;

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public static EventForm of(Event e) {
        EventForm f = new EventForm();
        f.mode = e.getMode();
        f.place = e.getPlace();
        f.requestExpiryHours = e.getRequestExpiryHours();
        f.defaultMaxMeetings = e.getDefaultMaxMeetings();
        f.timeZone = e.getTimeZone();
        f.partnershipId = e.getPartnershipId();
        f.coOrganisers = new HashSet<>(e.getCoOrganisers());
        e.getTexts().forEach((lang, t) -> {
            f.titles.put(lang, t.title());
            f.descriptions.put(lang, t.description());
        });
        f.version = e.getVersion();
        f.projectId = e.getProjectId();
        return f;
    }

    public EventCommand toCommand() {
        Map<String, Event.Text> texts = new HashMap<>();
        for (String lang : Event.LANGUAGES) {
            String title = titles.get(lang);
            if (title != null && !title.isBlank()) {
                if (title.length() > 300 || (descriptions.get(lang) != null
                        && descriptions.get(lang).length() > 4000)) {
                    throw no.kobling.shared.DomainException.rule("event-text-too-long", "event.error.text-too-long");
                }
                texts.put(lang, new Event.Text(title, descriptions.get(lang)));
            }
        }
        return new EventCommand(null, partnershipId, mode, place, requestExpiryHours, defaultMaxMeetings, timeZone,
                coOrganisers == null ? Set.of() : coOrganisers, texts, projectId);
    }

    public Event.Mode getMode() {
        return mode;
    }

    public void setMode(Event.Mode mode) {
        this.mode = mode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public int getRequestExpiryHours() {
        return requestExpiryHours;
    }

    public void setRequestExpiryHours(int requestExpiryHours) {
        this.requestExpiryHours = requestExpiryHours;
    }

    public Integer getDefaultMaxMeetings() {
        return defaultMaxMeetings;
    }

    public void setDefaultMaxMeetings(Integer defaultMaxMeetings) {
        this.defaultMaxMeetings = defaultMaxMeetings;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public void setPartnershipId(Long partnershipId) {
        this.partnershipId = partnershipId;
    }

    public Set<Long> getCoOrganisers() {
        return coOrganisers;
    }

    public void setCoOrganisers(Set<Long> coOrganisers) {
        this.coOrganisers = coOrganisers;
    }

    public Map<String, String> getTitles() {
        return titles;
    }

    public void setTitles(Map<String, String> titles) {
        this.titles = titles;
    }

    public Map<String, String> getDescriptions() {
        return descriptions;
    }

    public void setDescriptions(Map<String, String> descriptions) {
        this.descriptions = descriptions;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
