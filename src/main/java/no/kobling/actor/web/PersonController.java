package no.kobling.actor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.application.CompetenceCatalogue;
import no.kobling.actor.application.OrganisationService;
import no.kobling.actor.application.PersonFilter;
import no.kobling.actor.application.PersonService;
import no.kobling.actor.application.PersonView;
import no.kobling.actor.domain.Person;
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
@RequestMapping("/people")
class PersonController {

    static final Set<String> SORTS = Set.of("name");
    static final Map<String, String> FIELDS = Map.of(
            "person-name-required", "name",
            "person-role-required", "roles",
            "person-language-unknown", "languages",
            "competence-unknown", "competences",
            "person-organisation-required", "organisationId",
            "person-organisation-not-allowed", "organisationId",
            "organisation-unknown", "organisationId",
            "municipality-unknown", "homeMunicipalityId");

    private final PersonService people;
    private final OrganisationService organisations;
    private final CompetenceCatalogue competences;
    private final MunicipalityOptions municipalities;

    PersonController(PersonService people, OrganisationService organisations, CompetenceCatalogue competences,
            MunicipalityOptions municipalities) {
        this.people = people;
        this.organisations = organisations;
        this.competences = competences;
        this.municipalities = municipalities;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(required = false) String competence, @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort, Model model, HttpServletRequest request) {
        NetworkRole roleFilter = Arrays.stream(NetworkRole.values()).filter(r -> r.name().equals(role)).findFirst()
                .orElse(null);
        String languageFilter = language != null && Person.LANGUAGES.contains(language) ? language : null;
        String competenceFilter = competence == null || competence.isBlank() ? null : competence;
        Page<PersonView> result = people.search(
                new PersonFilter(q, roleFilter, competenceFilter, languageFilter, null),
                Paging.of(page, size, sort, SORTS, "name"));
        model.addAttribute("page", result);
        model.addAttribute("links", ListLinks.of(request, result));
        model.addAttribute("q", q);
        model.addAttribute("role", roleFilter);
        model.addAttribute("competence", competenceFilter);
        model.addAttribute("language", languageFilter);
        model.addAttribute("roles", NetworkRole.values());
        model.addAttribute("competences", competences.all());
        return HtmxRequest.view(request, "actor/people/list", "results");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("details", people.details(id));
        return "actor/people/show";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long organisation, Model model) {
        Long fixed = people.fixedOrganisationForNewPeople();
        PersonForm form = new PersonForm();
        form.setOrganisationId(fixed != null ? fixed : organisation);
        form.setSharedWithPartnerships(true);
        return form(model, form, null, fixed);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Long fixed = people.fixedOrganisationForNewPeople();
        if (fixed != null) {
            form.setOrganisationId(fixed);
        }
        if (result.hasErrors()) {
            return form(model, form, null, fixed);
        }
        try {
            long id = people.create(form.toData(null)).id();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/people/" + id;
        } catch (DomainException | ObjectOptimisticLockingFailureException e) {
            FormSupport.reject(result, model, e, FIELDS);
            return form(model, form, null, fixed);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        PersonView person = people.forEdit(id);
        return form(model, PersonForm.of(person), id, fixedFor(person.organisationId()));
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PersonView current = people.forEdit(id);
        Long fixed = fixedFor(current.organisationId());
        if (fixed != null) {
            form.setOrganisationId(fixed);
        }
        if (result.hasErrors()) {
            return form(model, form, id, fixed);
        }
        try {
            people.update(id, form.getVersion(), form.toData(null));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/people/" + id;
        } catch (DomainException | ObjectOptimisticLockingFailureException e) {
            FormSupport.reject(result, model, e, FIELDS);
            return form(model, form, id, fixed);
        }
    }

    /** Non-administrators keep people in their own organisation: the organisation is not a choice for them. */
    private Long fixedFor(long organisationId) {
        return people.fixedOrganisationForNewPeople() == null ? null : organisationId;
    }

    private String form(Model model, PersonForm form, Long id, Long fixedOrganisation) {
        model.addAttribute("form", form);
        model.addAttribute("personId", id);
        model.addAttribute("fixedOrganisation", fixedOrganisation == null ? null
                : organisations.options().stream().filter(o -> o.id() == fixedOrganisation).findFirst().orElse(null));
        model.addAttribute("organisationOptions", fixedOrganisation == null ? organisations.options() : java.util.List.of());
        model.addAttribute("roles", NetworkRole.values());
        model.addAttribute("competenceOptions", competences.all());
        model.addAttribute("languageCodes", Person.LANGUAGES);
        model.addAttribute("municipalityGroups", municipalities.groups());
        return "actor/people/form";
    }
}
