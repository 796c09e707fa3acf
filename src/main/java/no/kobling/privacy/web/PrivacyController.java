package no.kobling.privacy.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import no.kobling.privacy.ConsentPurpose;
import no.kobling.privacy.application.ConsentService;
import no.kobling.privacy.application.PrivacyRequests;
import no.kobling.privacy.application.PrivacyRetention;
import no.kobling.privacy.application.ProcessingRegistry;
import no.kobling.privacy.application.ReadLogService;
import no.kobling.privacy.application.RetentionRules;
import no.kobling.privacy.domain.ConsentHow;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.PageResult;
import no.kobling.shared.web.HtmxRequest;
import no.kobling.shared.web.ListLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The privacy pages (docs/privacy.md): requests about a person, consents, the read log, retention, processing. */
@Controller
@RequestMapping("/privacy")
class PrivacyController {

    private final PrivacyRequests requests;
    private final ConsentService consents;
    private final ReadLogService readLog;
    private final PrivacyRetention retention;
    private final RetentionRules rules;
    private final ProcessingRegistry registry;
    private final PrivacyPdf pdf;
    private final tools.jackson.databind.json.JsonMapper json;

    PrivacyController(PrivacyRequests requests, ConsentService consents, ReadLogService readLog,
            PrivacyRetention retention, RetentionRules rules, ProcessingRegistry registry, PrivacyPdf pdf,
            tools.jackson.databind.json.JsonMapper json) {
        this.requests = requests;
        this.consents = consents;
        this.readLog = readLog;
        this.retention = retention;
        this.rules = rules;
        this.registry = registry;
        this.pdf = pdf;
        this.json = json;
    }

    @GetMapping
    String index(Model model) {
        return "privacy/index";
    }

    @PostMapping("/subject")
    String find(@RequestParam String email, @RequestParam(required = false) String name, Model model) {
        model.addAttribute("email", email);
        model.addAttribute("name", name);
        try {
            model.addAttribute("found", requests.find(email, name));
        } catch (NotFoundException e) {
            model.addAttribute("notFound", true);
        } catch (DomainException e) {
            model.addAttribute("error", e.messageKey());
        }
        return "privacy/index";
    }

    @PostMapping(value = "/subject/export.json")
    ResponseEntity<byte[]> exportJson(@RequestParam String email, @RequestParam(required = false) String name)
            {
        byte[] body = json.writeValueAsBytes(requests.export(email, name));
        return download(body, MediaType.APPLICATION_JSON, "privacy-export.json");
    }

    @PostMapping(value = "/subject/export.pdf")
    ResponseEntity<byte[]> exportPdf(@RequestParam String email, @RequestParam(required = false) String name) {
        return download(pdf.render(requests.export(email, name)), MediaType.APPLICATION_PDF, "privacy-export.pdf");
    }

    @PostMapping("/subject/erase")
    String erase(@RequestParam String email, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "false") boolean confirm, Model model) {
        model.addAttribute("email", email);
        model.addAttribute("name", name);
        if (!confirm) {
            model.addAttribute("error", "privacy.error.confirm");
            model.addAttribute("found", requests.find(email, name));
            return "privacy/index";
        }
        try {
            model.addAttribute("erased", requests.erase(email, name));
        } catch (DomainException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("found", requests.find(email, name));
        }
        return "privacy/index";
    }

    @GetMapping("/read-log")
    String readLog(@RequestParam(required = false) String kind, @RequestParam(required = false) String recordId,
            @RequestParam(required = false) String reader, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletRequest request) {
        Pageable pageable = PrivacyApiController.page(page, 50);
        PageResult<ReadLogService.Entry> result = readLog.search(kind, recordId, reader, pageable);
        Page<ReadLogService.Entry> entries = new PageImpl<>(result.content(), pageable, result.totalElements());
        model.addAttribute("entries", entries);
        model.addAttribute("links", ListLinks.of(request, entries));
        model.addAttribute("kind", kind);
        model.addAttribute("recordId", recordId);
        model.addAttribute("reader", reader);
        model.addAttribute("kinds", registry.lines().stream().map(ProcessingRegistry.Line::kind).toList());
        return HtmxRequest.view(request, "privacy/read-log", "results");
    }

    @GetMapping("/retention")
    String retention(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("runs", retention.runs(PrivacyApiController.page(page, 20)));
        model.addAttribute("rules", rules.all());
        return "privacy/retention";
    }

    @PostMapping("/retention")
    String runRetention(RedirectAttributes redirect) {
        PrivacyRetention.RunView run = retention.runNow();
        redirect.addFlashAttribute("ran", run.result());
        return "redirect:/privacy/retention";
    }

    @GetMapping("/processing")
    String processing(Model model) {
        model.addAttribute("lines", registry.lines());
        return "privacy/processing";
    }

    @GetMapping("/consents")
    String consents(@RequestParam(required = false) String email, Model model) {
        model.addAttribute("texts", consents.texts());
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("hows", ConsentHow.values());
        model.addAttribute("locales", List.of("nb", "nn", "sv", "fi", "en"));
        model.addAttribute("email", email);
        if (email != null && !email.isBlank()) {
            model.addAttribute("consents", consents.of(email));
        }
        return "privacy/consents";
    }

    @PostMapping("/consents")
    String record(@RequestParam String email, @RequestParam ConsentPurpose purpose, @RequestParam String locale,
            @RequestParam ConsentHow how, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            consents.record(new ConsentService.NewConsent(email, purpose, locale, null, how, null, note));
            redirect.addFlashAttribute("saved", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        redirect.addAttribute("email", email);
        return "redirect:/privacy/consents";
    }

    @PostMapping("/consents/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        ConsentService.ConsentView view = consents.withdraw(id);
        redirect.addAttribute("email", view.email());
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/privacy/consents";
    }

    @GetMapping("/mine")
    String mine(Model model) {
        model.addAttribute("consents", consents.mine());
        return "privacy/mine";
    }

    @PostMapping("/mine/consents/{id}/withdraw")
    String withdrawMine(@PathVariable long id, RedirectAttributes redirect) {
        consents.withdrawMine(id);
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/privacy/mine";
    }

    @GetMapping("/mine/export.pdf")
    ResponseEntity<byte[]> minePdf() {
        return download(pdf.render(requests.exportMine()), MediaType.APPLICATION_PDF, "my-data.pdf");
    }

    @GetMapping("/mine/export.json")
    ResponseEntity<byte[]> mineJson() {
        return download(json.writeValueAsBytes(requests.exportMine()), MediaType.APPLICATION_JSON, "my-data.json");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString()).body(body);
    }
}
