package no.kobling.company.importing.application;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Imports started by an administrator (page and API): the upload is streamed to {@code ${kobling.data-dir}/imports/}
 * (refused when over {@code kobling.import.max-upload-size}), then imported by a single background thread, one run
 * after the other; the stored file is deleted when its run ends. Also the import history.
 */
@Service
@PreAuthorize("hasAuthority('ADMINISTER_REFERENCE_DATA')")
public class ImportService {

    /** Something that can give the uploaded bytes once. */
    public interface Upload {
        InputStream open() throws IOException;
    }

    private final CompanyImporter importer;
    private final ImportRunStore runs;
    private final ImportProgress progress;
    private final CurrentUsers currentUsers;
    private final Path directory;
    private final DataSize maxUploadSize;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "company-import");
        t.setDaemon(true);
        return t;
    });

    ImportService(CompanyImporter importer, ImportRunStore runs, ImportProgress progress, CurrentUsers currentUsers,
            @Value("${kobling.data-dir}") Path dataDir,
            @Value("${kobling.import.max-upload-size:2GB}") DataSize maxUploadSize) {
        this.importer = importer;
        this.runs = runs;
        this.progress = progress;
        this.currentUsers = currentUsers;
        this.directory = dataDir.resolve("imports");
        this.maxUploadSize = maxUploadSize;
    }

    public DataSize maxUploadSize() {
        return maxUploadSize;
    }

    /** Stores the upload and queues its import; returns the run id. */
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
        Path file = store(name, upload);
        String actor = currentUsers.require().username();
        long runId = importer.createRun(format, name, actor);
        executor.submit(() -> {
            try {
                importer.run(runId, format, file, actor, counts -> { });
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // left for the administrator; the run is recorded anyway
                }
            }
        });
        return runId;
    }

    private Path store(String name, Upload upload) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(UUID.randomUUID() + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
            long limit = maxUploadSize.toBytes();
            try (InputStream in = upload.open(); OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > limit) {
                        out.close();
                        Files.deleteIfExists(file);
                        throw tooLarge();
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
