package no.kobling.indicator.web;

import java.time.LocalDate;
import no.kobling.indicator.application.ResultsService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The results page of a project (indicators against targets) and an indicator's breakdown. */
@Controller
class ResultsPageController {

    private final ResultsService results;

    ResultsPageController(ResultsService results) {
        this.results = results;
    }

    @GetMapping("/projects/{id}/results")
    String results(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("results", results.results(id, from, to, LocaleContextHolder.getLocale()));
        model.addAttribute("dimensions", ResultsService.DIMENSIONS);
        return "indicator/results";
    }

    @GetMapping("/projects/{id}/results/{code}")
    String breakdown(@PathVariable long id, @PathVariable String code,
            @RequestParam(defaultValue = "municipality") String by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("breakdown", results.breakdown(id, code, by, from, to, LocaleContextHolder.getLocale()));
        model.addAttribute("dimensions", ResultsService.DIMENSIONS);
        return "indicator/breakdown";
    }
}
