package no.kobling.indicator.manual.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kobling.indicator.manual.application.ManualIndicatorService;
import no.kobling.indicator.manual.application.ManualIndicatorService.EntryData;
import no.kobling.indicator.manual.application.ManualIndicatorService.EntryView;
import no.kobling.indicator.manual.application.ManualIndicatorService.IndicatorView;
import no.kobling.indicator.manual.domain.ManualUnit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A project's manual indicators and their entries (docs/indicators.md "Manual indicators"). Definitions are read by
 * whoever sees the project's results; entries and evidence files only by the project's own staff (a funder: 403
 * manual-entries-not-allowed); changes need MANAGE_PROJECTS and the project's own staff.
 */
@RestController
@RequestMapping("/api/v1/projects/{id}/manual-indicators")
@Tag(name = "Manual indicators", description = "A project's manual indicators with entries and evidence")
class ManualIndicatorApiController {

    private final ManualIndicatorService manual;

    ManualIndicatorApiController(ManualIndicatorService manual) {
        this.manual = manual;
    }

    record DefineBody(@NotNull Map<String, String> names, @NotNull ManualUnit unit) {
    }

    record ChangeBody(Map<String, String> names, ManualUnit unit, Boolean archived, Long version) {
    }

    record EntryBody(LocalDate date, BigDecimal value, String link, String note, Boolean removeFile, Long version) {
    }

    @Operation(summary = "The project's manual indicators (archived ones too)")
    @GetMapping
    List<IndicatorView> list(@PathVariable long id) {
        return manual.list(id, LocaleContextHolder.getLocale());
    }

    @Operation(summary = "Define a manual indicator: names by language (nb, nn, sv, fi, en; at least one) and a unit "
            + "(COUNT, COMPANIES, PERSONS, JOBS, HOURS, NOK, SEK, EUR, PERCENT). Its code manual-<slug> comes from the "
            + "English name, else the first given, and never changes.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IndicatorView define(@PathVariable long id, @Valid @RequestBody DefineBody body) {
        return manual.define(id, body.names(), body.unit(), LocaleContextHolder.getLocale());
    }

    @Operation(summary = "One manual indicator")
    @GetMapping("/{code}")
    IndicatorView get(@PathVariable long id, @PathVariable String code) {
        return manual.get(id, code, LocaleContextHolder.getLocale());
    }

    @Operation(summary = "Change names, unit (only without entries: 422 manual-unit-locked) or archive it "
            + "(archived: true; no new entries, its values still count)")
    @PutMapping("/{code}")
    IndicatorView change(@PathVariable long id, @PathVariable String code, @RequestBody ChangeBody body) {
        return manual.change(id, code, body.names(), body.unit(), body.archived(), body.version(),
                LocaleContextHolder.getLocale());
    }

    @Operation(summary = "Delete a manual indicator without entries; one with entries answers 409 "
            + "manual-indicator-has-entries (archive it instead)")
    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable String code) {
        manual.delete(id, code);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The indicator's entries, newest first, withdrawn ones included (the project's own staff)")
    @GetMapping("/{code}/entries")
    List<EntryView> entries(@PathVariable long id, @PathVariable String code) {
        return manual.entries(id, code);
    }

    @Operation(summary = "Enter a value with its evidence link (http or https) as JSON; a file needs multipart")
    @PostMapping(path = "/{code}/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EntryView enter(@PathVariable long id, @PathVariable String code, @RequestBody EntryBody body) {
        return manual.enter(id, code, data(body), null);
    }

    @Operation(summary = "Enter a value with its evidence: a link (http or https) and/or a file (multipart part "
            + "\"file\": PDF, Office, PNG or JPEG, checked by content, at most 10 MB); one of them is required")
    @PostMapping(path = "/{code}/entries", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EntryView enterWithFile(@PathVariable long id, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) BigDecimal value, @RequestParam(required = false) String link,
            @RequestParam(required = false) String note,
            @Parameter(description = "the evidence file") @RequestParam(required = false) MultipartFile file) {
        return manual.enter(id, code, new EntryData(date, value, link, note), upload(file));
    }

    @Operation(summary = "Correct an entry (the audit keeps who changed which fields when); removeFile drops its file")
    @PutMapping(path = "/{code}/entries/{entryId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    EntryView correct(@PathVariable long id, @PathVariable String code, @PathVariable long entryId,
            @RequestBody EntryBody body) {
        return manual.correct(id, code, entryId, data(body), null, Boolean.TRUE.equals(body.removeFile()),
                body.version());
    }

    @Operation(summary = "Correct an entry and replace its file (multipart part \"file\")")
    @PutMapping(path = "/{code}/entries/{entryId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    EntryView correctWithFile(@PathVariable long id, @PathVariable String code, @PathVariable long entryId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) BigDecimal value, @RequestParam(required = false) String link,
            @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
            @RequestParam(required = false) MultipartFile file) {
        return manual.correct(id, code, entryId, new EntryData(date, value, link, note), upload(file), false,
                version);
    }

    @Operation(summary = "Withdraw an entry: kept with who and when, no longer counted")
    @PostMapping("/{code}/entries/{entryId}/withdraw")
    EntryView withdraw(@PathVariable long id, @PathVariable String code, @PathVariable long entryId) {
        return manual.withdraw(id, code, entryId);
    }

    @Operation(summary = "Download an entry's evidence file (the project's own staff; a funder gets 403)")
    @GetMapping("/{code}/entries/{entryId}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable String code, @PathVariable long entryId) {
        return download(manual.file(id, code, entryId));
    }

    private static EntryData data(EntryBody body) {
        return new EntryData(body.date(), body.value(), body.link(), body.note());
    }

    static ManualIndicatorService.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new ManualIndicatorService.Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> download(ManualIndicatorService.StoredFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.evidence().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.evidence().contentType()))
                .body(file.data());
    }
}
