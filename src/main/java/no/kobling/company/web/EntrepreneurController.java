package no.kobling.company.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Set;
import no.kobling.company.application.CompanyService;
import no.kobling.company.application.DuplicateFinder;
import no.kobling.company.application.EntrepreneurService;
import no.kobling.company.application.TargetGroupCatalogue;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.company.application.Views.EntrepreneurView;
import no.kobling.company.search.CompanySearch;
import no.kobling.geo.Geography;
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
@RequestMapping("/entrepreneurs")
class EntrepreneurController {

    private final EntrepreneurService entrepreneurs;
    private final CompanyService companies;
    private final DuplicateFinder duplicates;
    private final TargetGroupCatalogue targetGroups;
    private final Geography geography;
    private final CompanySearch search;

    EntrepreneurController(EntrepreneurService entrepreneurs, CompanyService companies, DuplicateFinder duplicates,
            TargetGroupCatalogue targetGroups, Geography geography, CompanySearch search) {
        this.search = search;
        this.entrepreneurs = entrepreneurs;
        this.companies = companies;
        this.duplicates = duplicates;
        this.targetGroups = targetGroups;
        this.geography = geography;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort, Model model, HttpServletRequest request) {
        Page<EntrepreneurView> result = entrepreneurs.search(q, Paging.of(page, 20, sort, Set.of("name"), "name"));
        model.addAttribute("page", result);
        model.addAttribute("links", ListLinks.of(request, result));
        model.addAttribute("q", q);
        return HtmxRequest.view(request, "company/entrepreneurs/list", "results");
    }

    /** Company choices for the link form (htmx autocomplete). */
    @GetMapping("/company-options")
    String companyOptions(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("suggestions", search.suggest(q, 8));
        return "company/entrepreneurs/company-options :: options";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        EntrepreneurView e = entrepreneurs.get(id);
        model.addAttribute("entrepreneur", e);
        model.addAttribute("duplicates", duplicates.forEntrepreneur(id, e.name(), e.municipalityId()));
        return "company/entrepreneurs/show";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        companies.requireManage();
        return form(model, new EntrepreneurForm(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") EntrepreneurForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try { // consent: refused by the entrepreneur's constructor (consent-required), shown next to the box
            long id = entrepreneurs.create(form.toCommand()).id();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/entrepreneurs/" + id;
        } catch (DomainException e) {
            CompanyFormSupport.reject(result, model, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, EntrepreneurForm.of(entrepreneurs.forEdit(id)), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EntrepreneurForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        entrepreneurs.forEdit(id);
        if (result.hasErrors()) {
            return form(model, form, id);
        }
        try {
            entrepreneurs.update(id, form.getVersion(), form.toCommand());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/entrepreneurs/" + id;
        } catch (DomainException | ObjectOptimisticLockingFailureException e) {
            CompanyFormSupport.reject(result, model, e);
            return form(model, form, id);
        }
    }

    /** Links to a company chosen by autocomplete (its id) or by country and organisation number. */
    @PostMapping("/{id}/company")
    String link(@PathVariable long id, @RequestParam(required = false) String companyId,
            @RequestParam(required = false) String country, @RequestParam(required = false) String orgNumber,
            Model model, RedirectAttributes redirect) {
        Long target = companyId != null && companyId.strip().matches("\\d{1,18}") ? Long.valueOf(companyId.strip())
                : companies.byOrgNumber(country, orgNumber).map(CompanyView::id).orElse(null);
        if (target == null) {
            model.addAttribute("linkError", true);
            return show(id, model);
        }
        entrepreneurs.linkCompany(id, target);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/entrepreneurs/" + id;
    }

    private String form(Model model, EntrepreneurForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("entrepreneurId", id);
        model.addAttribute("targetGroupOptions", targetGroups.all());
        model.addAttribute("municipalities", geography.allMunicipalities(null));
        return "company/entrepreneurs/form";
    }
}
