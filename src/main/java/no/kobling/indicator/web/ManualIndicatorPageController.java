package no.kobling.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import no.kobling.indicator.manual.application.ManualIndicatorService;
import no.kobling.indicator.manual.domain.ManualUnit;
import no.kobling.shared.DomainException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The manual indicators' pages: defining one (a form on the results page), one indicator with its entries (the
 * project's own staff), entering a value with evidence, withdrawing an entry, archiving, and downloading evidence.
 */
@Controller
class ManualIndicatorPageController {

    private final ManualIndicatorService manual;
    private final ResultsPageController resultsPage;

    ManualIndicatorPageController(ManualIndicatorService manual, ResultsPageController resultsPage) {
        this.manual = manual;
        this.resultsPage = resultsPage;
    }

    @PostMapping("/projects/{id}/manual-indicators")
    String define(@PathVariable long id, @RequestParam(name = "name-nb", required = false) String nb,
            @RequestParam(name = "name-nn", required = false) String nn,
            @RequestParam(name = "name-sv", required = false) String sv,
            @RequestParam(name = "name-fi", required = false) String fi,
            @RequestParam(name = "name-en", required = false) String en,
            @RequestParam(required = false) ManualUnit unit, Model model, HttpServletResponse response) {
        Map<String, String> names = new HashMap<>();
        put(names, "nb", nb);
        put(names, "nn", nn);
        put(names, "sv", sv);
        put(names, "fi", fi);
        put(names, "en", en);
        try {
            String code = manual.define(id, names, unit, LocaleContextHolder.getLocale()).code();
            return "redirect:/projects/" + id + "/manual-indicators/" + code;
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            response.setStatus(e.status());
            model.addAttribute("actionError", e);
            return resultsPage.show(id, null, null, model);
        }
    }

    private static void put(Map<String, String> names, String lang, String name) {
        if (name != null && !name.isBlank()) {
            names.put(lang, name);
        }
    }

    @GetMapping("/projects/{id}/manual-indicators/{code}")
    String show(@PathVariable long id, @PathVariable String code, Model model) {
        model.addAttribute("project", id);
        model.addAttribute("indicator", manual.get(id, code, LocaleContextHolder.getLocale()));
        model.addAttribute("entries", manual.entries(id, code));
        model.addAttribute("maxMegabytes", manual.maxBytes() / (1024 * 1024));
        return "indicator/manual";
    }

    @PostMapping("/projects/{id}/manual-indicators/{code}/entries")
    String enter(@PathVariable long id, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) BigDecimal value, @RequestParam(required = false) String link,
            @RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile file,
            Model model, HttpServletResponse response) {
        return act(id, code, model, response, () -> manual.enter(id, code,
                new ManualIndicatorService.EntryData(date, value, link, note), upload(file)));
    }

    @PostMapping("/projects/{id}/manual-indicators/{code}/entries/{entryId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable String code, @PathVariable long entryId, Model model,
            HttpServletResponse response) {
        return act(id, code, model, response, () -> manual.withdraw(id, code, entryId));
    }

    @PostMapping("/projects/{id}/manual-indicators/{code}/archive")
    String archive(@PathVariable long id, @PathVariable String code,
            @RequestParam(defaultValue = "true") boolean archived, Model model, HttpServletResponse response) {
        return act(id, code, model, response, () -> manual.change(id, code, null, null, archived, null,
                LocaleContextHolder.getLocale()));
    }

    @GetMapping("/projects/{id}/manual-indicators/{code}/entries/{entryId}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable String code, @PathVariable long entryId) {
        ManualIndicatorService.StoredFile file = manual.file(id, code, entryId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.evidence().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.evidence().contentType()))
                .body(file.data());
    }

    private String act(long id, String code, Model model, HttpServletResponse response, Supplier<?> action) {
        try {
            action.get();
            return "redirect:/projects/" + id + "/manual-indicators/" + code;
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            response.setStatus(e.status());
            model.addAttribute("actionError", e);
            return show(id, code, model);
        }
    }

    private static ManualIndicatorService.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new ManualIndicatorService.Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
