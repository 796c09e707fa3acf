package no.kobling.audit.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import no.kobling.shared.export.ExportAudit;
import no.kobling.shared.export.ExportFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an export into the audit trail: entity type {@code Export}, the list's name as the id, action
 * {@code EXPORT}, and the format and filters where a change lists its fields.
 */
@Component
class ExportAuditWriter implements ExportAudit {

    static final String ENTITY = "Export";
    static final String ACTION = "EXPORT";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExportAuditWriter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void exported(String list, ExportFormat format, String filters) {
        String details = format.extension() + (filters == null || filters.isBlank() ? "" : "; " + filters);
        jdbc.update("insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, changed_fields)"
                + " values (?, ?, ?, ?, ?, ?)", Timestamp.from(clock.instant()), AuditWriter.currentActor(), ENTITY,
                list.length() > 100 ? list.substring(0, 100) : list, ACTION,
                details.length() > 3900 ? details.substring(0, 3900) : details);
    }
}
