package no.kobling.privacy.application;

import java.time.Clock;
import java.time.Instant;
import no.kobling.privacy.application.PrivacyAccess.Caller;
import no.kobling.privacy.domain.ReadLogEntry;
import no.kobling.privacy.persistence.ReadLogRepository;
import no.kobling.shared.PageResult;
import no.kobling.shared.privacy.ReadLog;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read log: who opened a person, an entrepreneur or an activity note that names people. Written in its own
 * transaction (the page that reads is often read-only); read by administrators and data protection officers
 * ({@code VIEW_READ_LOG}), a non-administrator seeing the reads of their own organisation's users.
 */
@Service
public class ReadLogService implements ReadLog {

    /** One entry as pages and the API show it. */
    public record Entry(long id, Instant occurredAt, String reader, String kind, String recordId, String subject) {
    }

    private final ReadLogRepository repository;
    private final PrivacyAccess access;
    private final Clock clock;

    ReadLogService(ReadLogRepository repository, PrivacyAccess access, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void read(String kind, String id, String subject) {
        access.current().ifPresent(caller -> repository.save(new ReadLogEntry(clock.instant(), caller.username(),
                caller.organisationId(), kind, id, subject)));
    }

    @Transactional(readOnly = true)
    public PageResult<Entry> search(String kind, String recordId, String reader, Pageable pageable) {
        Caller caller = access.readLogReader();
        Page<ReadLogEntry> page = repository.search(caller.administrator(),
                caller.organisationId() == null ? -1L : caller.organisationId(), blank(kind), blank(recordId),
                blank(reader) == null ? null : blank(reader).toLowerCase(java.util.Locale.ROOT), pageable);
        return PageResult.of(page, e -> new Entry(e.getId(), e.getOccurredAt(), e.getReader(), e.getKind(),
                e.getRecordId(), e.getSubject()));
    }

    /**
     * A filter value, or null when blank; at most 200 characters without control characters, else 400
     * {@code privacy-filter-invalid} (a NUL byte or a very long text reached PostgreSQL as a 500).
     */
    private static String blank(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() > 200 || v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new no.kobling.shared.DomainException(400, "privacy-filter-invalid", "privacy.error.filter-invalid",
                    200);
        }
        return v;
    }
}
