package no.kobling.company.importing.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/** Bytes read of the runs in progress in this process (the database has the counts). */
@Component
class ImportProgress {

    record Bytes(LongSupplier read, long total) {
    }

    private final Map<Long, Bytes> running = new ConcurrentHashMap<>();

    void start(long runId, LongSupplier read, long total) {
        running.put(runId, new Bytes(read, total));
    }

    void end(long runId) {
        running.remove(runId);
    }

    long[] bytes(long runId) {
        Bytes b = running.get(runId);
        return b == null ? new long[] {0, 0} : new long[] {b.read().getAsLong(), b.total()};
    }
}
