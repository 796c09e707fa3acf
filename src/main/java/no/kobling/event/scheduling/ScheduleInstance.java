package no.kobling.event.scheduling;

import java.util.List;
import java.util.Set;

/**
 * One scheduling problem, as in {@code docs/formats/schedule-instance.md}: slots numbered 0..slots-1, tables
 * numbered 0..tables-1, participants with availability and caps, and accepted meetings with priority and pins.
 */
public record ScheduleInstance(String name, int slots, int tables, List<Participant> participants,
        List<Meeting> meetings) {

    public ScheduleInstance {
        participants = List.copyOf(participants);
        meetings = List.copyOf(meetings);
    }

    /**
     * @param available slots in which the participant can meet; {@code null} means all slots
     * @param maxMeetings cap on the participant's meetings; {@code null} means no cap beyond availability
     */
    public record Participant(String id, String company, String role, Set<Integer> available, Integer maxMeetings) {
    }

    /** An accepted meeting request between participants {@code a} and {@code b}; priority >= 1. */
    public record Meeting(String id, String a, String b, int priority, Pin pinned) {
    }

    /** A meeting that must stay exactly in this slot at this table. */
    public record Pin(int slot, int table) {
    }
}
