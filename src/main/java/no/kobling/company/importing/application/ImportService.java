package no.kobling.company.importing.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import no.kobling.company.importing.ImportFormat;
import no.kobling.company.importing.ImportRunView;
import no.kobling.company.importing.RejectionView;
import no.kobling.company.importing.persistence.ImportRunStore;
import no.kobling.identity.CurrentUsers;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.PageResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Imports started by an administrator (page and API): the upload is streamed into the database in chunks (refused
 * when over {@code kobling.import.max-upload-size}; no file on the accepting node's disk), then imported by the
 * import thread of whichever node claims the run first; the stored chunks are deleted when the run ends. Also the
 * import history.
 */
@Service
@PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
public class ImportService {

    /** Something that can give the uploaded bytes once. */
    public interface Upload {
        InputStream open() throws IOException;
    }

    private final ImportQueue queue;
    private final ImportNode node;
    private final ImportRunStore runs;
    private final ImportProgress progress;
    private final CurrentUsers currentUsers;
    private final DataSize maxUploadSize;

    ImportService(ImportQueue queue, ImportNode node, ImportRunStore runs, ImportProgress progress,
            CurrentUsers currentUsers, @Value("${kobling.import.max-upload-size:2GB}") DataSize maxUploadSize) {
        this.queue = queue;
        this.node = node;
        this.runs = runs;
        this.progress = progress;
        this.currentUsers = currentUsers;
        this.maxUploadSize = maxUploadSize;
    }

    public DataSize maxUploadSize() {
        return maxUploadSize;
    }

    /**
     * Stores the upload in the database and queues its import; returns the run id. This node's import thread is
     * asked to claim it at once, but any node may (see {@link ImportQueue}).
     */
    public long start(String formatCode, String fileName, long declaredSize, Upload upload) {
        ImportFormat format = ImportFormat.fromCode(formatCode)
                .orElseThrow(() -> DomainException.rule("unknown-format", "companyimport.error.unknown-format",
                        String.valueOf(formatCode)));
        if (declaredSize > maxUploadSize.toBytes()) {
            throw tooLarge();
        }
        if (declaredSize <= 0) {
            throw DomainException.rule("empty-file", "companyimport.error.empty-file");
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : Path.of(fileName).getFileName().toString();
        String actor = currentUsers.require().username();
        long runId;
        try (InputStream in = upload.open()) {
            runId = queue.accept(format, name, actor, in, maxUploadSize.toBytes(), node.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        queue.kick(node.id());
        return runId;
    }

    private DomainException tooLarge() {
        return new DomainException(413, "upload-too-large", "companyimport.error.too-large",
                String.valueOf(maxUploadSize.toMegabytes()));
    }

    public PageResult<ImportRunView> list(int page, int size) {
        return runs.list(Math.max(0, page), Math.max(1, Math.min(size, 200)));
    }

    public ImportRunView find(long id) {
        ImportRunView run = runs.find(id).orElseThrow(() -> new NotFoundException("import run", id));
        long[] bytes = progress.bytes(id);
        return run.withBytes(bytes[0], bytes[1]);
    }

    public PageResult<RejectionView> rejections(long runId, int page, int size) {
        find(runId);
        return runs.rejections(runId, Math.max(0, page), Math.max(1, Math.min(size, 200)));
    }

}
