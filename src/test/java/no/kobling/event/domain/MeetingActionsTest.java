package no.kobling.event.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.kobling.event.domain.MeetingActions.Action;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Which hand actions fit a meeting's state and time (issue 16 point 7). */
class MeetingActionsTest {

    static final Instant START = Instant.parse("2027-03-10T08:20:00Z");
    static final Instant BEFORE = Instant.parse("2027-03-10T08:19:59Z");
    static final Instant AFTER = Instant.parse("2027-03-10T08:20:00Z");

    @Test
    void beforeItStartsAPlannedMeetingIsEditedButNotMarked() {
        assertThat(MeetingActions.allowed(Meeting.Status.PLANNED, START, BEFORE))
                .containsExactlyInAnyOrder(Action.LOCK, Action.UNSCHEDULE, Action.MOVE);
        assertThatThrownBy(() -> MeetingActions.require(Action.HELD, Meeting.Status.PLANNED, START, BEFORE))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-meeting-not-started");
        assertThatThrownBy(() -> MeetingActions.require(Action.NO_SHOW, Meeting.Status.PLANNED, START, BEFORE))
                .isInstanceOf(DomainException.class).extracting("status").isEqualTo(409);
    }

    @Test
    void onceItStartsItIsOnlyMarkedHeldOrNoShow() {
        assertThat(MeetingActions.allowed(Meeting.Status.PLANNED, START, AFTER))
                .containsExactlyInAnyOrder(Action.HELD, Action.NO_SHOW);
        for (Action late : new Action[] {Action.UNSCHEDULE, Action.MOVE, Action.LOCK}) {
            assertThatThrownBy(() -> MeetingActions.require(late, Meeting.Status.PLANNED, START, AFTER))
                    .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-meeting-too-late");
        }
        MeetingActions.require(Action.HELD, Meeting.Status.PLANNED, START, AFTER);
    }

    @Test
    void unscheduledNoShowHeldAndCancelledMeetings() {
        assertThat(MeetingActions.allowed(Meeting.Status.PLANNED, null, AFTER)).containsExactly(Action.MOVE);
        assertThatThrownBy(() -> MeetingActions.require(Action.HELD, Meeting.Status.PLANNED, null, AFTER))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-meeting-not-scheduled");
        assertThat(MeetingActions.allowed(Meeting.Status.NO_SHOW, START, AFTER)).containsExactly(Action.HELD);
        assertThat(MeetingActions.allowed(Meeting.Status.HELD, START, AFTER)).isEmpty();
        assertThat(MeetingActions.allowed(Meeting.Status.CANCELLED, START, BEFORE)).isEmpty();
        assertThatThrownBy(() -> MeetingActions.require(Action.MOVE, Meeting.Status.CANCELLED, START, BEFORE))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-meeting-status");
    }
}
