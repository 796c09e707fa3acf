package no.kobling.audit;

import no.kobling.shared.PageResult;
import org.springframework.data.domain.Pageable;

/** Read access to the audit trail. Only administrators may call it (checked in the implementation). */
public interface AuditLog {

    PageResult<AuditEntryView> search(String entityType, String entityId, String actor, Pageable pageable);
}
