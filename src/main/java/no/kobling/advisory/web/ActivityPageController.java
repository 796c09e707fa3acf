package no.kobling.advisory.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.kobling.advisory.application.ActivityCommand;
import no.kobling.advisory.application.ActivityKindService;
import no.kobling.advisory.application.ActivityService;
import no.kobling.advisory.application.AdvisoryViews.ActivityView;
import no.kobling.advisory.application.AdvisoryViews.KindView;
import no.kobling.advisory.application.WorkspaceService;
import no.kobling.advisory.domain.Visibility;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.geo.Geography;
import no.kobling.identity.UserZones;
import no.kobling.shared.DomainException;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The advisor's workspace, the quick visit form (phone), the full activity form and an activity's page. */
@Controller
@RequestMapping("/advisory")
class ActivityPageController {

    private final ActivityService activities;
    private final ActivityKindService kinds;
    private final WorkspaceService workspace;
    private final Companies companies;
    private final Geography geography;
    private final Clock clock;
    private final UserZones userZones;

    ActivityPageController(ActivityService activities, ActivityKindService kinds, WorkspaceService workspace,
            Companies companies, Geography geography, Clock clock,
            UserZones userZones) {
        this.activities = activities;
        this.kinds = kinds;
        this.workspace = workspace;
        this.companies = companies;
        this.geography = geography;
        this.clock = clock;
        this.userZones = userZones;
    }

    @GetMapping
    String workspace(@RequestParam(required = false) Long projectId, Model model,
            org.springframework.security.core.Authentication auth) {
        if (auth.getAuthorities().stream().noneMatch(a -> "LOG_ACTIVITIES".equals(a.getAuthority()))) {
            return "redirect:/advisory/pyramid";
        }
        model.addAttribute("followUps", workspace.followUps(false));
        model.addAttribute("myCompanies", workspace.myCompanies(20));
        model.addAttribute("recentOwn", activities.recent(false, 10, projectId));
        model.addAttribute("recentShared", activities.recent(true, 10, projectId));
        model.addAttribute("projectChoices", activities.projectOptions());
        model.addAttribute("projectId", projectId);
        model.addAttribute("hasFeed", workspace.hasCalendarFeed());
        model.addAttribute("today", userZones.today());
        return "advisory/workspace";
    }

    @PostMapping("/calendar-feed")
    String regenerateFeed(RedirectAttributes redirect) {
        String secret = workspace.regenerateCalendarFeed();
        redirect.addFlashAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/public/advisory/calendar/{secret}.ics").buildAndExpand(secret).toUriString());
        return "redirect:/advisory#calendar-heading";
    }

    @PostMapping("/calendar-feed/revoke")
    String revokeFeed(RedirectAttributes redirect) {
        workspace.revokeCalendarFeed();
        redirect.addFlashAttribute("feedRevoked", true);
        return "redirect:/advisory#calendar-heading";
    }

    @GetMapping("/quick")
    String quick(@RequestParam(required = false) Long companyId, Model model) {
        ActivityForm form = defaults(companyId);
        form.setHours(BigDecimal.ONE);
        kinds.list(false).stream().filter(k -> k.code().equals("VISIT")).findFirst()
                .ifPresent(k -> form.setKindId(k.id()));
        model.addAttribute("form", form);
        return quickPage(model, form);
    }

    @PostMapping("/quick")
    String logQuick(@Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Long id = save(null, form, result);
        if (id == null) {
            return quickPage(model, form);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/advisory/activities/" + id;
    }

    @GetMapping("/activities/new")
    String newActivity(@RequestParam(required = false) Long companyId, Model model) {
        ActivityForm form = defaults(companyId);
        form.setHours(BigDecimal.ONE);
        model.addAttribute("form", form);
        return formPage(model, form, null);
    }

    @PostMapping("/activities")
    String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Long id = save(null, form, result);
        if (id == null) {
            return formPage(model, form, null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/advisory/activities/" + id;
    }

    @GetMapping("/activities/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("activity", activities.get(id));
        return "advisory/activity";
    }

    @GetMapping("/activities/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ActivityView a = activities.forEdit(id);
        ActivityForm form = new ActivityForm();
        form.setKindId(a.kindId());
        form.setDate(a.date());
        form.setHours(a.hours());
        form.setMunicipalityId(a.municipalityId());
        form.setServiceId(a.serviceId());
        form.setNotes(a.notes());
        form.setShared(a.visibility() == Visibility.PARTNERSHIP);
        form.setFollowUpDate(a.followUpDate());
        form.setAdvisorUserIds(new ArrayList<>(a.advisors().stream().map(n -> n.id()).toList()));
        form.setCompanyIds(new ArrayList<>(a.companies().stream().map(CompanyRef::id).toList()));
        form.setVersion(a.version());
        form.setProjectId(a.projectId());
        model.addAttribute("form", form);
        return formPage(model, form, a);
    }

    @PostMapping("/activities/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Long saved = save(id, form, result);
        if (saved == null) {
            return formPage(model, form, activities.get(id));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/advisory/activities/" + id;
    }

    @PostMapping("/activities/{id}/follow-up-done")
    String followUpDone(@PathVariable long id, RedirectAttributes redirect) {
        activities.completeFollowUp(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/advisory";
    }

    @PostMapping("/activities/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        activities.delete(id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/advisory";
    }

    private ActivityForm defaults(Long companyId) {
        ActivityForm form = new ActivityForm();
        form.setDate(userZones.today());
        if (companyId != null) {
            CompanyRef company = companies.ref(companyId)
                    .orElseThrow(() -> new no.kobling.shared.NotFoundException("company", companyId));
            form.getCompanyIds().add(company.id());
        }
        return form;
    }

    /** Logs or changes the activity; null when the form has errors (they are on the binding result). */
    private Long save(Long id, ActivityForm form, BindingResult result) {
        Set<Long> companyIds = new LinkedHashSet<>(form.getCompanyIds());
        if (form.getOrgNumber() != null && !form.getOrgNumber().isBlank()) {
            companies.idByOrgNumber(form.getCountry() == null ? "NO" : form.getCountry(), form.getOrgNumber().strip())
                    .ifPresentOrElse(companyIds::add, () -> result.rejectValue("orgNumber",
                            "advisory.error.company-not-found"));
        }
        if (result.hasErrors()) {
            return null;
        }
        ActivityCommand command = new ActivityCommand(form.getKindId(), null, form.getDate(), form.getHours(),
                form.getMunicipalityId(), form.getServiceId(), form.getNotes(),
                form.isShared() ? Visibility.PARTNERSHIP : Visibility.ORGANISATION, form.getFollowUpDate(),
                new HashSet<>(form.getAdvisorUserIds()), companyIds, null, null, form.getProjectId());
        try {
            return id == null ? activities.log(command).id() : activities.update(id, form.getVersion(), command).id();
        } catch (DomainException e) {
            if (e.status() == 409) {
                result.reject(e.messageKey(), e.args(), e.code());
                return null;
            }
            ActivityFormErrors.reject(result, e);
            return null;
        }
    }

    private List<CompanyRef> companyChoices(ActivityForm form) {
        List<CompanyRef> choices = new ArrayList<>(workspace.myCompanies(50));
        Set<Long> known = new HashSet<>(choices.stream().map(CompanyRef::id).toList());
        companies.refs(form.getCompanyIds()).stream().filter(c -> !known.contains(c.id())).forEach(c -> choices.add(0, c));
        return choices;
    }

    private List<KindView> kindChoices(ActivityView current) {
        List<KindView> list = new ArrayList<>(kinds.list(false));
        if (current != null && list.stream().noneMatch(k -> k.id() == current.kindId())) {
            list.add(kinds.get(current.kindId()));
        }
        return list;
    }

    private String quickPage(Model model, ActivityForm form) {
        model.addAttribute("kinds", kindChoices(null));
        model.addAttribute("companyChoices", companyChoices(form));
        model.addAttribute("projectChoices", activities.projectOptions());
        return "advisory/quick";
    }

    private String formPage(Model model, ActivityForm form, ActivityView current) {
        model.addAttribute("activity", current);
        model.addAttribute("kinds", kindChoices(current));
        model.addAttribute("companyChoices", companyChoices(form));
        model.addAttribute("advisorChoices", activities.advisorOptions());
        model.addAttribute("serviceChoices", activities.serviceOptions(null));
        model.addAttribute("municipalities", geography.allMunicipalities(null));
        model.addAttribute("projectChoices", projectChoices(current));
        return "advisory/activity-form";
    }

    /** Projects to tag with; the activity's own project stays a choice even when it can no longer be chosen anew. */
    private List<no.kobling.project.ProjectRef> projectChoices(ActivityView current) {
        List<no.kobling.project.ProjectRef> list = new ArrayList<>(activities.projectOptions());
        if (current != null && current.projectId() != null
                && list.stream().noneMatch(p -> p.id() == current.projectId())) {
            list.add(0, new no.kobling.project.ProjectRef(current.projectId(),
                    current.projectName() == null ? "#" + current.projectId() : current.projectName()));
        }
        return list;
    }
}
