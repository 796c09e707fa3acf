package no.kobling.advisory.web;

import java.util.ArrayList;
import java.util.List;
import no.kobling.advisory.application.ActivityService;
import no.kobling.advisory.application.AdvisoryViews.Named;
import no.kobling.advisory.application.FunnelService;
import no.kobling.advisory.application.NeedService;
import no.kobling.advisory.domain.FunnelLevel;
import no.kobling.advisory.domain.NeedPriority;
import no.kobling.advisory.domain.NeedStatus;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A company's advisory page: its level in my partnerships' funnels, its activities and its needs assessment. */
@Controller
@RequestMapping("/advisory")
class CompanyAdvisoryController {

    private final ActivityService activities;
    private final NeedService needs;
    private final FunnelService funnel;
    private final Companies companies;

    CompanyAdvisoryController(ActivityService activities, NeedService needs, FunnelService funnel,
            Companies companies) {
        this.activities = activities;
        this.needs = needs;
        this.funnel = funnel;
        this.companies = companies;
    }

    record PartnershipLevel(Named partnership, FunnelLevel level) {
    }

    @GetMapping("/companies/{id}")
    String company(@PathVariable long id, Model model) {
        CompanyRef company = companies.ref(id).orElseThrow(() -> new NotFoundException("company", id));
        model.addAttribute("company", company);
        model.addAttribute("activities", activities.ofCompany(id));
        model.addAttribute("needs", needs.ofCompany(id));
        model.addAttribute("needTypes", needs.types());
        model.addAttribute("priorities", NeedPriority.values());
        model.addAttribute("statuses", NeedStatus.values());
        List<PartnershipLevel> levels = new ArrayList<>();
        for (Named p : funnel.partnerships()) {
            levels.add(new PartnershipLevel(p, funnel.levelIn(p.id(), id)));
        }
        model.addAttribute("levels", levels);
        return "advisory/company";
    }

    @PostMapping("/companies/{id}/needs")
    String assess(@PathVariable long id, @RequestParam(defaultValue = "") String typeCode,
            @RequestParam(required = false) NeedPriority priority, @RequestParam(required = false) NeedStatus status,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            needs.assess(id, typeCode, priority, status, note, null, null);
            redirect.addFlashAttribute("needSaved", true);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("needError", e.messageKey());
        }
        return "redirect:/advisory/companies/" + id + "#needs-heading";
    }

    @PostMapping("/needs/{needId}/activities")
    String link(@PathVariable long needId, @RequestParam long companyId, @RequestParam long activityId,
            RedirectAttributes redirect) {
        try {
            needs.link(needId, activityId);
            redirect.addFlashAttribute("needSaved", true);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("needError", e.messageKey());
        }
        return "redirect:/advisory/companies/" + companyId + "#needs-heading";
    }
}
