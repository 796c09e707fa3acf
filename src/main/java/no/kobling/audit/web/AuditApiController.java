package no.kobling.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.kobling.audit.AuditEntryView;
import no.kobling.audit.AuditLog;
import no.kobling.shared.PageResult;
import no.kobling.shared.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditApiController {

    private final AuditLog auditLog;

    AuditApiController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @Operation(summary = "The audit trail, newest first (needs VIEW_AUDIT_LOG). changedFields names the fields a "
            + "change touched, never their values; secret fields are marked with *")
    PageResult<AuditEntryView> search(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String sort) {
        return auditLog.search(entityType, entityId, actor, Paging.of(page, size, sort, AuditLog.SORTS,
                "-occurredAt"));
    }
}
