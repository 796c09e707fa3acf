package no.kobling.project.budget.web;

import static no.kobling.project.budget.web.PageSupport.attempt;
import static no.kobling.project.budget.web.PageSupport.date;
import static no.kobling.project.budget.web.PageSupport.decimal;
import static no.kobling.project.budget.web.PageSupport.id;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import no.kobling.project.budget.application.ProjectAgreementService;
import no.kobling.project.budget.application.BudgetService;
import no.kobling.project.budget.application.HoursService;
import no.kobling.project.budget.domain.Currency;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project agreement page and the hours page of a project. */
@Controller
@RequestMapping("/projects/{id}")
class AgreementHoursPageController {

    private final ProjectAgreementService agreements;
    private final HoursService hours;
    private final BudgetService budget;

    AgreementHoursPageController(ProjectAgreementService agreements, HoursService hours, BudgetService budget) {
        this.agreements = agreements;
        this.hours = hours;
        this.budget = budget;
    }

    @GetMapping("/agreement")
    String agreement(@PathVariable long id, Model model) {
        model.addAttribute("project", budget.header(id));
        model.addAttribute("agreement", agreements.view(id));
        model.addAttribute("currencies", Currency.values());
        return "projects/budget/agreement";
    }

    @PostMapping("/agreement")
    String setDate(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String agreementDate, RedirectAttributes flash) {
        attempt(flash, () -> agreements.date(id, version, date(agreementDate)));
        return "redirect:/projects/" + id + "/agreement";
    }

    @PostMapping("/agreement/parties/{organisationId}")
    String party(@PathVariable long id, @PathVariable long organisationId,
            @RequestParam(required = false) Long version, @RequestParam(required = false) String hourRate,
            @RequestParam(required = false) String hourRateCurrency, @RequestParam(required = false) String signer,
            @RequestParam(required = false) String signedOn, RedirectAttributes flash) {
        attempt(flash, () -> agreements.partyTerms(id, organisationId, version, decimal(hourRate), hourRateCurrency,
                signer, date(signedOn)));
        return "redirect:/projects/" + id + "/agreement";
    }

    @GetMapping("/hours")
    String hours(@PathVariable long id, @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "0") int page, Model model) {
        YearMonth m = null;
        if (month != null && !month.isBlank()) {
            try {
                m = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                m = null;
            }
        }
        model.addAttribute("project", budget.header(id));
        model.addAttribute("month", m);
        model.addAttribute("entries", hours.list(id, null, null, m, page, 50));
        model.addAttribute("summary", hours.summary(id));
        model.addAttribute("mayLog", hours.mayLog(id));
        model.addAttribute("deliverables", hours.deliverables(id));
        return "projects/budget/hours";
    }

    @PostMapping("/hours")
    String log(@PathVariable long id, @RequestParam(required = false) String deliverable,
            @RequestParam(required = false) String date, @RequestParam(required = false) String hoursWorked,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        attempt(flash, () -> hours.log(id, new HoursService.HoursData(id(deliverable), date(date),
                decimal(hoursWorked), note)));
        return "redirect:/projects/" + id + "/hours";
    }

    @PostMapping("/hours/{entryId}/delete")
    String delete(@PathVariable long id, @PathVariable long entryId, RedirectAttributes flash) {
        attempt(flash, () -> hours.delete(id, entryId));
        return "redirect:/projects/" + id + "/hours";
    }
}
