package no.kobling.audit;

import java.util.List;
import java.util.Set;
import no.kobling.shared.PageResult;
import org.springframework.data.domain.Pageable;

/** Read access to the audit trail. Only users with {@code VIEW_AUDIT_LOG} may call it (checked here). */
public interface AuditLog {

    /** Keys the entries can be sorted by: {@code occurredAt} (ties broken by insertion order). */
    Set<String> SORTS = Set.of("occurredAt");

    /** Entries matching all given filters (blank = any); the actor filter ignores case. */
    PageResult<AuditEntryView> search(String entityType, String entityId, String actor, Pageable pageable);

    /** The entity types that occur in the log, sorted, for a filter list. */
    List<String> entityTypes();
}
