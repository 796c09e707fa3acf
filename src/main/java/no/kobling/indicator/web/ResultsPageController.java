package no.kobling.indicator.web;

import java.time.LocalDate;
import java.util.List;
import no.kobling.indicator.application.ResultsService;
import no.kobling.indicator.manual.application.ManualIndicatorService;
import no.kobling.indicator.manual.domain.ManualIndicator;
import no.kobling.indicator.manual.domain.ManualUnit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results page of a project (indicators against targets, with its manual indicators for its own staff), an
 * indicator's breakdown, and the list behind a number (its own staff only: numbers link to it; for a funder they stay
 * plain text).
 */
@Controller
class ResultsPageController {

    private final ResultsService results;
    private final ManualIndicatorService manual;

    ResultsPageController(ResultsService results, ManualIndicatorService manual) {
        this.results = results;
        this.manual = manual;
    }

    @GetMapping("/projects/{id}/results")
    String results(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        return show(id, from, to, model);
    }

    /** Fills the results page (also after a refused manual-indicator form, with its error). */
    String show(long id, LocalDate from, LocalDate to, Model model) {
        ResultsService.Results r = results.results(id, from, to, LocaleContextHolder.getLocale());
        model.addAttribute("results", r);
        model.addAttribute("dimensions", ResultsService.DIMENSIONS);
        model.addAttribute("lists", !r.funderView());
        model.addAttribute("manual", r.funderView() ? List.of() : manual.list(id, LocaleContextHolder.getLocale()));
        model.addAttribute("units", ManualUnit.values());
        model.addAttribute("languages", ManualIndicator.LANGUAGES);
        return "indicator/results";
    }

    @GetMapping("/projects/{id}/results/{code}")
    String breakdown(@PathVariable long id, @PathVariable String code,
            @RequestParam(defaultValue = "municipality") String by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        ResultsService.Breakdown b = results.breakdown(id, code, by, from, to, LocaleContextHolder.getLocale());
        model.addAttribute("breakdown", b);
        model.addAttribute("dimensions", ResultsService.DIMENSIONS);
        model.addAttribute("lists", !b.funderView());
        return "indicator/breakdown";
    }

    @GetMapping("/projects/{id}/results/{code}/items")
    String items(@PathVariable long id, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String by, @RequestParam(required = false) String key,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("items", results.items(id, code, from, to, by, key, page, 100,
                LocaleContextHolder.getLocale()));
        return "indicator/items";
    }
}
