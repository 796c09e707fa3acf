package no.kobling.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import no.kobling.audit.AuditEntryView;
import no.kobling.audit.AuditLog;
import no.kobling.shared.PageResult;
import no.kobling.shared.Paging;
import no.kobling.shared.web.HtmxRequest;
import no.kobling.shared.web.ListLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/audit}: who changed what and when, newest first, filtered by entity and actor. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String sort, Model model,
            HttpServletRequest request) {
        Pageable pageable = Paging.of(page, size, sort, AuditLog.SORTS, "-occurredAt");
        PageResult<AuditEntryView> result = auditLog.search(entityType, entityId, actor, pageable);
        Page<AuditEntryView> entries = new PageImpl<>(result.content(), pageable, result.totalElements());
        model.addAttribute("entries", entries);
        model.addAttribute("links", ListLinks.of(request, entries));
        model.addAttribute("entityTypes", auditLog.entityTypes());
        model.addAttribute("entityType", entityType);
        model.addAttribute("entityId", entityId);
        model.addAttribute("actor", actor);
        return HtmxRequest.view(request, "audit/log", "results");
    }
}
