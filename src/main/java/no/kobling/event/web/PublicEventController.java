package no.kobling.event.web;

import jakarta.validation.Valid;
import no.kobling.event.application.AgendaService;
import no.kobling.event.application.EventService;
import no.kobling.event.application.ParticipantService;
import no.kobling.event.application.ParticipantService.PublicRegistration;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Participant;
import no.kobling.shared.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Public pages: registration with consent for open events, and the private calendar feeds. */
@Controller
class PublicEventController {

    private final EventService events;
    private final ParticipantService participants;
    private final AgendaService agendas;

    PublicEventController(EventService events, ParticipantService participants, AgendaService agendas) {
        this.events = events;
        this.participants = participants;
        this.agendas = agendas;
    }

    @GetMapping("/public/events/{key}/register")
    String form(@PathVariable String key, Model model) {
        return page(events.bySlugOrId(key), new RegistrationForm(), model);
    }

    @PostMapping("/public/events/{key}/register")
    String register(@PathVariable String key, @Valid @ModelAttribute("registration") RegistrationForm form,
            BindingResult result, Model model) {
        Event event = events.bySlugOrId(key);
        if (!result.hasErrors()) {
            try {
                Participant p = participants.registerPublic(event, new PublicRegistration(form.getCountryCode(),
                        form.getOrgNumber(), form.getCompanyName(), form.getType(), form.getContactName(),
                        form.getContactEmail(), form.isConsent()));
                model.addAttribute("event", event);
                model.addAttribute("text", event.text(EventController.lang()));
                model.addAttribute("participant", p);
                return "event/public-registered";
            } catch (DomainException e) {
                if (e.status() == 429) {
                    throw e; // the limit's own page, with its status
                }
                RegistrationErrors.reject(result, e);
            }
        }
        return page(event, form, model);
    }

    private String page(Event event, RegistrationForm form, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("text", event.text(EventController.lang()));
        model.addAttribute("registration", form);
        model.addAttribute("types", Participant.Type.values());
        model.addAttribute("sessions", events.sessionsOfOpen(event.getId()));
        return "event/public-register";
    }

    @GetMapping("/public/calendar/{token}.ics")
    ResponseEntity<String> calendar(@PathVariable String token) {
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"kobling-agenda.ics\"")
                .body(agendas.ical(token, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }
}
