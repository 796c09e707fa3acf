package no.kobling.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.indicator.application.IndicatorCatalogue;
import no.kobling.indicator.application.ResultsService;
import no.kobling.indicator.application.TargetService;
import no.kobling.indicator.domain.Counting;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The results API (issue 14, a stable contract): a project's indicators against targets for a period, an
 * indicator's breakdown, the targets and how the project's records are counted. Definitions in docs/indicators.md.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Results", description = "Indicators of a project against its targets (docs/indicators.md)")
class ResultsApiController {

    private final ResultsService results;
    private final TargetService targets;
    private final IndicatorCatalogue catalogue;

    ResultsApiController(ResultsService results, TargetService targets, IndicatorCatalogue catalogue) {
        this.results = results;
        this.targets = targets;
        this.catalogue = catalogue;
    }

    record IndicatorJson(String code, String name, BigDecimal value, BigDecimal target, Integer targetYear,
            String unit, String unitName, BigDecimal progressPercent, BigDecimal forecast,
            Map<String, BigDecimal> amounts) {
    }

    record ResultsJson(long project, String projectName, LocalDate from, LocalDate to, String counting,
            List<IndicatorJson> indicators) {
    }

    record CellJson(String key, String label, BigDecimal value, boolean suppressed, String display) {
    }

    record BreakdownJson(long project, String code, String name, String by, LocalDate from, LocalDate to,
            String unit, List<CellJson> cells) {
    }

    record CatalogueJson(String code, String name, String unit, String unitName) {
    }

    record TargetBody(Integer year, @NotNull @PositiveOrZero BigDecimal value, Long version) {
    }

    record CountingBody(@NotNull Counting counting) {
    }

    record CountingJson(long project, Counting counting) {
    }

    @Operation(summary = "The indicator catalogue (codes, names and units in the caller's language)")
    @GetMapping("/indicators")
    List<CatalogueJson> indicators() {
        Locale locale = LocaleContextHolder.getLocale();
        return catalogue.all().stream().map(i -> new CatalogueJson(i.code(), i.name(locale),
                i.unit().toLowerCase(Locale.ROOT), i.unitName(locale))).toList();
    }

    @Operation(summary = "A project's indicators against its targets for a period (default: the project's period). "
            + "A period ending before it starts answers 422 period-invalid; a project the caller may not see 404.")
    @GetMapping("/projects/{id}/results")
    ResultsJson results(@PathVariable long id,
            @Parameter(description = "YYYY-MM-DD, inclusive") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "YYYY-MM-DD, inclusive") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ResultsService.Results r = results.results(id, from, to, LocaleContextHolder.getLocale());
        return new ResultsJson(r.project(), r.projectName(), r.from(), r.to(), r.counting().name(),
                r.indicators().stream().map(i -> new IndicatorJson(i.code(), i.name(), i.value(), i.target(),
                        i.targetYear(), i.unit().toLowerCase(Locale.ROOT), i.unitName(), i.progressPercent(),
                        i.forecast(), i.amounts())).toList());
    }

    @Operation(summary = "An indicator's breakdown by municipality, country, target-group or quarter. For a funder, "
            + "cells behind fewer than 3 companies or persons are suppressed (value null, display \"< 3\"). "
            + "Source indicators (manual-*, survey-*) break down by quarter only: 422 breakdown-not-available.")
    @GetMapping("/projects/{id}/results/{code}/breakdown")
    BreakdownJson breakdown(@PathVariable long id, @PathVariable String code,
            @Parameter(description = "municipality (default) | country | target-group | quarter")
            @RequestParam(defaultValue = "municipality") String by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ResultsService.Breakdown b = results.breakdown(id, code, by, from, to, LocaleContextHolder.getLocale());
        return new BreakdownJson(b.project(), b.code(), b.name(), b.by(), b.from(), b.to(),
                b.unit().toLowerCase(Locale.ROOT), b.cells().stream().map(c -> new CellJson(c.key(), c.label(),
                        c.value(), c.suppressed(), c.suppressed() ? "< 3" : c.value().toPlainString())).toList());
    }

    record ItemJson(String kind, long id, String label, LocalDate date, String municipality, String link,
            BigDecimal value) {
    }

    record ItemsJson(long project, String code, LocalDate from, LocalDate to, String by, String key,
            List<ItemJson> items, long total, int page, int size, int totalPages) {
    }

    @Operation(summary = "The records behind an indicator's value (docs/indicators.md \"Drill-down lists\"), or behind "
            + "one breakdown cell (by and key, the cell's key), a page of them. The project's own staff only: a funder "
            + "gets 403 results-list-not-allowed, a project the caller may not see 404. Source indicators other than "
            + "manual ones answer 422 items-not-available; an unknown cell key 422 breakdown-key-unknown.")
    @GetMapping("/projects/{id}/results/{code}/items")
    ItemsJson items(@PathVariable long id, @PathVariable String code,
            @Parameter(description = "YYYY-MM-DD, inclusive") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "YYYY-MM-DD, inclusive") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "a breakdown dimension (with key): the list behind one cell")
            @RequestParam(required = false) String by,
            @Parameter(description = "the cell's key as the breakdown gives it") @RequestParam(required = false)
            String key,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ResultsService.Items r = results.items(id, code, from, to, by, key, page, size,
                LocaleContextHolder.getLocale());
        return new ItemsJson(r.project(), r.code(), r.from(), r.to(), r.by(), r.key(), r.items().stream()
                .map(i -> new ItemJson(i.kind(), i.id(), i.label(), i.date(), i.municipality(), i.link(), i.value()))
                .toList(), r.total(), r.page(), r.size(), r.totalPages());
    }

    @Operation(summary = "A project's targets (year null: the whole period)")
    @GetMapping("/projects/{id}/targets")
    List<TargetService.TargetView> targets(@PathVariable long id) {
        return targets.targets(id, LocaleContextHolder.getLocale());
    }

    @Operation(summary = "Set an indicator's target for the whole period (year null) or a year (MANAGE_PROJECTS, "
            + "the project's own staff). An unknown indicator answers 422 indicator-unknown.")
    @PutMapping("/projects/{id}/targets/{code}")
    TargetService.TargetView setTarget(@PathVariable long id, @PathVariable String code,
            @Valid @RequestBody TargetBody body) {
        return targets.set(id, code, body.year(), body.value(), body.version(), LocaleContextHolder.getLocale());
    }

    @Operation(summary = "Remove an indicator's target for the whole period (no year) or a year")
    @DeleteMapping("/projects/{id}/targets/{code}")
    ResponseEntity<Void> removeTarget(@PathVariable long id, @PathVariable String code,
            @RequestParam(required = false) Integer year) {
        targets.remove(id, code, year);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "How the project's results are counted: TAGGED (records tagged with it, the default) or "
            + "PARTNERSHIP (all records of its partnership in its municipalities)")
    @GetMapping("/projects/{id}/results/counting")
    CountingJson counting(@PathVariable long id) {
        return new CountingJson(id, targets.counting(id));
    }

    @Operation(summary = "Change how the project's results are counted (MANAGE_PROJECTS, the project's own staff)")
    @PutMapping("/projects/{id}/results/counting")
    CountingJson count(@PathVariable long id, @Valid @RequestBody CountingBody body) {
        return new CountingJson(id, targets.count(id, body.counting()));
    }
}
