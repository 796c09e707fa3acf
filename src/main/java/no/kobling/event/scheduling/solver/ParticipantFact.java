package no.kobling.event.scheduling.solver;

/** A participant with at least one request, as a problem fact: its number and effective cap. */
public final class ParticipantFact {

    private final int index;
    private final int cap;

    public ParticipantFact(int index, int cap) {
        this.index = index;
        this.cap = cap;
    }

    public int getIndex() {
        return index;
    }

    public int getCap() {
        return cap;
    }
}
