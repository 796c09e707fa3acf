package no.kobling.actor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.MemberRole;
import no.kobling.actor.application.OrganisationService;
import no.kobling.actor.application.PartnershipService;
import no.kobling.actor.application.PartnershipSummary;
import no.kobling.geo.MunicipalityRef;
import no.kobling.shared.DomainException;
import no.kobling.shared.Paging;
import no.kobling.shared.web.HtmxRequest;
import no.kobling.shared.web.ListLinks;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

@Controller
@RequestMapping("/partnerships")
class PartnershipController {

    static final Set<String> SORTS = Set.of("name", "startDate", "endDate");
    static final Map<String, String> FIELDS = Map.of(
            "partnership-name-required", "name",
            "partnership-start-required", "startDate",
            "partnership-period-invalid", "endDate",
            "municipality-unknown", "municipalityIds",
            "organisation-unknown", "members",
            "member-role-required", "members",
            "partnership-editor-role-lost", "members",
            "time-zone-unknown", "timeZone");

    private final PartnershipService partnerships;
    private final OrganisationService organisations;
    private final MunicipalityOptions municipalities;

    PartnershipController(PartnershipService partnerships, OrganisationService organisations,
            MunicipalityOptions municipalities) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.municipalities = municipalities;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort, Model model,
            HttpServletRequest request) {
        Page<PartnershipSummary> result = partnerships.search(q, Paging.of(page, size, sort, SORTS, "name"));
        model.addAttribute("page", result);
        model.addAttribute("links", ListLinks.of(request, result));
        model.addAttribute("q", q);
        return HtmxRequest.view(request, "actor/partnerships/list", "results");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("details", partnerships.details(id));
        return "actor/partnerships/show";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        partnerships.requireMayCreate();
        return form(model, new PartnershipForm(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PartnershipForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            partnerships.requireMayCreate();
            return form(model, form, null);
        }
        try {
            long id = partnerships.create(form.toData()).id();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/partnerships/" + id;
        } catch (DomainException | ObjectOptimisticLockingFailureException e) {
            FormSupport.reject(result, model, e, FIELDS);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, PartnershipForm.of(partnerships.forEdit(id)), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PartnershipForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            partnerships.forEdit(id);
            return form(model, form, id);
        }
        try {
            partnerships.update(id, form.getVersion(), form.toData());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/partnerships/" + id;
        } catch (DomainException | ObjectOptimisticLockingFailureException e) {
            FormSupport.reject(result, model, e, FIELDS);
            return form(model, form, id);
        }
    }

    private String form(Model model, PartnershipForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("partnershipId", id);
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("organisationOptions", organisations.options());
        List<MunicipalityOptions.Group> groups = municipalities.groups();
        model.addAttribute("municipalityGroups", groups);
        model.addAttribute("chosenMunicipalities", groups.stream().flatMap(g -> g.municipalities().stream())
                .filter(m -> form.getMunicipalityIds().contains(m.id())).map(MunicipalityRef::name).toList());
        return "actor/partnerships/form";
    }
}
