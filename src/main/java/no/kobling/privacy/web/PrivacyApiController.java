package no.kobling.privacy.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import no.kobling.privacy.ConsentPurpose;
import no.kobling.privacy.application.ConsentService;
import no.kobling.privacy.application.PrivacyRequests;
import no.kobling.privacy.application.PrivacyRetention;
import no.kobling.privacy.application.ProcessingRegistry;
import no.kobling.privacy.application.ReadLogService;
import no.kobling.privacy.domain.ConsentHow;
import no.kobling.shared.PageResult;
import no.kobling.shared.privacy.PersonalRecord;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Privacy requests, consents, the read log, retention runs and the record of processing (docs/privacy.md). The person
 * is named in the request body, never in the address, so e-mail addresses stay out of access logs.
 */
@RestController
@RequestMapping("/api/v1/privacy")
@Tag(name = "Privacy")
class PrivacyApiController {

    private final PrivacyRequests requests;
    private final ConsentService consents;
    private final ReadLogService readLog;
    private final PrivacyRetention retention;
    private final ProcessingRegistry registry;
    private final PrivacyPdf pdf;

    PrivacyApiController(PrivacyRequests requests, ConsentService consents, ReadLogService readLog,
            PrivacyRetention retention, ProcessingRegistry registry, PrivacyPdf pdf) {
        this.requests = requests;
        this.consents = consents;
        this.readLog = readLog;
        this.retention = retention;
        this.registry = registry;
        this.pdf = pdf;
    }

    /** The person a request is about: their e-mail and, optionally, the name they gave. */
    record SubjectRequest(@NotBlank @Email @Size(max = 300) String email, @Size(max = 300) String name) {
    }

    record Found(String email, List<String> names, List<PersonalRecord> records) {
    }

    record NewConsent(@NotBlank @Email @Size(max = 300) String email, @NotNull ConsentPurpose purpose,
            @Size(max = 5) String locale, Integer textVersion, @NotNull ConsentHow how, Instant givenAt,
            @Size(max = 1000) String note) {
    }

    record EmailRequest(@NotBlank @Email @Size(max = 300) String email) {
    }

    @PostMapping("/searches")
    Found find(@Valid @RequestBody SubjectRequest request) {
        PrivacyRequests.Found found = requests.find(request.email(), request.name());
        return new Found(found.subject().email(), List.copyOf(found.subject().names()), found.records());
    }

    @PostMapping("/exports")
    PrivacyRequests.Export export(@Valid @RequestBody SubjectRequest request) {
        return requests.export(request.email(), request.name());
    }

    @PostMapping(value = "/exports/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> exportPdf(@Valid @RequestBody SubjectRequest request) {
        return pdf(requests.export(request.email(), request.name()));
    }

    @PostMapping("/erasures")
    PrivacyRequests.Erasure erase(@Valid @RequestBody SubjectRequest request) {
        return requests.erase(request.email(), request.name());
    }

    @GetMapping("/me/export")
    PrivacyRequests.Export exportMine() {
        return requests.exportMine();
    }

    @GetMapping(value = "/me/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> exportMinePdf() {
        return pdf(requests.exportMine());
    }

    @GetMapping("/read-log")
    PageResult<ReadLogService.Entry> readLog(@RequestParam(required = false) String kind,
            @RequestParam(required = false) String recordId, @RequestParam(required = false) String reader,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return readLog.search(kind, recordId, reader, page(page, size));
    }

    @GetMapping("/retention-runs")
    PageResult<PrivacyRetention.RunView> runs(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return retention.runs(page(page, size));
    }

    @PostMapping("/retention-runs")
    PrivacyRetention.RunView runNow() {
        return retention.runNow();
    }

    @GetMapping("/processing")
    List<ProcessingRegistry.Line> processing() {
        return registry.lines();
    }

    @GetMapping("/consent-texts")
    List<ConsentService.TextView> texts() {
        return consents.texts();
    }

    @PostMapping("/consents")
    ConsentService.ConsentView record(@Valid @RequestBody NewConsent request) {
        return consents.record(new ConsentService.NewConsent(request.email(), request.purpose(), request.locale(),
                request.textVersion(), request.how(), request.givenAt(), request.note()));
    }

    @PostMapping("/consents/searches")
    List<ConsentService.ConsentView> consentsOf(@Valid @RequestBody EmailRequest request) {
        return consents.of(request.email());
    }

    /** The consent to withdraw (by id in the body, like every privacy request). */
    record Withdrawal(@NotNull Long id) {
    }

    @PostMapping("/consents/withdrawals")
    ConsentService.ConsentView withdraw(@Valid @RequestBody Withdrawal request) {
        return consents.withdraw(request.id());
    }

    @GetMapping("/me/consents")
    List<ConsentService.ConsentView> mine() {
        return consents.mine();
    }

    @PostMapping("/me/consents/withdrawals")
    ConsentService.ConsentView withdrawMine(@Valid @RequestBody Withdrawal request) {
        return consents.withdrawMine(request.id());
    }

    static org.springframework.data.domain.Pageable page(int page, int size) {
        return org.springframework.data.domain.PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 200)));
    }

    private ResponseEntity<byte[]> pdf(PrivacyRequests.Export export) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("privacy-export.pdf").build().toString())
                .body(pdf.render(export));
    }
}
