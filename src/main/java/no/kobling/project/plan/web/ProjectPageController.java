package no.kobling.project.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import no.kobling.project.plan.application.PhaseService;
import no.kobling.project.plan.application.PhaseService.DeliverableData;
import no.kobling.project.plan.application.PhaseService.GateData;
import no.kobling.project.plan.application.ProjectQueries;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.application.ProjectViews;
import no.kobling.project.plan.application.ProjectViews.ProjectDetail;
import no.kobling.project.plan.domain.DeliverableStatus;
import no.kobling.project.plan.domain.GateDecision;
import no.kobling.project.plan.web.ProjectForms.DeliverableForm;
import no.kobling.project.plan.web.ProjectForms.GateForm;
import no.kobling.project.plan.web.ProjectForms.PhaseForm;
import no.kobling.project.plan.web.ProjectForms.ProjectForm;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.FormErrors;
import no.kobling.shared.web.ListLinks;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The project list, the new and edit forms, and the project page with its phase, gate and deliverable actions. */
@Controller
@RequestMapping("/projects")
class ProjectPageController {

    private final ProjectService projects;
    private final ProjectQueries queries;
    private final PhaseService phases;

    ProjectPageController(ProjectService projects, ProjectQueries queries, PhaseService phases) {
        this.projects = projects;
        this.queries = queries;
        this.phases = phases;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long partnershipId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Model model, HttpServletRequest request) {
        var result = queries.list(partnershipId, page, size);
        model.addAttribute("projects", result.getContent());
        model.addAttribute("links", ListLinks.of(request, result));
        return "projects/list";
    }

    @GetMapping("/new")
    String newProject(@RequestParam(required = false) Long partnershipId, Model model) {
        ProjectForm form = new ProjectForm();
        form.setPartnershipId(partnershipId);
        return form(form, model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") ProjectForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                return "redirect:/projects/" + projects.create(form.data()).getId();
            } catch (DomainException e) {
                if (e.status() == 404) {
                    throw e;
                }
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(422);
        return form(form, model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ProjectDetail detail = queries.detail(id);
        if (!detail.editable()) {
            throw new org.springframework.security.access.AccessDeniedException("not editable");
        }
        return form(ProjectForm.of(detail), model, detail);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProjectForm form, BindingResult result,
            Model model, HttpServletResponse response) {
        ProjectDetail detail = queries.detail(id);
        form.setPartnershipId(detail.partnershipId());
        try {
            projects.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.data());
            return "redirect:/projects/" + id;
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            if (e.status() == 409) {
                model.addAttribute("stale", true);
            }
            FormErrors.reject(result, e);
        }
        response.setStatus(422);
        return form(form, model, detail);
    }

    private String form(ProjectForm form, Model model, ProjectDetail existing) {
        var options = queries.formOptions(form.getPartnershipId());
        if (form.getPartnershipId() == null) {
            form.setPartnershipId(options.partnershipId());
        }
        if (form.getStartDate() == null && existing == null) {
            form.setStartDate(queries.today());
        }
        model.addAttribute("form", form);
        model.addAttribute("options", options);
        model.addAttribute("project", existing);
        return "projects/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ProjectDetail detail = queries.detail(id);
        model.addAttribute("p", detail);
        model.addAttribute("statuses", DeliverableStatus.values());
        model.addAttribute("decisions", GateDecision.values());
        // the start form is offered on the next phase only (the first that is still planned)
        model.addAttribute("nextPhaseId", detail.phases().stream()
                .filter(ph -> ph.status() == no.kobling.project.plan.domain.PhaseStatus.PLANNED)
                .map(ProjectViews.PhaseView::id).findFirst().orElse(-1L));
        model.addAttribute("partyChoices", detail.editable() ? partyChoices(detail) : java.util.List.of());
        model.addAttribute("partyUsers", detail.editable() ? queries.partyUsers(id) : java.util.List.of());
        return "projects/show";
    }

    private java.util.List<ProjectQueries.Choice> partyChoices(ProjectDetail d) {
        java.util.List<ProjectQueries.Choice> list = new java.util.ArrayList<>();
        list.add(new ProjectQueries.Choice(d.ownerOrganisationId(), d.ownerName()));
        d.parties().stream().filter(x -> !x.archived())
                .forEach(x -> list.add(new ProjectQueries.Choice(x.organisationId(), x.name())));
        return list;
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, Model model, HttpServletResponse response) {
        return act(id, null, model, response, () -> projects.submit(id));
    }

    @PostMapping("/{id}/phases/{phaseId}")
    String updatePhase(@PathVariable long id, @PathVariable long phaseId, PhaseForm form, Model model,
            HttpServletResponse response) {
        return act(id, "phase-" + phaseId, model, response, () -> phases.updatePhase(id, phaseId,
                form.version() == null ? -1 : form.version(), form.goals(), form.plannedStart(), form.plannedEnd()));
    }

    @PostMapping("/{id}/phases/{phaseId}/start")
    String start(@PathVariable long id, @PathVariable long phaseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
            Model model, HttpServletResponse response) {
        return act(id, "phase-" + phaseId, model, response, () -> phases.startPhase(id, phaseId, startedOn));
    }

    @PostMapping("/{id}/phases/{phaseId}/gates")
    String decide(@PathVariable long id, @PathVariable long phaseId, GateForm form,
            @RequestParam(required = false) MultipartFile minutes, Model model, HttpServletResponse response) {
        return act(id, "phase-" + phaseId, model, response, () -> phases.decide(id, phaseId,
                new GateData(form.decisionBody(), form.decidedOn(), form.decision(), form.notes()),
                Uploads.of(minutes)));
    }

    @PostMapping("/{id}/phases/{phaseId}/deliverables")
    String addDeliverable(@PathVariable long id, @PathVariable long phaseId, DeliverableForm form, Model model,
            HttpServletResponse response) {
        return act(id, "phase-" + phaseId, model, response, () -> phases.addDeliverable(id, phaseId,
                new DeliverableData(form.name(), form.ownerOrganisationId(), form.ownerUserId(), form.dueDate(),
                        form.status())));
    }

    @PostMapping("/{id}/deliverables/{deliverableId}")
    String updateDeliverable(@PathVariable long id, @PathVariable long deliverableId, DeliverableForm form,
            @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) {
        return act(id, "deliverable-" + deliverableId, model, response, () -> {
            phases.updateDeliverable(id, deliverableId, form.version() == null ? -1 : form.version(),
                    new DeliverableData(form.name(), form.ownerOrganisationId(), form.ownerUserId(), form.dueDate(),
                            form.status()));
            var upload = Uploads.of(file);
            if (upload != null) {
                phases.attachFile(id, deliverableId, upload);
            }
        });
    }

    @PostMapping("/{id}/parties/{organisationId}/remove")
    String removeParty(@PathVariable long id, @PathVariable long organisationId, Model model,
            HttpServletResponse response) {
        return act(id, "parties", model, response, () -> projects.removeParty(id, organisationId));
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        return Uploads.download(phases.document(id, documentId));
    }

    private String act(long id, String where, Model model, HttpServletResponse response, Runnable action) {
        try {
            action.run();
            return "redirect:/projects/" + id + (where == null ? "" : "#" + where);
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
