package no.kobling.audit.persistence;

import java.util.List;
import java.util.Locale;
import no.kobling.audit.AuditEntryView;
import no.kobling.audit.AuditLog;
import no.kobling.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
        String actorLower = blankToNull(actor) == null ? null : actor.trim().toLowerCase(Locale.ROOT);
        return PageResult.of(repository.search(blankToNull(entityType), blankToNull(entityId), actorLower,
                withTieBreak(pageable)), a -> new AuditEntryView(a.getId(), a.getOccurredAt(), a.getActor(),
                        a.getEntityType(), a.getEntityId(), a.getAction(), a.getChangedFields()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_AUDIT_LOG')")
    public List<String> entityTypes() {
        return repository.entityTypes();
    }

    /** Rows written in the same instant keep their order: the id follows the direction of the first sort key. */
    static Pageable withTieBreak(Pageable pageable) {
        Sort sort = pageable.getSort();
        Sort.Direction direction = sort.stream().findFirst().map(Sort.Order::getDirection).orElse(Sort.Direction.DESC);
        if (sort.isUnsorted()) {
            sort = Sort.by(direction, "occurredAt");
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by(direction, "id")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
