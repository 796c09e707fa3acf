package no.kobling.advisory.catalogue.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.kobling.advisory.catalogue.application.ReferralService;
import no.kobling.advisory.catalogue.application.ServiceCatalogue;
import no.kobling.advisory.catalogue.application.ServiceView;
import no.kobling.advisory.catalogue.application.UsageReport;
import no.kobling.company.Companies;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.HtmxRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Catalogue pages: the list, one service with its referrals, the service form, and usage per municipality. */
@Controller
@RequestMapping("/catalogue")
class CataloguePageController {

    private static final Map<String, String> FIELDS = Map.of("service-name-required", "nameNb",
            "service-area-required", "municipalityIds", "service-municipality-unknown", "municipalityIds",
            "service-partnership-unknown", "partnershipId", "service-capacity-invalid", "capacityPerMonth",
            "service-target-group-unknown", "targetGroups", "service-not-offered-here", "companyId",
            "company-municipality-missing", "companyId", "service-archived", "companyId", "project-not-taggable",
            "projectId");

    private final ServiceCatalogue catalogue;
    private final ReferralService referrals;
    private final UsageReport usage;
    private final CatalogueOptions options;
    private final Companies companies;

    CataloguePageController(ServiceCatalogue catalogue, ReferralService referrals, UsageReport usage,
            CatalogueOptions options, Companies companies) {
        this.catalogue = catalogue;
        this.referrals = referrals;
        this.usage = usage;
        this.options = options;
        this.companies = companies;
    }

    /** The refer form on a service page. */
    public static class ReferralForm {
        @NotNull private Long companyId;
        @Size(max = 2000) private String note;
        private Long projectId;

        public Long getProjectId() { return projectId; }
        public void setProjectId(Long v) { projectId = v; }
        public Long getCompanyId() { return companyId; }
        public void setCompanyId(Long v) { companyId = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** The feedback form of one referral. */
    public static class FeedbackForm {
        @NotNull @Min(1) @Max(5) private Integer score;
        @Size(max = 2000) private String comment;

        public Integer getScore() { return score; }
        public void setScore(Integer v) { score = v; }
        public String getComment() { return comment; }
        public void setComment(String v) { comment = v; }
    }

    @GetMapping
    String list(@RequestParam(required = false) Long municipalityId,
            @RequestParam(defaultValue = "false") boolean archived, Model model, HttpServletRequest request) {
        model.addAttribute("services", catalogue.list(municipalityId, archived));
        model.addAttribute("municipalities", options.municipalities());
        model.addAttribute("municipalityId", municipalityId);
        model.addAttribute("archived", archived);
        model.addAttribute("mayManage", catalogue.mayManage());
        return HtmxRequest.view(request, "catalogue/list", "results");
    }

    @GetMapping("/services/new")
    String newForm(Model model) {
        catalogue.requireManage();
        return form(model, new ServiceForm(), null);
    }

    @PostMapping("/services")
    String create(@Valid @ModelAttribute("form") ServiceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = catalogue.create(form.command()).id();
                redirect.addFlashAttribute("saved", true);
                return "redirect:/catalogue/services/" + id;
            } catch (DomainException e) {
                PageSupport.reject(result, model, e, FIELDS);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/services/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, ServiceForm.of(catalogue.forEdit(id)), id);
    }

    @PostMapping("/services/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ServiceForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                catalogue.update(id, form.getVersion(), form.command());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/catalogue/services/" + id;
            } catch (RuntimeException e) {
                if (!(e instanceof DomainException)
                        && !(e instanceof org.springframework.orm.ObjectOptimisticLockingFailureException)) {
                    throw e;
                }
                PageSupport.reject(result, model, e, FIELDS);
            }
        }
        return form(model, form, id);
    }

    @PostMapping("/services/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        ServiceCatalogue.DeleteOutcome outcome = catalogue.delete(id);
        redirect.addFlashAttribute("deleteOutcome", outcome.name());
        return outcome == ServiceCatalogue.DeleteOutcome.ARCHIVED ? "redirect:/catalogue/services/" + id
                : "redirect:/catalogue";
    }

    @PostMapping("/services/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        catalogue.reactivate(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/catalogue/services/" + id;
    }

    @GetMapping("/services/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Long projectId, Model model) {
        model.addAttribute("projectId", projectId);
        return show(id, model, new ReferralForm());
    }

    @PostMapping("/referrals/{id}/project")
    String tagReferral(@PathVariable long id, @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        long serviceId = referrals.get(id).serviceId();
        try {
            referrals.tagWithProject(id, projectId, version);
            redirect.addFlashAttribute("saved", true);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("referralError", e.messageKey());
            redirect.addFlashAttribute("referralErrorArgs", e.args());
        }
        return "redirect:/catalogue/services/" + serviceId + "#referrals-heading";
    }

    @PostMapping("/services/{id}/referrals")
    String refer(@PathVariable long id, @Valid @ModelAttribute("referralForm") ReferralForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                referrals.refer(id, form.getCompanyId(), form.getNote(), form.getProjectId());
                redirect.addFlashAttribute("referred", true);
                return "redirect:/catalogue/services/" + id + "#referrals-heading";
            } catch (DomainException e) {
                PageSupport.reject(result, model, e, FIELDS);
            }
        }
        return show(id, model, form);
    }

    @PostMapping("/referrals/{id}/{action:accept|decline|deliver}")
    String move(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect,
            @RequestParam(required = false) Long inbox) {
        long serviceId = referrals.get(id).serviceId();
        try {
            referrals.move(id, action);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("referralError", e.messageKey());
            redirect.addFlashAttribute("referralErrorArgs", e.args());
        }
        if (inbox != null) { // answered from the hub inbox: back there
            return "redirect:/catalogue/partnerships/" + inbox + "/inbox";
        }
        return "redirect:/catalogue/services/" + serviceId + "#referrals-heading";
    }

    @PostMapping("/referrals/{id}/feedback")
    String feedback(@PathVariable long id, @Valid @ModelAttribute("feedbackForm") FeedbackForm form,
            BindingResult result, RedirectAttributes redirect) {
        long serviceId = referrals.get(id).serviceId();
        if (result.hasErrors()) {
            redirect.addFlashAttribute("referralError", "catalogue.error.feedback-score");
            redirect.addFlashAttribute("referralErrorArgs", new Object[] {form.getScore() == null ? "–"
                    : form.getScore()});
        } else {
            try {
                referrals.feedback(id, form.getScore(), form.getComment());
            } catch (DomainException e) {
                if (e.status() == 404) {
                    throw e;
                }
                redirect.addFlashAttribute("referralError", e.messageKey());
                redirect.addFlashAttribute("referralErrorArgs", e.args());
            }
        }
        return "redirect:/catalogue/services/" + serviceId + "#referrals-heading";
    }

    @GetMapping("/usage")
    String usage(@RequestParam(required = false) Long partnershipId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("usage", usage.usage(partnershipId, from, to));
        model.addAttribute("partnerships", options.partnerships());
        return "catalogue/usage";
    }

    private String show(long id, Model model, ReferralForm form) {
        ServiceView service = catalogue.get(id);
        model.addAttribute("service", service);
        // referrals name companies and carry notes: not for funders, who see the usage report (aggregates)
        Long projectId = (Long) model.getAttribute("projectId");
        model.addAttribute("referrals", readsRecords() ? referrals.ofService(id).stream()
                .filter(r -> projectId == null || projectId.equals(r.projectId())).toList() : java.util.List.of());
        model.addAttribute("projectChoices", logsActivities() ? referrals.projectOptions() : java.util.List.of());
        model.addAttribute("referralForm", form);
        if (!model.containsAttribute("feedbackForm")) {
            model.addAttribute("feedbackForm", new FeedbackForm());
        }
        Set<Long> places = new HashSet<>(options.areaIds());
        places.retainAll(catalogue.offeredMunicipalityIds(id));
        model.addAttribute("companies", service.status() == no.kobling.advisory.catalogue.domain.ServiceStatus.ACTIVE
                ? options.companies(places) : java.util.List.of());
        return "catalogue/service";
    }

    private String form(Model model, ServiceForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("serviceId", id);
        model.addAttribute("partnerships", options.partnerships());
        model.addAttribute("municipalities", options.municipalities());
        model.addAttribute("targetGroupOptions", companies.targetGroupNames());
        return "catalogue/form";
    }

    private static boolean logsActivities() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "LOG_ACTIVITIES".equals(a.getAuthority()));
    }

    private static boolean readsRecords() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "VIEW_DIRECTORY".equals(a.getAuthority())
                || "LOG_ACTIVITIES".equals(a.getAuthority()));
    }
}
