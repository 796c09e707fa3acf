package no.kobling.company.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import no.kobling.company.importing.ImportRunView;
import no.kobling.company.importing.RejectionView;
import no.kobling.company.importing.application.ImportService;
import no.kobling.shared.DomainException;
import no.kobling.shared.PageResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Register imports")
class ImportApiController {

    /** Answer of a started import. */
    record Started(long id, String status) {
    }

    private final ImportService imports;

    ImportApiController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a register file (format: brreg-json, brreg-csv, prh-json, bolagsverket, scb) and "
            + "import it in the background; 202 with the run id (needs ADMINISTER_REFERENCE_DATA)")
    ResponseEntity<Started> start(@RequestParam String format, @RequestParam(required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw DomainException.rule("empty-file", "companyimport.error.empty-file");
        }
        long id = imports.start(format, file.getOriginalFilename(), file.getSize(), file::getInputStream);
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + id)).body(new Started(id, "QUEUED"));
    }

    @GetMapping
    @Operation(summary = "Import runs, newest first")
    PageResult<ImportRunView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return imports.list(page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One import run with its counts and, while running, bytes read of the file")
    ImportRunView run(@PathVariable long id) {
        return imports.find(id);
    }

    @GetMapping("/{id}/rejections")
    @Operation(summary = "Rejected records of a run by line/record number; reason is a stable code")
    PageResult<RejectionView> rejections(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return imports.rejections(id, page, size);
    }
}
