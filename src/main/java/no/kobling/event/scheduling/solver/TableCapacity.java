package no.kobling.event.scheduling.solver;

/** The number of tables, i.e. meetings that can run at once in one slot (a problem fact). */
public final class TableCapacity {

    private final int tables;

    public TableCapacity(int tables) {
        this.tables = tables;
    }

    public int getTables() {
        return tables;
    }
}
