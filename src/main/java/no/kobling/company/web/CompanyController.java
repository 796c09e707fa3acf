package no.kobling.company.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.kobling.company.application.RepresentativeLinks;
import no.kobling.company.application.CompanyExistsException;
import no.kobling.company.application.CompanyService;
import no.kobling.company.application.DuplicateFinder;
import no.kobling.company.application.TargetGroupCatalogue;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.company.domain.SizeBand;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.company.search.CompanySearchResult;
import no.kobling.geo.Geography;
import no.kobling.shared.DomainException;
import no.kobling.shared.Paging;
import no.kobling.shared.web.HtmxRequest;
import no.kobling.shared.web.ListLinks;
import org.springframework.data.domain.PageRequest;
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
@RequestMapping("/companies")
class CompanyController {

    private final CompanyService companies;
    private final CompanySearch search;
    private final DuplicateFinder duplicates;
    private final TargetGroupCatalogue targetGroups;
    private final Geography geography;
    private final CompanyFilters filters;
    private final RepresentativeLinks representatives;

    CompanyController(CompanyService companies, CompanySearch search, DuplicateFinder duplicates,
            TargetGroupCatalogue targetGroups, Geography geography, CompanyFilters filters,
            RepresentativeLinks representatives) {
        this.filters = filters;
        this.representatives = representatives;
        this.companies = companies;
        this.search = search;
        this.duplicates = duplicates;
        this.targetGroups = targetGroups;
        this.geography = geography;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long regionId, @RequestParam(required = false) Long municipalityId,
            @RequestParam(required = false) Long partnershipId, @RequestParam(required = false) List<String> nace,
            @RequestParam(required = false) String sizeBand, @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort, Model model, HttpServletRequest request, Locale locale) {
        CompanyFilters.Chosen chosen = filters.chosen(q, country, regionId, municipalityId, partnershipId, nace,
                sizeBand, targetGroup, status, sort, locale);
        String defaultSort = chosen.defaultSort();
        String sortKey = chosen.sortKey();
        CompanyFilters.Municipalities places = chosen.places();
        CompanyFilters.Nace industry = chosen.industry();
        CompanyQuery query = chosen.query();
        CompanySearchResult result = search.search(query, Paging.of(page, 20, sortKey, CompanyApiController.SORTS,
                defaultSort));
        model.addAttribute("result", result);
        model.addAttribute("page", result.page());
        model.addAttribute("links", ListLinks.of(request, result.page()));
        model.addAttribute("query", query);
        model.addAttribute("sort", sortKey);
        model.addAttribute("partnerships", filters.partnerships());
        model.addAttribute("places", places);
        model.addAttribute("industry", industry);
        return HtmxRequest.isHtmx(request) ? "company/list-htmx" : "company/list";
    }

    /** Autocomplete for the search box (htmx): a short list of links. */
    @GetMapping("/suggest")
    String suggest(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("suggestions", search.suggest(q, 8));
        return "company/suggest :: suggestions";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CompanyView company = companies.get(id);
        if (company.mergedIntoId() != null) {
            return "redirect:/companies/" + company.mergedIntoId();
        }
        model.addAttribute("company", company);
        model.addAttribute("duplicates", duplicates.forCompany(id));
        model.addAttribute("history", companies.history(id, PageRequest.of(0, 50)).getContent());
        model.addAttribute("representatives", representatives.list(id));
        model.addAttribute("mayLinkRepresentatives", representatives.mayManage(id));
        model.addAttribute("rights", companies.rights(id));
        model.addAttribute("figureForm", new FigureForm());
        return "company/show";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        companies.requireManage();
        return form(model, new CompanyForm(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CompanyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            long id = companies.create(form.toCommand(null)).id();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/companies/" + id;
        } catch (CompanyExistsException e) {
            model.addAttribute("existingId", e.existingId());
            CompanyFormSupport.reject(result, model, e);
            return form(model, form, null);
        } catch (DomainException | ObjectOptimisticLockingFailureException e) {
            CompanyFormSupport.reject(result, model, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, CompanyForm.of(companies.forEdit(id)), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CompanyForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        CompanyView current = companies.forEdit(id);
        form.setCountry(current.countryCode());
        form.setOrgNumber(current.orgNumber());
        if (!companies.rights(id).registerFields()) {
            // the page shows these read-only (disabled inputs are not sent): they stay as they are
            form.keepRegisterFields(current);
        }
        if (result.hasErrors()) {
            return form(model, form, id);
        }
        try {
            companies.update(id, form.getVersion(), form.toCommand(current));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/companies/" + id;
        } catch (DomainException | ObjectOptimisticLockingFailureException e) {
            CompanyFormSupport.reject(result, model, e);
            return form(model, form, id);
        }
    }

    @PostMapping("/{id}/figures")
    String figure(@PathVariable long id, @Valid @ModelAttribute("figureForm") FigureForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                companies.recordFigure(id, form.getYear(), form.getRevenue(), form.getCurrency(), form.getEmployees(),
                        null);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/companies/" + id;
            } catch (DomainException e) {
                CompanyFormSupport.reject(result, model, e);
            }
        }
        CompanyView company = companies.get(id);
        model.addAttribute("company", company);
        model.addAttribute("duplicates", duplicates.forCompany(id));
        model.addAttribute("history", companies.history(id, PageRequest.of(0, 50)).getContent());
        model.addAttribute("representatives", representatives.list(id));
        model.addAttribute("mayLinkRepresentatives", representatives.mayManage(id));
        model.addAttribute("rights", companies.rights(id));
        return "company/show";
    }

    @GetMapping("/{id}/merge")
    String mergeForm(@PathVariable long id, Model model) {
        companies.requireMerge(id);
        model.addAttribute("company", companies.get(id));
        model.addAttribute("duplicates", duplicates.forCompany(id).stream()
                .filter(d -> "COMPANY".equals(d.kind())).toList());
        return "company/merge";
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) Long duplicateId,
            @RequestParam(required = false) String otherId, Model model, RedirectAttributes redirect) {
        if (duplicateId == null && otherId != null && otherId.strip().matches("\\d{1,18}")) {
            duplicateId = Long.valueOf(otherId.strip());
        }
        try {
            if (duplicateId == null) {
                throw DomainException.rule("merge-duplicate-required", "company.error.merge-duplicate-required");
            }
            var merged = companies.merge(id, duplicateId);
            redirect.addFlashAttribute("merged", merged);
            return "redirect:/companies/" + id;
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            if (e instanceof no.kobling.shared.NotFoundException) {
                companies.get(id);
                model.addAttribute("mergeError", "company.error.merge-duplicate-required");
            } else {
                model.addAttribute("mergeError", e.messageKey());
            }
            return mergeForm(id, model);
        }
    }

    private String form(Model model, CompanyForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("companyId", id);
        model.addAttribute("statuses", CompanyStatus.values());
        model.addAttribute("targetGroupOptions", targetGroups.all());
        model.addAttribute("municipalities", geography.allMunicipalities(null));
        model.addAttribute("registerLocked", id != null && !companies.rights(id).registerFields());
        return "company/form";
    }

    /** The yearly-figure form on the company page. */
    public static class FigureForm {
        @jakarta.validation.constraints.NotNull
        @jakarta.validation.constraints.Min(1900)
        @jakarta.validation.constraints.Max(2100)
        private Integer year;
        @jakarta.validation.constraints.PositiveOrZero
        private BigDecimal revenue;
        private String currency = "NOK";
        @jakarta.validation.constraints.PositiveOrZero
        private Integer employees;

        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public BigDecimal getRevenue() { return revenue; }
        public void setRevenue(BigDecimal revenue) { this.revenue = revenue; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
        public Integer getEmployees() { return employees; }
        public void setEmployees(Integer employees) { this.employees = employees; }
        public List<String> getCurrencies() { return List.of("NOK", "SEK", "EUR"); }
    }
}
