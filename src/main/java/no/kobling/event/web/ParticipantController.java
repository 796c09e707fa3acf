package no.kobling.event.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kobling.event.application.AgendaService;
import no.kobling.event.application.DayService;
import no.kobling.event.application.EventService;
import no.kobling.event.application.ParticipantService;
import no.kobling.event.application.RequestService;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Participant;
import no.kobling.event.domain.SlotGrid;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.HtmxRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A participant's pages: marketplace and requests, availability, agenda (page and PDF) and feedback. */
@Controller
@RequestMapping("/events/{id}/participants/{pid}")
class ParticipantController {

    private final EventService events;
    private final ParticipantService participants;
    private final RequestService requests;
    private final AgendaService agendas;
    private final DayService day;
    private final AgendaPdf pdf;
    private final java.time.Clock clock;

    ParticipantController(EventService events, ParticipantService participants, RequestService requests,
            AgendaService agendas, DayService day, AgendaPdf pdf, java.time.Clock clock) {
        this.clock = clock;
        this.events = events;
        this.participants = participants;
        this.requests = requests;
        this.agendas = agendas;
        this.day = day;
        this.pdf = pdf;
    }

    private void common(long id, long pid, Model model) {
        Participant me = participants.get(id, pid);
        Event event = events.get(id);
        model.addAttribute("event", event);
        model.addAttribute("text", event.text(EventController.lang()));
        model.addAttribute("me", me);
    }

    @GetMapping("/marketplace")
    String marketplace(@PathVariable long id, @PathVariable long pid,
            @RequestParam(required = false) Participant.Type type, @RequestParam(required = false) String country,
            @RequestParam(required = false) String q, Model model, HttpServletRequest request) {
        common(id, pid, model);
        String lang = EventController.lang();
        model.addAttribute("cards", requests.marketplace(id, pid, type, country, q, lang));
        model.addAttribute("type", type);
        model.addAttribute("country", country);
        model.addAttribute("q", q);
        model.addAttribute("types", Participant.Type.values());
        if (!HtmxRequest.isHtmx(request)) {
            model.addAttribute("recommendations", requests.recommendations(id, pid, 5, lang));
            model.addAttribute("requests", requests.requestsOf(id, pid));
            model.addAttribute("now", clock.instant());   // an expired request is not offered for an answer
        }
        return HtmxRequest.view(request, "event/marketplace", "results");
    }

    @PostMapping("/requests")
    String send(@PathVariable long id, @PathVariable long pid, @RequestParam long to,
            @RequestParam(required = false) String message, RedirectAttributes redirect) {
        return Flash.run(redirect, "/events/" + id + "/participants/" + pid + "/marketplace",
                () -> requests.send(id, pid, to, message, 1));
    }

    @PostMapping("/requests/{rid}/{answer:accept|decline}")
    String answer(@PathVariable long id, @PathVariable long pid, @PathVariable long rid, @PathVariable String answer,
            RedirectAttributes redirect) {
        participants.get(id, pid);
        return Flash.run(redirect, "/events/" + id + "/participants/" + pid + "/marketplace#requests",
                () -> requests.answer(id, rid, "accept".equals(answer)));
    }

    @GetMapping("/availability")
    String availability(@PathVariable long id, @PathVariable long pid, Model model) {
        common(id, pid, model);
        model.addAttribute("grid", new SlotGrid(events.sessions(id)));
        return "event/availability";
    }

    @PostMapping("/availability")
    String saveAvailability(@PathVariable long id, @PathVariable long pid,
            @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        SlotGrid grid = new SlotGrid(events.sessions(id));
        Set<Participant.SlotRef> blocked = new HashSet<>();
        List<String> available = params.getOrDefault("available", List.of());
        for (int i = 0; i < grid.size(); i++) {
            Participant.SlotRef s = grid.slot(i);
            if (!available.contains(s.sessionId() + ":" + s.slotNo())) {
                blocked.add(s);
            }
        }
        String cap = params.getFirst("maxMeetings");
        Integer max;
        try {
            max = cap == null || cap.isBlank() ? null : Integer.valueOf(cap.strip());
        } catch (NumberFormatException e) {
            throw DomainException.rule("event-invalid-limits", "event.error.invalid-limits");
        }
        return Flash.run(redirect, "/events/" + id + "/participants/" + pid + "/availability",
                () -> participants.availability(id, pid, blocked, max));
    }

    @GetMapping("/agenda")
    String agenda(@PathVariable long id, @PathVariable long pid, Model model) {
        common(id, pid, model);
        model.addAttribute("rows", agendas.agenda(id, pid));
        model.addAttribute("feedback", day.feedbackOf(id, pid));
        return "event/agenda";
    }

    @GetMapping("/agenda.pdf")
    ResponseEntity<byte[]> agendaPdf(@PathVariable long id, @PathVariable long pid, Model model) {
        common(id, pid, model);
        model.addAttribute("rows", agendas.agenda(id, pid));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"agenda-" + pid + ".pdf\"")
                .body(pdf.render("event/agenda-pdf", model));
    }

    @PostMapping("/meetings/{mid}/feedback")
    String feedback(@PathVariable long id, @PathVariable long pid, @PathVariable long mid,
            @RequestParam(defaultValue = "false") boolean useful, @RequestParam(defaultValue = "false") boolean followUp,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return Flash.run(redirect, "/events/" + id + "/participants/" + pid + "/agenda",
                () -> day.feedback(id, pid, mid, useful, followUp, comment));
    }

}
