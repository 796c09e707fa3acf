package no.kobling.actor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.application.OrganisationFilter;
import no.kobling.actor.application.OrganisationService;
import no.kobling.actor.application.OrganisationView;
import no.kobling.actor.domain.Countries;
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
@RequestMapping("/organisations")
class OrganisationController {

    static final Set<String> SORTS = Set.of("name", "kind", "countryCode");
    static final Map<String, String> FIELDS = Map.of(
            "organisation-name-required", "name",
            "organisation-name-taken", "name",
            "organisation-kind-required", "kind",
            "country-unknown", "countryCode",
            "municipality-unknown", "homeMunicipalityId",
            "municipality-country-mismatch", "homeMunicipalityId",
            "time-zone-unknown", "timeZone");

    private final OrganisationService organisations;
    private final MunicipalityOptions municipalities;

    OrganisationController(OrganisationService organisations, MunicipalityOptions municipalities) {
        this.organisations = organisations;
        this.municipalities = municipalities;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String country, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort, Model model,
            HttpServletRequest request) {
        OrganisationKind kindFilter = parseKind(kind);
        String countryFilter = country != null && Countries.CODES.contains(country) ? country : null;
        Page<OrganisationView> result = organisations.search(new OrganisationFilter(q, kindFilter, countryFilter),
                Paging.of(page, size, sort, SORTS, "name"));
        model.addAttribute("page", result);
        model.addAttribute("links", ListLinks.of(request, result));
        model.addAttribute("q", q);
        model.addAttribute("kind", kindFilter);
        model.addAttribute("country", countryFilter);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("countries", Countries.CODES);
        return HtmxRequest.view(request, "actor/organisations/list", "results");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("details", organisations.details(id));
        return "actor/organisations/show";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        organisations.requireMayCreate();
        return form(model, new OrganisationForm(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            organisations.requireMayCreate();
            return form(model, form, null);
        }
        try {
            long id = organisations.create(form.toData()).id();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisations/" + id;
        } catch (DomainException | ObjectOptimisticLockingFailureException e) {
            FormSupport.reject(result, model, e, FIELDS);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, OrganisationForm.of(organisations.forEdit(id)), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            organisations.forEdit(id);
            return form(model, form, id);
        }
        try {
            organisations.update(id, form.getVersion(), form.toData());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisations/" + id;
        } catch (DomainException | ObjectOptimisticLockingFailureException e) {
            FormSupport.reject(result, model, e, FIELDS);
            return form(model, form, id);
        }
    }

    private String form(Model model, OrganisationForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("organisationId", id);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("countries", Countries.CODES);
        model.addAttribute("municipalityGroups", municipalities.groups());
        return "actor/organisations/form";
    }

    static OrganisationKind parseKind(String kind) {
        List<String> names = Arrays.stream(OrganisationKind.values()).map(Enum::name).toList();
        return kind != null && names.contains(kind) ? OrganisationKind.valueOf(kind) : null;
    }
}
