package no.kobling.event.web;

import jakarta.servlet.http.HttpServletRequest;
import no.kobling.event.application.AgendaService;
import no.kobling.event.application.DayService;
import no.kobling.event.application.EventService;
import no.kobling.event.application.MeetingEditService;
import no.kobling.event.application.ScheduleService;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.SlotGrid;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.web.HtmxRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's schedule: runs with progress, proposals, hand edits, table plan, the day, and the report. */
@Controller
@RequestMapping("/events/{id}")
class ScheduleController {

    private final EventService events;
    private final ScheduleService scheduling;
    private final MeetingEditService edits;
    private final AgendaService agendas;
    private final DayService day;
    private final AgendaPdf pdf;
    private final no.kobling.event.application.MeetingTimes times;

    ScheduleController(EventService events, ScheduleService scheduling, MeetingEditService edits,
            AgendaService agendas, DayService day, AgendaPdf pdf, no.kobling.event.application.MeetingTimes times) {
        this.times = times;
        this.events = events;
        this.scheduling = scheduling;
        this.edits = edits;
        this.agendas = agendas;
        this.day = day;
        this.pdf = pdf;
    }

    private Event common(long id, Model model) {
        Event event = events.organised(id);
        model.addAttribute("event", event);
        model.addAttribute("text", event.text(EventController.lang()));
        return event;
    }

    /** Meeting id → the actions that fit its state and time now (the page shows only these). */
    private void allowed(Event event, java.util.List<AgendaService.MeetingRow> rows, Model model) {
        java.util.Map<Long, java.time.LocalDateTime> starts = new java.util.HashMap<>();
        rows.stream().filter(r -> r.start() != null).forEach(r -> starts.put(r.meeting().getId(), r.start()));
        model.addAttribute("allowed", times.allowed(event, rows.stream().map(AgendaService.MeetingRow::meeting)
                .toList(), starts));
    }

    @GetMapping("/schedule")
    String schedule(@PathVariable long id, Model model) {
        Event event = common(id, model);
        var rows = agendas.meetings(id);
        model.addAttribute("rows", rows);
        allowed(event, rows, model);
        model.addAttribute("runs", scheduling.runs(id));
        SlotGrid grid = new SlotGrid(events.sessions(id));
        model.addAttribute("grid", grid);
        model.addAttribute("slotIndexes", java.util.stream.IntStream.range(0, grid.size()).boxed().toList());
        model.addAttribute("tables", events.tables(id));
        return "event/schedule";
    }

    @PostMapping("/schedule/runs")
    String start(@PathVariable long id, @RequestParam(defaultValue = "10") int seconds,
            RedirectAttributes redirect) {
        try {
            long run = scheduling.start(id, seconds);
            return "redirect:/events/" + id + "/schedule/runs/" + run;
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            Flash.error(redirect, e);
            return "redirect:/events/" + id + "/schedule";
        }
    }

    /** The run page; htmx polls the same URL for the progress fragment while the run is running. */
    @GetMapping("/schedule/runs/{runId}")
    String run(@PathVariable long id, @PathVariable long runId, Model model, HttpServletRequest request) {
        common(id, model);
        var run = scheduling.run(id, runId);
        model.addAttribute("run", run);
        if (run.finished()) {
            model.addAttribute("rows", agendas.meetings(id));
            model.addAttribute("proposal", scheduling.proposal(id, runId));
            model.addAttribute("grid", new SlotGrid(events.sessions(id)));
            model.addAttribute("tableNames", events.tables(id).stream().collect(java.util.stream.Collectors.toMap(
                    no.kobling.event.domain.EventTable::getId, no.kobling.event.domain.EventTable::getName)));
        }
        return HtmxRequest.view(request, "event/run", "progress");
    }

    @PostMapping("/schedule/runs/{runId}/accept")
    String accept(@PathVariable long id, @PathVariable long runId, RedirectAttributes redirect) {
        try {
            int moved = scheduling.accept(id, runId);
            Flash.message(redirect, "locale.count.meetings-moved", moved);
            return "redirect:/events/" + id + "/schedule";
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            Flash.error(redirect, e);
            return "redirect:/events/" + id + "/schedule/runs/" + runId;
        }
    }

    @PostMapping("/schedule/runs/{runId}/discard")
    String discard(@PathVariable long id, @PathVariable long runId, RedirectAttributes redirect) {
        return Flash.run(redirect, "/events/" + id + "/schedule", () -> scheduling.discard(id, runId));
    }

    @PostMapping("/meetings/{mid}/lock")
    String lock(@PathVariable long id, @PathVariable long mid, @RequestParam(defaultValue = "true") boolean lock,
            RedirectAttributes redirect) {
        return Flash.run(redirect, "/events/" + id + "/schedule", () -> edits.lock(id, mid, lock));
    }

    @PostMapping("/meetings/{mid}/unschedule")
    String unschedule(@PathVariable long id, @PathVariable long mid, RedirectAttributes redirect) {
        return Flash.run(redirect, "/events/" + id + "/schedule", () -> edits.unschedule(id, mid));
    }

    /** Moves a meeting to a slot ("sessionId:slotNo") and table. */
    @PostMapping("/meetings/{mid}/move")
    String move(@PathVariable long id, @PathVariable long mid, @RequestParam String slot, @RequestParam long tableId,
            RedirectAttributes redirect) {
        String[] parts = slot.split(":");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,4}")) {
            throw DomainException.rule("event-unknown-slot", "event.error.unknown-slot");
        }
        return Flash.run(redirect, "/events/" + id + "/schedule",
                () -> edits.move(id, mid, Long.parseLong(parts[0]), Integer.parseInt(parts[1]), tableId));
    }

    @PostMapping("/meetings/{mid}/{outcome:held|no-show}")
    String outcome(@PathVariable long id, @PathVariable long mid, @PathVariable String outcome,
            @RequestParam(defaultValue = "schedule") String back, RedirectAttributes redirect) {
        String target = "/events/" + id + ("plan".equals(back) ? "/plan" : "/schedule");
        return Flash.run(redirect, target, () -> {
            if ("held".equals(outcome)) {
                day.markHeld(id, mid);
            } else {
                day.markNoShow(id, mid);
            }
        });
    }

    @GetMapping("/plan")
    String plan(@PathVariable long id, Model model) {
        Event event = common(id, model);
        var plan = agendas.tablePlan(id);
        model.addAttribute("plan", plan);
        allowed(event, plan.stream().flatMap(p -> p.byTable().stream()).filter(java.util.Objects::nonNull)
                .toList(), model);
        model.addAttribute("tables", events.tables(id));
        return "event/plan";
    }

    @GetMapping("/plan.pdf")
    ResponseEntity<byte[]> planPdf(@PathVariable long id, Model model) {
        common(id, model);
        model.addAttribute("plan", agendas.tablePlan(id));
        model.addAttribute("tables", events.tables(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"table-plan-" + id + ".pdf\"")
                .body(pdf.render("event/plan-pdf", model));
    }

    @GetMapping("/report")
    String report(@PathVariable long id, Model model) {
        common(id, model);
        model.addAttribute("report", day.report(id));
        return "event/report";
    }
}
