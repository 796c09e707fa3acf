package no.kobling.audit.persistence;

import no.kobling.audit.AuditEntryView;
import no.kobling.audit.AuditLog;
import no.kobling.shared.PageResult;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaAuditLog implements AuditLog {

    private final AuditEntryRepository repository;

    JpaAuditLog(AuditEntryRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_AUDIT_LOG')")
    public PageResult<AuditEntryView> search(String entityType, String entityId, String actor, Pageable pageable) {
        return PageResult.of(repository.search(blankToNull(entityType), blankToNull(entityId), blankToNull(actor),
                pageable), a -> new AuditEntryView(a.getId(), a.getOccurredAt(), a.getActor(), a.getEntityType(),
                        a.getEntityId(), a.getAction(), a.getChangedFields()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
