package no.kobling.event.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import no.kobling.actor.Actors;
import no.kobling.event.application.EventService;
import no.kobling.event.application.ParticipantService;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Participant;
import no.kobling.identity.OrganisationDirectory;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.Paging;
import no.kobling.shared.web.FormErrors;
import no.kobling.shared.web.ListLinks;
import org.springframework.data.domain.Page;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Event pages: list, form, the event page (sessions, tables, registration, participants for organisers). */
@Controller
@RequestMapping("/events")
class EventController {

    private final EventService events;
    private final ParticipantService participants;
    private final OrganisationDirectory organisations;
    private final Actors actors;

    EventController(EventService events, ParticipantService participants, OrganisationDirectory organisations,
            Actors actors) {
        this.events = events;
        this.participants = participants;
        this.organisations = organisations;
        this.actors = actors;
    }

    static String lang() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    /** The events the caller may see, a page at a time (newest first). */
    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Long projectId, Model model,
            HttpServletRequest request) {
        Page<Event> result = events.visibleEvents(Paging.of(page, size, sort, EventService.SORTS, "-createdAt"),
                projectId);
        model.addAttribute("page", result);
        model.addAttribute("projectNames", events.projectNames(result.getContent()));
        model.addAttribute("dates", EventDates.spans(events.days(result.getContent()),
                LocaleContextHolder.getLocale()));
        model.addAttribute("projectChoices", events.projectOptions());
        model.addAttribute("projectId", projectId);
        model.addAttribute("links", ListLinks.of(request, result));
        model.addAttribute("lang", lang());
        return "event/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        events.requireManage();
        return form(model, new EventForm(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            return "redirect:/events/" + events.create(form.toCommand()).getId();
        } catch (DomainException e) {
            reject(result, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, EventForm.of(events.organised(id)), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EventForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        events.organised(id);
        if (result.hasErrors()) {
            return form(model, form, id);
        }
        try {
            events.update(id, form.getVersion(), form.toCommand());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/events/" + id;
        } catch (DomainException e) {
            reject(result, e);
            return form(model, form, id);
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.concurrent-modification", new Object[] {"", ""}, "concurrent-modification");
            model.addAttribute("stale", true);
            return form(model, form, id);
        }
    }

    private static void reject(BindingResult result, DomainException e) {
        switch (e.code()) {
            case "event-title-required" -> FormErrors.reject(result, "titles", e);
            case "event-place-required" -> FormErrors.reject(result, "place", e);
            case "event-invalid-time-zone" -> FormErrors.reject(result, "timeZone", e);
            case "project-not-taggable" -> FormErrors.reject(result, "projectId", e);
            default -> FormErrors.reject(result, e);
        }
    }

    private String form(Model model, EventForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("eventId", id);
        model.addAttribute("languages", Event.LANGUAGES);
        model.addAttribute("modes", Event.Mode.values());
        model.addAttribute("organisations", organisations.all().stream()
                .sorted(Comparator.comparing(OrganisationDirectory.OrganisationRef::name)).toList());
        model.addAttribute("partnerships", actors.visiblePartnerships());
        java.util.List<no.kobling.project.ProjectRef> projects = new java.util.ArrayList<>(events.projectOptions());
        if (form.getProjectId() != null && projects.stream().noneMatch(p -> p.id() == form.getProjectId())) {
            // the event's own project stays a choice even when it can no longer be chosen anew
            events.projectName(form.getProjectId()).ifPresent(n ->
                    projects.add(0, new no.kobling.project.ProjectRef(form.getProjectId(), n)));
        }
        model.addAttribute("projectChoices", projects);
        return "event/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return show(id, model, new SessionForm(), new RegistrationForm());
    }

    String show(long id, Model model, SessionForm sessionForm, RegistrationForm registration) {
        Event event = events.get(id);
        boolean organiser = events.organises(id);
        model.addAttribute("event", event);
        model.addAttribute("text", event.text(lang()));
        String registrationLang = EventDates.language(event, lang());
        model.addAttribute("registrationLang", registrationLang);
        model.addAttribute("registrationLink", org.springframework.web.servlet.support.ServletUriComponentsBuilder
                .fromCurrentContextPath().path("/public/events/{slug}/register").queryParam("lang", registrationLang)
                .buildAndExpand(event.getSlug()).toUriString());
        model.addAttribute("projectName", event.getProjectId() == null ? null
                : events.projectNames(List.of(event)).get(event.getProjectId()));
        model.addAttribute("organiser", organiser);
        model.addAttribute("organiserName", organisations.find(event.getOrganiserOrgId())
                .map(OrganisationDirectory.OrganisationRef::name).orElse("–"));
        model.addAttribute("coOrganiserNames", event.getCoOrganisers().stream().map(organisations::find)
                .flatMap(java.util.Optional::stream).map(OrganisationDirectory.OrganisationRef::name).sorted()
                .toList());
        model.addAttribute("sessions", events.sessions(id));
        model.addAttribute("tables", events.tables(id));
        model.addAttribute("mine", participants.mine(id));
        model.addAttribute("participants", organiser ? participants.all(id) : List.of());
        model.addAttribute("types", Participant.Type.values());
        model.addAttribute("statuses", Event.Status.values());
        model.addAttribute("represented", participants.representedCompanies());
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", sessionForm);
        }
        if (!model.containsAttribute("registration")) {
            model.addAttribute("registration", registration);
        }
        return "event/show";
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam Event.Status status, RedirectAttributes redirect) {
        return Flash.run(redirect, "/events/" + id, () -> events.changeStatus(id, status));
    }

    @PostMapping("/{id}/sessions")
    String addSession(@PathVariable long id, @Valid @ModelAttribute("sessionForm") SessionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                events.addSession(id, form.getDay(), form.getStart(), form.getSlotMinutes(), form.getSlots(),
                        form.getBreakMinutes());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/events/" + id;
            } catch (DomainException e) {
                if (e instanceof NotFoundException) {
                    throw e;
                }
                FormErrors.reject(result, "start", e);
            }
        }
        model.addAttribute("sessionErrors", true);
        return show(id, model, form, new RegistrationForm());
    }

    @PostMapping("/{id}/sessions/{sessionId}/delete")
    String removeSession(@PathVariable long id, @PathVariable long sessionId, RedirectAttributes redirect) {
        return Flash.run(redirect, "/events/" + id, () -> events.removeSession(id, sessionId));
    }

    @PostMapping("/{id}/tables")
    String addTables(@PathVariable long id, @RequestParam String prefix, @RequestParam(defaultValue = "1") int count,
            @RequestParam(required = false) String roomUrl, RedirectAttributes redirect) {
        return Flash.run(redirect, "/events/" + id, () -> events.addTables(id, prefix, count, roomUrl));
    }

    @PostMapping("/{id}/tables/{tableId}/delete")
    String removeTable(@PathVariable long id, @PathVariable long tableId, RedirectAttributes redirect) {
        return Flash.run(redirect, "/events/" + id, () -> events.removeTable(id, tableId));
    }

    /** Registration by a signed-in user: an advisor, a representative for their company, or an organiser. */
    @PostMapping("/{id}/participants")
    String register(@PathVariable long id, @Valid @ModelAttribute("registration") RegistrationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                participants.register(id, new ParticipantService.CompanyChoice(form.getCompanyId(),
                        form.getCountryCode(), form.getOrgNumber()), form.getType(), form.getContactName(),
                        form.getContactEmail(), form.isConsent());
                redirect.addFlashAttribute("registered", true);
                return "redirect:/events/" + id;
            } catch (NotFoundException e) {
                result.rejectValue("orgNumber", "event.error.company-unknown", "company-unknown");
            } catch (DomainException e) {
                RegistrationErrors.reject(result, e);
            }
        }
        model.addAttribute("registrationErrors", true);
        return show(id, model, new SessionForm(), form);
    }

    @PostMapping("/{id}/participants/{pid}/approve")
    String approve(@PathVariable long id, @PathVariable long pid, RedirectAttributes redirect) {
        return Flash.run(redirect, "/events/" + id + "#participants", () -> participants.decide(id, pid, true));
    }

    @PostMapping("/{id}/participants/{pid}/decline")
    String decline(@PathVariable long id, @PathVariable long pid, RedirectAttributes redirect) {
        return Flash.run(redirect, "/events/" + id + "#participants", () -> participants.decide(id, pid, false));
    }

    @PostMapping("/{id}/participants/{pid}/remove")
    String remove(@PathVariable long id, @PathVariable long pid, RedirectAttributes redirect) {
        try {
            int unscheduled = participants.remove(id, pid);
            Flash.message(redirect, "locale.count.meetings-removed", unscheduled);
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/events/" + id + "#participants";
    }

    @PostMapping("/{id}/participants/{pid}/check-in")
    String checkIn(@PathVariable long id, @PathVariable long pid, @RequestParam(defaultValue = "true") boolean in,
            RedirectAttributes redirect) {
        return Flash.run(redirect, "/events/" + id + "#participants", () -> participants.checkIn(id, pid, in));
    }
}
