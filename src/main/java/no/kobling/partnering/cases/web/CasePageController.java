package no.kobling.partnering.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import no.kobling.shared.web.ListLinks;
import org.springframework.data.domain.Page;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.company.Companies;
import no.kobling.partnering.cases.application.CaseCommands.NewCase;
import no.kobling.partnering.cases.application.CaseCommands.NewOutcome;
import no.kobling.partnering.cases.application.CaseDays;
import no.kobling.partnering.cases.application.CaseService;
import no.kobling.partnering.cases.application.CaseViews.CaseCard;
import no.kobling.partnering.cases.domain.Consent;
import no.kobling.partnering.cases.domain.OutcomeKind;
import no.kobling.partnering.cases.domain.Stage;
import no.kobling.partnering.cases.web.CaseForms.ConsentForm;
import no.kobling.partnering.cases.web.CaseForms.EntryForm;
import no.kobling.partnering.cases.web.CaseForms.MeetingForm;
import no.kobling.partnering.cases.web.CaseForms.NewCaseForm;
import no.kobling.partnering.cases.web.CaseForms.OutcomeForm;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.HtmxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The board by stage, the new-case form and the case page with its actions. */
@Controller
@RequestMapping("/cases")
class CasePageController {

    private final CaseService cases;
    private final Companies companies;
    private final Clock clock;
    private final CaseDays days;
    private final no.kobling.partnering.cases.application.CheckInService checkIns;

    CasePageController(CaseService cases, Companies companies, Clock clock, CaseDays days,
            no.kobling.partnering.cases.application.CheckInService checkIns) {
        this.checkIns = checkIns;
        this.cases = cases;
        this.companies = companies;
        this.clock = clock;
        this.days = days;
    }

    @GetMapping
    String board(@RequestParam(required = false) Long partnershipId,
            @RequestParam(defaultValue = "false") boolean closed, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "60") int size, @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) Stage stage, @RequestParam(required = false) Long facilitatorId,
            @RequestParam(defaultValue = "false") boolean overdue, Model model, HttpServletRequest request) {
        Page<CaseCard> result = cases.board(new CaseService.BoardFilter(partnershipId, projectId, closed, stage,
                facilitatorId, overdue), page, size);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("stage", stage);
        CaseService.BoardChoices choices = cases.boardChoices();
        model.addAttribute("facilitators", choices.facilitators());
        model.addAttribute("facilitatorId", facilitatorId);
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("filtered", stage != null || facilitatorId != null || overdue || partnershipId != null
                || projectId != null);
        model.addAttribute("projectChoices", choices.projects());
        model.addAttribute("projectId", projectId);
        List<CaseCard> cards = result.getContent();
        model.addAttribute("links", ListLinks.of(request, result));
        Map<Stage, List<CaseCard>> columns = new LinkedHashMap<>();
        Arrays.stream(Stage.values()).forEach(s -> columns.put(s, new ArrayList<>()));
        cards.forEach(c -> columns.get(c.stage()).add(c));
        model.addAttribute("columns", columns);
        model.addAttribute("checkinsByCase", checkIns.latestByCase(cards.stream().map(CaseCard::id).toList()));
        model.addAttribute("total", result.getTotalElements());
        model.addAttribute("overdue", cards.stream().mapToLong(CaseCard::overdueFollowUps).sum());
        model.addAttribute("partnershipId", partnershipId);
        model.addAttribute("closed", closed);
        model.addAttribute("partnerships", choices.partnerships());
        return HtmxRequest.isHtmx(request) ? "cases/board :: results" : "cases/board";
    }

    @GetMapping("/new")
    String newCase(@RequestParam(required = false) Long companyA, @RequestParam(required = false) Long companyB,
            Model model) {
        NewCaseForm form = new NewCaseForm();
        form.setCompanyA(companyA);
        form.setCompanyB(companyB);
        return form(form, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewCaseForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        if (form.candidateIds() == null) {
            result.rejectValue("candidates", "cases.error.candidates-invalid");
        }
        if (!result.hasErrors()) {
            try {
                long id = cases.create(new NewCase(form.getPartnershipId(), form.getCompanyA(), form.getCompanyB(),
                        form.candidateIds(), form.getFacilitatorA(), form.getFacilitatorB(), form.getProjectId()));
                return "redirect:/cases/" + id;
            } catch (DomainException e) {
                CaseForms.reject(result, e);
            }
        }
        response.setStatus(422);
        return form(form, model);
    }

    private String form(NewCaseForm form, Model model) {
        var options = cases.options();
        if (form.getPartnershipId() == null && options.partnerships().size() == 1) {
            form.setPartnershipId(options.partnerships().get(0).id());
        }
        model.addAttribute("form", form);
        model.addAttribute("options", options);
        model.addAttribute("projectChoices", cases.projectOptions());
        List<Long> ids = new ArrayList<>();
        if (form.getCompanyA() != null) {
            ids.add(form.getCompanyA());
        }
        if (form.getCompanyB() != null) {
            ids.add(form.getCompanyB());
        }
        model.addAttribute("companies", ids.isEmpty() ? List.of() : companies.refs(ids));
        return "cases/new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var detail = cases.get(id);
        model.addAttribute("c", detail);
        model.addAttribute("checkins", checkIns.forCase(id));
        if (detail.mayChange()) {
            // the case's own project stays a choice even when it can no longer be chosen anew
            List<no.kobling.project.ProjectRef> projects = new ArrayList<>(cases.projectOptions());
            Long current = detail.card().projectId();
            if (current != null && projects.stream().noneMatch(p -> p.id() == current)) {
                projects.add(0, new no.kobling.project.ProjectRef(current, detail.card().projectName() == null
                        ? "#" + current : detail.card().projectName()));
            }
            model.addAttribute("projectChoices", projects);
        } else {
            model.addAttribute("projectChoices", List.of());
        }
        model.addAttribute("stages", Stage.values());
        model.addAttribute("stageChoices", CasePageGuide.StageChoices.of(detail.card().stage()));
        model.addAttribute("summary", CasePageGuide.summary(detail));
        model.addAttribute("actions", CasePageGuide.actions(detail,
                !((List<?>) model.getAttribute("projectChoices")).isEmpty()));
        model.addAttribute("foldOpen", model.containsAttribute("actionError")
                || model.containsAttribute("formRejected"));
        model.addAttribute("outcomeKinds", OutcomeKind.values());
        model.addAttribute("today", days.viewerToday());
        if (!model.containsAttribute("consentForm")) {
            model.addAttribute("consentForm", new ConsentForm());
        }
        if (!model.containsAttribute("outcomeForm")) {
            model.addAttribute("outcomeForm", new OutcomeForm());
        }
        if (!model.containsAttribute("entryForm")) {
            model.addAttribute("entryForm", new EntryForm());
        }
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", new MeetingForm());
        }
        return "cases/show";
    }

    @PostMapping("/{id}/consent")
    String consent(@PathVariable long id, @Valid @ModelAttribute("consentForm") ConsentForm form,
            BindingResult result, Model model, HttpServletResponse response) {
        return act(id, result, model, response, () -> cases.recordConsent(id, form.getSide(),
                new Consent(form.getGivenBy(), form.getGivenOn(), form.getHow()), null));
    }

    @PostMapping("/{id}/entries")
    String entry(@PathVariable long id, @Valid @ModelAttribute("entryForm") EntryForm form, BindingResult result,
            Model model, HttpServletResponse response) {
        return act(id, result, model, response, () -> cases.addEntry(id, form.getKind(), form.getBody()));
    }

    @PostMapping("/{id}/meetings")
    String meeting(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult result, Model model, HttpServletResponse response) {
        return act(id, result, model, response, () -> cases.recordMeetingOn(id, form.getHeldOn()));
    }

    @PostMapping("/{id}/outcomes")
    String outcome(@PathVariable long id, @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult result, Model model, HttpServletResponse response) {
        return act(id, result, model, response, () -> cases.recordOutcome(id, new NewOutcome(form.getKind(),
                form.getOccurredOn(), form.getAmount(), form.getCurrency(), form.getReason(), form.getNote())));
    }

    /**
     * A move forward, or with {@code back=true} a move back: a backward stage never arrives by a default, so a post
     * that goes backwards without saying so is refused (409 {@code cases-stage-back-unconfirmed}).
     */
    @PostMapping("/{id}/stage")
    String stage(@PathVariable long id, @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) Long version, @RequestParam(defaultValue = "false") boolean back,
            Model model, HttpServletResponse response) {
        return simple(id, back ? "back" : "stage", model, response, () -> {
            if (!back && stage != null && stage.compareTo(cases.get(id).card().stage()) < 0) {
                throw DomainException.conflict("cases-stage-back-unconfirmed", "clarity.case.stage.back-unconfirmed");
            }
            cases.move(id, stage, version);
        });
    }

    @PostMapping("/{id}/partner")
    String partner(@PathVariable long id, @RequestParam long companyId, Model model, HttpServletResponse response) {
        return simple(id, "partner", model, response, () -> cases.choosePartner(id, companyId, null));
    }

    @PostMapping("/{id}/follow-ups/{followUpId}/done")
    String followUpDone(@PathVariable long id, @PathVariable long followUpId,
            @RequestParam(required = false) String note, Model model, HttpServletResponse response) {
        return simple(id, "follow-up", model, response, () -> cases.completeFollowUp(id, followUpId, note));
    }

    @PostMapping("/{id}/project")
    String project(@PathVariable long id, @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) Long version, Model model, HttpServletResponse response) {
        return simple(id, "project", model, response, () -> cases.tagWithProject(id, projectId, version));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
            HttpServletResponse response) {
        return simple(id, "close", model, response, () -> cases.close(id, version));
    }

    private String act(long id, BindingResult result, Model model, HttpServletResponse response, Runnable action) {
        if (!result.hasErrors()) {
            try {
                action.run();
                return "redirect:/cases/" + id;
            } catch (DomainException e) {
                if (e.status() == 404) {
                    throw e;
                }
                CaseForms.reject(result, e);
            }
        }
        response.setStatus(422);
        model.addAttribute("formRejected", true);
        return show(id, model);
    }

    private String simple(long id, String where, Model model, HttpServletResponse response, Runnable action) {
        try {
            action.run();
            return "redirect:/cases/" + id;
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            response.setStatus(e.status());
            model.addAttribute("actionError", e);
            model.addAttribute("actionErrorAt", where);
            return show(id, model);
        }
    }
}
