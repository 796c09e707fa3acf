package no.kobling.project.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kobling.project.agreement.application.AgreementService;
import no.kobling.project.agreement.application.AgreementService.AgreementCommand;
import no.kobling.project.agreement.application.AgreementViews.AgreementSummary;
import no.kobling.project.agreement.application.AgreementViews.AgreementView;
import no.kobling.project.agreement.application.AgreementViews.VersionView;
import no.kobling.project.document.DocumentRef;
import no.kobling.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Cooperation agreements", description = "Agreements between organisations: terms, signatures per "
        + "party, documents and version history")
class AgreementApiController {

    private final AgreementService agreements;

    AgreementApiController(AgreementService agreements) {
        this.agreements = agreements;
    }

    record AgreementRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String purpose,
            @NotNull @Size(min = 2, max = 50) Set<Long> partyOrganisationIds,
            @NotNull @Size(min = 1, max = 50) Set<Long> areaIds, @NotNull LocalDate startDate, LocalDate endDate,
            Long partnershipId, Long version) {

        AgreementCommand command() {
            return new AgreementCommand(title, purpose, partyOrganisationIds, areaIds, startDate, endDate,
                    partnershipId);
        }
    }

    // checked by the service after the tenancy check (a hidden agreement answers 404 whatever the body)
    record SignRequest(String signerName, LocalDate signedOn) {
    }

    record TerminateRequest(String reason, LocalDate terminatedOn) {
    }

    @GetMapping
    @Operation(summary = "Agreements the caller's organisation is party to (all for administrators), by title")
    PageResult<AgreementSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return agreements.list(page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an agreement (draft); the caller's organisation must be a party")
    AgreementView create(@Valid @RequestBody AgreementRequest body) {
        return agreements.create(body.command());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agreement with status per party, areas and documents")
    AgreementView get(@PathVariable long id) {
        return agreements.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the terms (optimistic locking with version); signatures go back to draft")
    AgreementView update(@PathVariable long id, @RequestBody AgreementRequest body) {
        return agreements.change(id, body.version(), body.command());
    }

    @PostMapping("/{id}/parties/{organisationId}/sign")
    @Operation(summary = "A party signs (its own staff or an administrator)")
    AgreementView sign(@PathVariable long id, @PathVariable long organisationId,
            @RequestBody SignRequest body) {
        return agreements.sign(id, organisationId, body.signerName(), body.signedOn());
    }

    @PostMapping("/{id}/parties/{organisationId}/terminate")
    @Operation(summary = "A party terminates the active agreement, with reason and date")
    AgreementView terminate(@PathVariable long id, @PathVariable long organisationId,
            @RequestBody TerminateRequest body) {
        return agreements.terminate(id, organisationId, body.reason(), body.terminatedOn());
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The version history of the terms, newest first")
    List<VersionView> versions(@PathVariable long id) {
        return agreements.versions(id);
    }

    @GetMapping("/{id}/documents")
    @Operation(summary = "The agreement's documents")
    List<DocumentRef> documents(@PathVariable long id) {
        return agreements.documents(id);
    }

    @PostMapping("/{id}/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a PDF or Office file as the request body (recognised by content; size-limited)")
    DocumentRef upload(@PathVariable long id, @RequestParam(defaultValue = "document") String filename,
            @RequestBody(required = false) byte[] content) {
        return agreements.attach(id, filename, content);
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "Download a document (checked against its SHA-256 checksum)")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return Downloads.of(agreements.download(id, documentId));
    }
}
