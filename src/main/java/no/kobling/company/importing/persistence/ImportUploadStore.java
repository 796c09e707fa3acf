package no.kobling.company.importing.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files in {@code company_import_upload_chunk}, in chunks of {@value #CHUNK} bytes, so the node that
 * imports a run need not be the node that received its upload (see docs/decisions/import-uploads.md). Each chunk is
 * written in its own statement (a 2 GB upload is not one transaction) and read back one chunk at a time; the chunks
 * are deleted when the run ends.
 */
@Component
public class ImportUploadStore {

    /** Bytes per chunk. */
    public static final int CHUNK = 1 << 20;

    /** Called after each stored chunk with the bytes stored so far (renews the receiving node's lease). */
    public interface Progress {
        void stored(long bytes);
    }

    private final JdbcTemplate jdbc;

    ImportUploadStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the stream; returns its size, or -1 (and stores nothing) when it is longer than {@code limit}. */
    public long store(long runId, InputStream in, long limit, Progress progress) throws IOException {
        long total = 0;
        int chunkNo = 0;
        while (true) {
            byte[] chunk = in.readNBytes(CHUNK);
            if (chunk.length == 0) {
                return total;
            }
            total += chunk.length;
            if (total > limit) {
                delete(runId);
                return -1;
            }
            jdbc.update("insert into company_import_upload_chunk (import_run_id, chunk_no, data) values (?, ?, ?)",
                    runId, chunkNo++, chunk);
            progress.stored(total);
        }
    }

    /** Total bytes stored for the run. */
    public long size(long runId) {
        Long size = jdbc.queryForObject("select coalesce(sum(octet_length(data)), 0) from company_import_upload_chunk "
                + "where import_run_id = ?", Long.class, runId);
        return size == null ? 0 : size;
    }

    /** The stored bytes as a stream that reads one chunk at a time. */
    public InputStream open(long runId) {
        return new InputStream() {
            private byte[] current = new byte[0];
            private int pos;
            private int next;
            private boolean end;

            @Override
            public int read() {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                while (pos >= current.length) {
                    if (end) {
                        return -1;
                    }
                    List<byte[]> rows = jdbc.query("select data from company_import_upload_chunk "
                            + "where import_run_id = ? and chunk_no = ?", (rs, n) -> rs.getBytes(1), runId, next++);
                    if (rows.isEmpty()) {
                        end = true;
                        return -1;
                    }
                    current = rows.get(0);
                    pos = 0;
                }
                int n = Math.min(len, current.length - pos);
                System.arraycopy(current, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    /** Whether the run's upload is (still) stored. */
    public boolean exists(long runId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from company_import_upload_chunk "
                + "where import_run_id = ? and chunk_no = 0", Boolean.class, runId));
    }

    public void delete(long runId) {
        jdbc.update("delete from company_import_upload_chunk where import_run_id = ?", runId);
    }
}
