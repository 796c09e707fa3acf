package no.kobling.event.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import no.kobling.shared.DomainException;

/**
 * Which hand actions fit a meeting's state and time. Before its slot starts a planned meeting can be locked, moved or
 * unscheduled, but not marked held or no-show; once its slot has started it can only be marked held or no-show (a
 * meeting that happened is not unscheduled or moved); a no-show can still be corrected to held; a held or cancelled
 * meeting takes no action. An unscheduled meeting can only be moved into a slot. The pages show only these actions,
 * and the services refuse the others (409 {@code event-meeting-not-started} or {@code event-meeting-too-late}).
 */
public final class MeetingActions {

    public enum Action { LOCK, UNSCHEDULE, MOVE, HELD, NO_SHOW }

    private MeetingActions() {
    }

    /** start: when the meeting's slot starts, or null for an unscheduled meeting. */
    public static Set<Action> allowed(Meeting.Status status, Instant start, Instant now) {
        boolean started = start != null && !now.isBefore(start);
        return switch (status) {
            case PLANNED -> start == null ? EnumSet.of(Action.MOVE)
                    : started ? EnumSet.of(Action.HELD, Action.NO_SHOW)
                    : EnumSet.of(Action.LOCK, Action.UNSCHEDULE, Action.MOVE);
            case NO_SHOW -> started ? EnumSet.of(Action.HELD) : EnumSet.noneOf(Action.class);
            case HELD, CANCELLED -> EnumSet.noneOf(Action.class);
        };
    }

    /** Refuses an action that does not fit (the state rules of {@link Meeting} still apply after this). */
    public static void require(Action action, Meeting.Status status, Instant start, Instant now) {
        if (allowed(status, start, now).contains(action)) {
            return;
        }
        if (status == Meeting.Status.PLANNED && start != null) {
            boolean started = !now.isBefore(start);
            if (!started && (action == Action.HELD || action == Action.NO_SHOW)) {
                throw DomainException.conflict("event-meeting-not-started", "clarity.meeting.not-started");
            }
            if (started) {
                throw DomainException.conflict("event-meeting-too-late", "clarity.meeting.too-late");
            }
        }
        if (status == Meeting.Status.PLANNED && (action == Action.HELD || action == Action.NO_SHOW
                || action == Action.LOCK || action == Action.UNSCHEDULE)) {
            throw DomainException.rule("event-meeting-not-scheduled", "event.error.meeting-not-scheduled");
        }
        throw DomainException.conflict("event-meeting-status", "event.error.meeting-status");
    }
}
