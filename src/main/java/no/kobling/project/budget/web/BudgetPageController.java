package no.kobling.project.budget.web;

import static no.kobling.project.budget.web.PageSupport.attempt;
import static no.kobling.project.budget.web.PageSupport.date;
import static no.kobling.project.budget.web.PageSupport.decimal;
import static no.kobling.project.budget.web.PageSupport.id;
import static no.kobling.project.budget.web.PageSupport.integer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.kobling.project.budget.application.ActualsService;
import no.kobling.project.budget.application.BudgetService;
import no.kobling.project.budget.application.ReferenceService;
import no.kobling.project.budget.domain.Currency;
import no.kobling.project.budget.domain.ReferenceList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The budget page of a project: currency and rates, lines, financing, planned against actual, ledger import. */
@Controller
@RequestMapping("/projects/{id}/budget")
class BudgetPageController {

    private final BudgetService budget;
    private final ActualsService actuals;
    private final ReferenceService references;

    BudgetPageController(BudgetService budget, ActualsService actuals, ReferenceService references) {
        this.budget = budget;
        this.actuals = actuals;
        this.references = references;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        model.addAttribute("project", budget.header(id));
        var overview = budget.budget(id, false);
        model.addAttribute("overview", overview);
        model.addAttribute("financing", budget.financing(id, false));
        model.addAttribute("actuals", actuals.list(id));
        model.addAttribute("parties", budget.partyNames(id));
        model.addAttribute("categories", references.list(ReferenceList.CATEGORY, false));
        model.addAttribute("kinds", references.list(ReferenceList.FINANCING, false).stream()
                .filter(k -> !k.inKindHours()).toList());
        model.addAttribute("currencies", Currency.values());
        java.util.Map<Currency, no.kobling.project.budget.application.BudgetViews.RateView> rates =
                new java.util.EnumMap<>(Currency.class);
        overview.settings().rates().forEach(r -> rates.put(r.currency(), r));
        model.addAttribute("rateRows", java.util.Arrays.stream(Currency.values())
                .filter(c -> c != overview.settings().currency())
                .map(c -> rates.getOrDefault(c, new no.kobling.project.budget.application.BudgetViews.RateView(c,
                        null, null, null))).toList());
        return "projects/budget/budget";
    }

    @PostMapping("/settings")
    String settings(@PathVariable long id, @RequestParam String currency, @RequestParam(required = false) Long version,
            @RequestParam(required = false) List<String> rateCurrency,
            @RequestParam(required = false) List<String> rate, @RequestParam(required = false) List<String> rateDate,
            @RequestParam(required = false) List<String> rateSource, RedirectAttributes flash) {
        attempt(flash, () -> {
            List<BudgetService.RateData> rates = new ArrayList<>();
            if (rateCurrency != null) {
                for (int i = 0; i < rateCurrency.size(); i++) {
                    String r = rate != null && i < rate.size() ? rate.get(i) : null;
                    if (r == null || r.isBlank()) {
                        continue;
                    }
                    rates.add(new BudgetService.RateData(rateCurrency.get(i), decimal(r),
                            rateDate != null && i < rateDate.size() ? date(rateDate.get(i)) : null,
                            rateSource != null && i < rateSource.size() ? rateSource.get(i) : null));
                }
            }
            budget.state(id, version, currency, rates);
        });
        return "redirect:/projects/" + id + "/budget";
    }

    @PostMapping("/lines")
    String addLine(@PathVariable long id, @RequestParam(required = false) String party,
            @RequestParam(required = false) String category, @RequestParam(required = false) String year,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String currency,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        attempt(flash, () -> budget.addLine(id, new BudgetService.LineData(id(party), id(category), integer(year),
                decimal(amount), currency, note)));
        return "redirect:/projects/" + id + "/budget#lines";
    }

    @PostMapping("/lines/{lineId}/delete")
    String deleteLine(@PathVariable long id, @PathVariable long lineId, RedirectAttributes flash) {
        attempt(flash, () -> budget.deleteLine(id, lineId));
        return "redirect:/projects/" + id + "/budget#lines";
    }

    @PostMapping("/financing")
    String addSource(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String party, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String currency, @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        attempt(flash, () -> budget.addSource(id, new BudgetService.SourceData(id(kind), id(party), decimal(amount),
                currency, note)));
        return "redirect:/projects/" + id + "/budget#financing";
    }

    @PostMapping("/financing/{sourceId}/delete")
    String deleteSource(@PathVariable long id, @PathVariable long sourceId, RedirectAttributes flash) {
        attempt(flash, () -> budget.deleteSource(id, sourceId));
        return "redirect:/projects/" + id + "/budget#financing";
    }

    @PostMapping("/actuals")
    String addActual(@PathVariable long id, @RequestParam(required = false) String line,
            @RequestParam(required = false) String date, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String currency, @RequestParam(required = false) String text,
            RedirectAttributes flash) {
        attempt(flash, () -> actuals.add(id, new ActualsService.ActualData(id(line), date(date), decimal(amount),
                currency, text)));
        return "redirect:/projects/" + id + "/budget#actuals";
    }

    @PostMapping("/actuals/{actualId}/delete")
    String deleteActual(@PathVariable long id, @PathVariable long actualId, RedirectAttributes flash) {
        attempt(flash, () -> actuals.delete(id, actualId));
        return "redirect:/projects/" + id + "/budget#actuals";
    }

    @PostMapping("/actuals/import")
    String importActuals(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes flash) {
        attempt(flash, () -> {
            try {
                flash.addFlashAttribute("report", actuals.importLedger(id, file == null ? null : file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return "redirect:/projects/" + id + "/budget#import";
    }
}
