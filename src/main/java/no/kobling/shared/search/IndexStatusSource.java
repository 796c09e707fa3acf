package no.kobling.shared.search;

import java.time.Instant;
import java.util.List;

/**
 * The state of a module's search indexes, for the administrator's home page (ws16 point 2): a module with indexed
 * entities contributes a bean. Reading it must be cheap (counts, no document loading) and never fail: a backend that
 * cannot answer gives {@code documents} null and the reason in {@code failure}.
 */
public interface IndexStatusSource {

    List<IndexStatus> indexStatus();

    /**
     * One index.
     *
     * @param name         the index's key (also the message key suffix {@code workspacegaps.index.<name>})
     * @param documents    documents in the index, null when the backend could not be asked
     * @param rows         rows in the database the index is built from
     * @param pending      rows whose index write is still waiting (0 when the module writes through JPA only)
     * @param lastIndexed  when this node last (re)built or drained the index, null when not since start-up
     * @param reindexCommand the command-line mode that rebuilds it (e.g. {@code reindex}), null if none
     * @param failure      why the backend could not be asked, null when it answered
     */
    record IndexStatus(String name, Long documents, long rows, long pending, Instant lastIndexed,
            String reindexCommand, String failure) {

        /** Whether the index agrees with its rows: as many documents as rows and nothing pending. */
        public boolean inStep() {
            return documents != null && documents == rows && pending == 0;
        }
    }
}
