package no.kobling.event.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.kobling.event.domain.Participant.SlotRef;

/** The event's slots numbered 0..n-1 across its sessions in time order, as the scheduler sees them. */
public final class SlotGrid {

    private final List<EventSession> sessions;
    private final List<SlotRef> slots = new ArrayList<>();

    public SlotGrid(List<EventSession> sessions) {
        this.sessions = sessions.stream().sorted(Comparator.comparing(EventSession::start)).toList();
        for (EventSession s : this.sessions) {
            for (int i = 0; i < s.getSlots(); i++) {
                slots.add(new SlotRef(s.getId(), i));
            }
        }
    }

    public int size() {
        return slots.size();
    }

    public SlotRef slot(int index) {
        return slots.get(index);
    }

    /** The global index of a session's slot, or -1 if it is not in the grid. */
    public int index(long sessionId, int slotNo) {
        return slots.indexOf(new SlotRef(sessionId, slotNo));
    }

    public List<EventSession> sessions() {
        return sessions;
    }

    public EventSession session(long id) {
        return sessions.stream().filter(s -> s.getId() == id).findFirst().orElse(null);
    }
}
