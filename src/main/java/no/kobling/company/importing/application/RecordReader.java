package no.kobling.company.importing.application;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import no.kobling.company.importing.ImportFormat;
import no.kobling.company.importing.domain.CompanyValidator;
import no.kobling.company.importing.domain.ImportFileException;
import no.kobling.company.importing.domain.Rejections;
import no.kobling.company.importing.domain.SeenNumbers;
import no.kobling.company.importing.domain.SourceRecord;
import no.kobling.company.importing.domain.ValidCompany;
import no.kobling.company.importing.parse.RecordSource;
import no.kobling.company.importing.parse.RecordSources;

/**
 * The parsing half of an import, on its own thread (issue 18.3: parse and write in parallel): reads the file through
 * its parser, validates each record, rejects later occurrences of an organisation number as
 * {@code duplicate-in-file}, and hands batches of at most {@code batch} companies (or rejections) to the writer through
 * a bounded queue (so a slow database holds the parser back instead of filling the heap). A resumed run skips the
 * first {@code skip} records (its committed batches hold them) but still remembers their numbers for the duplicate
 * check. The last chunk says how the file ended: completely, broken off (the records before the break are in the
 * chunks before it) or failed.
 */
final class RecordReader implements Runnable {

    /** A batch for the writer; {@code readUpTo} is the number of records read when it was cut. */
    record Chunk(List<ValidCompany> valid, List<SourceRecord.Rejected> rejected, long readUpTo, boolean last,
            Exception failure) {
    }

    private final ImportFormat format;
    private final InputStream in;
    private final CompanyValidator validator;
    private final int batch;
    private final long skip;
    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(4);
    private volatile boolean stopped;

    RecordReader(ImportFormat format, InputStream in, CompanyValidator validator, int batch, long skip) {
        this.format = format;
        this.in = in;
        this.validator = validator;
        this.batch = batch;
        this.skip = skip;
    }

    /** The next chunk (blocks until the parser has one). */
    Chunk next() throws InterruptedException {
        return chunks.take();
    }

    /** The writer gave up: the parser stops at its next chunk. */
    void stop() {
        stopped = true;
        chunks.clear();
    }

    @Override
    public void run() {
        try {
            read();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() throws InterruptedException {
        SeenNumbers seen = new SeenNumbers();
        List<ValidCompany> valid = new ArrayList<>(batch);
        List<SourceRecord.Rejected> rejected = new ArrayList<>();
        long read = 0;
        try (RecordSource source = RecordSources.open(format, in)) {
            for (SourceRecord r = source.next(); r != null && !stopped; r = source.next()) {
                read++;
                Object result = r instanceof SourceRecord.Parsed p
                        ? validator.validate(p.recordNumber(), p.company()) : r;
                if (read <= skip) {
                    if (result instanceof ValidCompany v) {
                        seen.add(v.orgNumber());
                    }
                    continue;
                }
                if (result instanceof ValidCompany v) {
                    if (seen.add(v.orgNumber())) {
                        valid.add(v);
                    } else {
                        rejected.add(new SourceRecord.Rejected(v.recordNumber(), v.orgNumber(),
                                Rejections.DUPLICATE_IN_FILE, null));
                    }
                } else {
                    rejected.add((SourceRecord.Rejected) result);
                }
                if (valid.size() >= batch || rejected.size() >= batch) {
                    put(new Chunk(List.copyOf(valid), List.copyOf(rejected), read, false, null));
                    valid.clear();
                    rejected.clear();
                }
            }
        } catch (ImportFileException e) {
            // the file broke off: the complete records before the break are written all the same
            put(new Chunk(List.copyOf(valid), List.copyOf(rejected), read, true, e));
            return;
        } catch (RuntimeException e) {
            put(new Chunk(List.of(), List.of(), read, true, e));
            return;
        }
        put(new Chunk(List.copyOf(valid), List.copyOf(rejected), read, true, null));
    }

    private void put(Chunk chunk) throws InterruptedException {
        while (!stopped && !chunks.offer(chunk, 200, TimeUnit.MILLISECONDS)) {
            // the writer is busy: wait (and notice when it gave up)
        }
    }
}
