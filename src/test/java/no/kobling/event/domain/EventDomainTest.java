package no.kobling.event.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Sessions (times, overlap), meetings (places, calendar sequence, states), requests (expiry). */
class EventDomainTest {

    static final LocalDate DAY = LocalDate.of(2027, 2, 10);
    static final Instant NOW = Instant.parse("2027-01-01T10:00:00Z");

    @Test
    void sessionTimesAndOverlap() {
        EventSession morning = new EventSession(1, DAY, LocalTime.of(9, 0), 20, 3, 10);
        assertThat(morning.slotStart(2)).isEqualTo(LocalDateTime.of(DAY, LocalTime.of(10, 0)));
        assertThat(morning.end()).isEqualTo(LocalDateTime.of(DAY, LocalTime.of(10, 20)));
        EventSession touching = new EventSession(1, DAY, LocalTime.of(10, 20), 20, 2, 0);
        touching.requireNoOverlap(List.of(morning));
        EventSession overlapping = new EventSession(1, DAY, LocalTime.of(10, 19), 20, 1, 0);
        assertThatThrownBy(() -> overlapping.requireNoOverlap(List.of(morning)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-session-overlap");
        new EventSession(1, DAY.plusDays(1), LocalTime.of(9, 0), 20, 3, 10).requireNoOverlap(List.of(morning));
        assertThatThrownBy(() -> new EventSession(1, DAY, LocalTime.of(23, 0), 30, 3, 0))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-session-invalid");
        assertThatThrownBy(() -> new EventSession(1, DAY, LocalTime.of(9, 0), 20, 0, 0))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aMoveRaisesTheCalendarSequenceAndAHeldMeetingCannotMove() {
        Meeting m = new Meeting(1, 1, 10, 11, 1, NOW);
        assertThatThrownBy(() -> m.lock(true)).isInstanceOf(DomainException.class);
        m.place(5L, 0, 7L, NOW);
        m.place(5L, 0, 7L, NOW);
        assertThat(m.getSequence()).isEqualTo(1);
        m.place(5L, 1, 7L, NOW);
        assertThat(m.getSequence()).isEqualTo(2);
        m.lock(true);
        m.place(null, null, null, NOW);
        assertThat(m.isLocked()).isFalse();
        assertThatThrownBy(() -> m.markHeld(NOW)).isInstanceOf(DomainException.class);
        m.place(5L, 1, 7L, NOW);
        m.markHeld(NOW);
        assertThatThrownBy(() -> m.place(5L, 2, 7L, NOW)).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("event-meeting-status");
        assertThatThrownBy(() -> m.markNoShow(NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void aRequestExpiresAndIsAnsweredOnce() {
        MeetingRequest r = new MeetingRequest(1, 10, 11, null, 1, NOW, NOW.plusSeconds(3600));
        assertThat(r.expireIfDue(NOW.plusSeconds(3599))).isFalse();
        assertThatThrownBy(() -> r.answer(true, NOW.plusSeconds(3600))).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("event-request-closed");
        assertThat(r.getStatus()).isEqualTo(MeetingRequest.Status.EXPIRED);
        assertThatThrownBy(() -> new MeetingRequest(1, 10, 10, null, 1, NOW, NOW))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-request-self");
    }
}
