package no.kobling.event.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import no.kobling.shared.DomainException;

/**
 * A block of meeting slots on one day: {@code slots} slots of {@code slotMinutes}, with a break of
 * {@code breakMinutes} between consecutive slots. Sessions of one event never overlap.
 */
@Entity
@Table(name = "event_session")
public class EventSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "session_day", nullable = false)
    private LocalDate day;
    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;
    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;
    @Column(nullable = false)
    private int slots;
    @Column(name = "break_minutes", nullable = false)
    private int breakMinutes;
    @Version
    private long version;

    protected EventSession() {
    }

    public EventSession(long eventId, LocalDate day, LocalTime startTime, int slotMinutes, int slots,
            int breakMinutes) {
        if (day == null || startTime == null || slotMinutes < 5 || slotMinutes > 240 || slots < 1 || slots > 60
                || breakMinutes < 0 || breakMinutes > 240) {
            throw DomainException.rule("event-session-invalid", "event.error.session-invalid");
        }
        this.eventId = eventId;
        this.day = day;
        this.startTime = startTime;
        this.slotMinutes = slotMinutes;
        this.slots = slots;
        this.breakMinutes = breakMinutes;
        if (!end().toLocalDate().equals(day) && !end().toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw DomainException.rule("event-session-invalid", "event.error.session-invalid");
        }
    }

    /**
     * Refuses a session that runs into a change to or from daylight-saving time in the event's zone: its wall-clock
     * slots would not exist (spring forward) or exist twice (fall back), and their lengths would be wrong.
     */
    public void requireClearOfClockChange(java.time.ZoneId zone) {
        var rules = zone.getRules();
        if (rules.getValidOffsets(start()).size() != 1 || rules.getValidOffsets(end()).size() != 1
                || !rules.getOffset(start()).equals(rules.getOffset(end()))) {
            throw DomainException.rule("event-session-clock-change", "event.error.session-clock-change",
                    day.toString());
        }
    }

    /** Refuses this session if it overlaps one of {@code others} (same event). */
    public void requireNoOverlap(Collection<EventSession> others) {
        for (EventSession o : others) {
            if (o != this && (o.id == null || !o.id.equals(id)) && start().isBefore(o.end())
                    && o.start().isBefore(end())) {
                throw DomainException.rule("event-session-overlap", "event.error.session-overlap",
                        o.day.toString(), o.startTime.toString(), o.end().toLocalTime().toString());
            }
        }
    }

    public LocalDateTime start() {
        return LocalDateTime.of(day, startTime);
    }

    public LocalDateTime end() {
        return start().plusMinutes((long) slots * slotMinutes + (long) (slots - 1) * breakMinutes);
    }

    public LocalDateTime slotStart(int slotNo) {
        return start().plusMinutes((long) slotNo * (slotMinutes + breakMinutes));
    }

    public LocalDateTime slotEnd(int slotNo) {
        return slotStart(slotNo).plusMinutes(slotMinutes);
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getSlotMinutes() {
        return slotMinutes;
    }

    public int getSlots() {
        return slots;
    }

    public int getBreakMinutes() {
        return breakMinutes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventSession s && id != null && id.equals(s.id);
    }

    @Override
    public int hashCode() {
        return EventSession.class.hashCode();
    }
}
