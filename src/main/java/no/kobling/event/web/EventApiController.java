package no.kobling.event.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.event.application.AgendaService;
import no.kobling.event.application.DayService;
import no.kobling.event.application.EventService;
import no.kobling.event.application.MeetingEditService;
import no.kobling.event.application.ParticipantService;
import no.kobling.event.application.RequestService;
import no.kobling.event.application.ScheduleService;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.EventSession;
import no.kobling.event.domain.EventTable;
import no.kobling.event.domain.MeetingRequest;
import no.kobling.event.domain.Participant;
import no.kobling.event.domain.ScheduleRun;
import no.kobling.shared.PageResult;
import no.kobling.shared.Paging;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Matchmaking events", description = "Events, registration, meeting requests, scheduling, agendas")
class EventApiController {

    private final EventService events;
    private final ParticipantService participants;
    private final RequestService requests;
    private final ScheduleService scheduling;
    private final MeetingEditService edits;
    private final AgendaService agendas;
    private final DayService day;

    EventApiController(EventService events, ParticipantService participants, RequestService requests,
            ScheduleService scheduling, MeetingEditService edits, AgendaService agendas, DayService day) {
        this.events = events;
        this.participants = participants;
        this.requests = requests;
        this.scheduling = scheduling;
        this.edits = edits;
        this.agendas = agendas;
        this.day = day;
    }

    record EventBody(@NotNull Event.Mode mode, @Size(max = 300) String place, Long partnershipId,
            @Min(1) @Max(1440) int requestExpiryHours, @Min(1) @Max(100) Integer defaultMaxMeetings,
            @Size(max = 60) String timeZone, Set<Long> coOrganisers, @NotNull Map<String, Event.Text> texts,
            Event.Status status, Long projectId) {
    }

    record EventJson(long id, String slug, long organiserOrgId, Set<Long> coOrganisers, Long partnershipId,
            Event.Mode mode, String place, Event.Status status, int requestExpiryHours, Integer defaultMaxMeetings,
            String timeZone, Map<String, Event.Text> texts, long version, Long projectId, String projectName) {

        static EventJson of(Event e, Map<Long, String> projectNames) {
            return new EventJson(e.getId(), e.getSlug(), e.getOrganiserOrgId(), e.getCoOrganisers(),
                    e.getPartnershipId(), e.getMode(), e.getPlace(), e.getStatus(), e.getRequestExpiryHours(),
                    e.getDefaultMaxMeetings(), e.getTimeZone(), e.getTexts(), e.getVersion(), e.getProjectId(),
                    e.getProjectId() == null ? null : projectNames.get(e.getProjectId()));
        }
    }

    /** One event with the name of its project. */
    private EventJson json(Event e) {
        return EventJson.of(e, events.projectNames(List.of(e)));
    }

    record SessionBody(@NotNull LocalDate day, @NotNull LocalTime start, @Min(5) @Max(240) int slotMinutes,
            @Min(1) @Max(60) int slots, @Min(0) @Max(240) int breakMinutes) {
    }

    record SessionJson(long id, LocalDate day, LocalTime start, LocalTime end, int slotMinutes, int slots,
            int breakMinutes) {

        static SessionJson of(EventSession s) {
            return new SessionJson(s.getId(), s.getDay(), s.getStartTime(), s.end().toLocalTime(),
                    s.getSlotMinutes(), s.getSlots(), s.getBreakMinutes());
        }
    }

    record TablesBody(@NotBlank @Size(max = 80) String prefix, @Min(1) @Max(500) int count,
            @Size(max = 500) @jakarta.validation.constraints.Pattern(regexp = no.kobling.shared.WebAddresses.PATTERN)
            String roomUrl) {
    }

    record TableJson(long id, String name, String roomUrl) {

        static TableJson of(EventTable t) {
            return new TableJson(t.getId(), t.getName(), t.getRoomUrl());
        }
    }

    record RegistrationBody(@NotNull Long companyId, Participant.Type type, @NotBlank @Size(max = 200) String contactName,
            @Size(max = 300) String contactEmail, boolean consent) {
    }

    /** A participant; a public registration has no companyId until approval, only the stated orgNumber. */
    record ParticipantJson(long id, Long companyId, String orgNumber, String companyName, String countryCode,
            Participant.Type type, Participant.Status status, Integer maxMeetings, Instant checkedInAt) {

        static ParticipantJson of(Participant p) {
            return new ParticipantJson(p.getId(), p.getCompanyId(), p.getOrgNumber(), p.getCompanyName(),
                    p.getCountryCode(), p.getType(), p.getStatus(), p.getMaxMeetings(), p.getCheckedInAt());
        }
    }

    record RequestBody2(@NotNull Long from, @NotNull Long to, @Size(max = 2000) String message,
            @Min(1) @Max(10) Integer priority) {
    }

    record RequestJson(long id, long from, long to, String message, MeetingRequest.Status status, Instant expiresAt) {

        static RequestJson of(MeetingRequest r) {
            return new RequestJson(r.getId(), r.getFromId(), r.getToId(), r.getMessage(), r.getStatus(),
                    r.getExpiresAt());
        }
    }

    record RunJson(long id, ScheduleRun.Status status, int meetings, int scheduled, double fractionDone,
            List<String> problems) {

        static RunJson of(ScheduleService.RunView v) {
            return new RunJson(v.run().getId(), v.run().getStatus(), v.run().getMeetings(), v.scheduledSoFar(),
                    v.fractionDone(), v.problems().stream().map(ScheduleService.Problem::text).toList());
        }
    }

    record MoveBody(@NotNull Long sessionId, @NotNull @Min(0) Integer slot, @NotNull Long tableId) {
    }

    record FeedbackBody(boolean useful, boolean followUp, @Size(max = 1000) String comment) {
    }

    record MeetingJson(long id, long participantA, long participantB, String companyA, String companyB,
            LocalDateTime start, LocalDateTime end, String table, boolean locked, String status, int sequence,
            Long caseId) {

        static MeetingJson of(AgendaService.MeetingRow r) {
            return new MeetingJson(r.meeting().getId(), r.a().getId(), r.b().getId(), r.a().getCompanyName(),
                    r.b().getCompanyName(), r.start(), r.end(), r.table() == null ? null : r.table().getName(),
                    r.meeting().isLocked(), r.meeting().getStatus().name(), r.meeting().getSequence(),
                    r.meeting().getCaseId());
        }
    }

    @GetMapping
    @Operation(summary = "Events the caller may see, a page at a time (sort: createdAt or status, '-' for "
            + "descending; default -createdAt); projectId: only those tagged with the project")
    PageResult<EventJson> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Long projectId) {
        var found = events.visibleEvents(Paging.of(page, size, sort, EventService.SORTS, "-createdAt"), projectId);
        Map<Long, String> names = events.projectNames(found.getContent());
        return PageResult.of(found, e -> EventJson.of(e, names));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an event (MANAGE_EVENTS; organised by the caller's organisation)")
    EventJson create(@Valid @RequestBody EventBody b) {
        Event e = events.create(command(b));
        if (b.status() != null) {
            events.changeStatus(e.getId(), b.status());
        }
        return json(events.get(e.getId()));
    }

    @GetMapping("/{id}")
    EventJson get(@PathVariable long id) {
        return json(events.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an event (send the version you read)")
    EventJson update(@PathVariable long id, @RequestParam long version, @Valid @RequestBody EventBody b) {
        events.update(id, version, command(b));
        if (b.status() != null) {
            events.changeStatus(id, b.status());
        }
        return json(events.get(id));
    }

    private static EventService.EventCommand command(EventBody b) {
        return new EventService.EventCommand(null, b.partnershipId(), b.mode(), b.place(), b.requestExpiryHours(),
                b.defaultMaxMeetings(), b.timeZone(), b.coOrganisers(), b.texts(), b.projectId());
    }

    @GetMapping("/{id}/sessions")
    List<SessionJson> sessions(@PathVariable long id) {
        events.get(id);
        return events.sessions(id).stream().map(SessionJson::of).toList();
    }

    @PostMapping("/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a session (overlapping sessions are refused: event-session-overlap)")
    SessionJson addSession(@PathVariable long id, @Valid @RequestBody SessionBody b) {
        return SessionJson.of(events.addSession(id, b.day(), b.start(), b.slotMinutes(), b.slots(),
                b.breakMinutes()));
    }

    @GetMapping("/{id}/tables")
    List<TableJson> tables(@PathVariable long id) {
        events.get(id);
        return events.tables(id).stream().map(TableJson::of).toList();
    }

    @PostMapping("/{id}/tables")
    @ResponseStatus(HttpStatus.CREATED)
    List<TableJson> addTables(@PathVariable long id, @Valid @RequestBody TablesBody b) {
        events.addTables(id, b.prefix(), b.count(), b.roomUrl());
        return tables(id);
    }

    @GetMapping("/{id}/participants")
    @Operation(summary = "All participants (organisers) ")
    List<ParticipantJson> participants(@PathVariable long id) {
        return participants.all(id).stream().map(ParticipantJson::of).toList();
    }

    @GetMapping("/{id}/participants/mine")
    @Operation(summary = "The participants the caller acts for")
    List<ParticipantJson> mine(@PathVariable long id) {
        return participants.mine(id).stream().map(ParticipantJson::of).toList();
    }

    @PostMapping("/{id}/participants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a company (advisor, representative or organiser; consent required)")
    ParticipantJson register(@PathVariable long id, @Valid @RequestBody RegistrationBody b) {
        return ParticipantJson.of(participants.register(id, new ParticipantService.Registration(b.companyId(),
                b.type(), b.contactName(), b.contactEmail(), b.consent())));
    }

    @PostMapping("/{id}/participants/{pid}/{decision:approve|decline}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decide(@PathVariable long id, @PathVariable long pid, @PathVariable String decision) {
        participants.decide(id, pid, "approve".equals(decision));
    }

    @DeleteMapping("/{id}/participants/{pid}")
    @Operation(summary = "Remove a participant; answers how many scheduled meetings were unscheduled")
    Map<String, Integer> remove(@PathVariable long id, @PathVariable long pid) {
        return Map.of("unscheduledMeetings", participants.remove(id, pid));
    }

    @PostMapping("/{id}/participants/{pid}/check-in")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void checkIn(@PathVariable long id, @PathVariable long pid, @RequestParam(defaultValue = "true") boolean in) {
        participants.checkIn(id, pid, in);
    }

    record AvailabilityBody(@NotNull Set<Participant.SlotRef> blocked, @Min(0) @Max(100) Integer maxMeetings) {
    }

    @PutMapping("/{id}/participants/{pid}/availability")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the participant's blocked slots (sessionId, slotNo) and meeting cap")
    void availability(@PathVariable long id, @PathVariable long pid, @Valid @RequestBody AvailabilityBody b) {
        participants.availability(id, pid, b.blocked(), b.maxMeetings());
    }

    @GetMapping("/{id}/participants/{pid}/marketplace")
    List<RequestService.Card> marketplace(@PathVariable long id, @PathVariable long pid,
            @RequestParam(required = false) Participant.Type type, @RequestParam(required = false) String country,
            @RequestParam(required = false) String q) {
        return requests.marketplace(id, pid, type, country, q, EventController.lang());
    }

    @GetMapping("/{id}/participants/{pid}/recommendations")
    List<RequestService.Card> recommendations(@PathVariable long id, @PathVariable long pid,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return requests.recommendations(id, pid, limit, EventController.lang());
    }

    @GetMapping("/{id}/participants/{pid}/requests")
    List<RequestJson> requestsOf(@PathVariable long id, @PathVariable long pid) {
        return requests.requestsOf(id, pid).stream().map(v -> RequestJson.of(v.request())).toList();
    }

    @GetMapping("/{id}/participants/{pid}/agenda")
    List<MeetingJson> agenda(@PathVariable long id, @PathVariable long pid) {
        return agendas.agenda(id, pid).stream().map(MeetingJson::of).toList();
    }

    @PostMapping("/{id}/requests")
    @ResponseStatus(HttpStatus.CREATED)
    RequestJson send(@PathVariable long id, @Valid @RequestBody RequestBody2 b) {
        return RequestJson.of(requests.send(id, b.from(), b.to(), b.message(),
                b.priority() == null ? 1 : b.priority()));
    }

    @PostMapping("/{id}/requests/{rid}/{answer:accept|decline}")
    RequestJson answer(@PathVariable long id, @PathVariable long rid, @PathVariable String answer) {
        return RequestJson.of(requests.answer(id, rid, "accept".equals(answer)));
    }

    @GetMapping("/{id}/meetings")
    @Operation(summary = "All meetings with their places (organisers)")
    List<MeetingJson> meetings(@PathVariable long id) {
        return agendas.meetings(id).stream().map(MeetingJson::of).toList();
    }

    /** Seconds a client should wait before polling a running run again. */
    static final String POLL_SECONDS = "2";

    @PostMapping("/{id}/schedule-runs")
    @Operation(summary = "Start a scheduling run in the background",
            description = "Answers 202 Accepted at once, with the run and its URL in Location. The request does not "
                    + "wait for the solver: poll GET Location (status RUNNING, with fractionDone and scheduled so "
                    + "far, and Retry-After) until the status is PROPOSED or FAILED. Any node of a cluster answers "
                    + "the poll; runs, progress and leases are in the database.")
    @ApiResponse(responseCode = "202", description = "Run started; poll the Location",
            headers = @Header(name = "Location", description = "URL of the run"))
    ResponseEntity<RunJson> startRun(@PathVariable long id, @RequestParam(defaultValue = "10") int seconds) {
        long run = scheduling.start(id, seconds);
        RunJson body = RunJson.of(scheduling.run(id, run));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/events/" + id + "/schedule-runs/" + run))
                .header(HttpHeaders.RETRY_AFTER, POLL_SECONDS).body(body);
    }

    @GetMapping("/{id}/schedule-runs/{runId}")
    @Operation(summary = "A scheduling run: its status and progress (poll while RUNNING, as Retry-After says)")
    ResponseEntity<RunJson> run(@PathVariable long id, @PathVariable long runId) {
        RunJson body = RunJson.of(scheduling.run(id, runId));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (body.status() == ScheduleRun.Status.RUNNING) {
            ok.header(HttpHeaders.RETRY_AFTER, POLL_SECONDS).cacheControl(CacheControl.noStore());
        }
        return ok.body(body);
    }

    @PostMapping("/{id}/schedule-runs/{runId}/accept")
    Map<String, Integer> accept(@PathVariable long id, @PathVariable long runId) {
        return Map.of("moved", scheduling.accept(id, runId));
    }

    @PostMapping("/{id}/schedule-runs/{runId}/discard")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void discard(@PathVariable long id, @PathVariable long runId) {
        scheduling.discard(id, runId);
    }

    @PostMapping("/{id}/meetings/{mid}/move")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void move(@PathVariable long id, @PathVariable long mid, @Valid @RequestBody MoveBody b) {
        edits.move(id, mid, b.sessionId(), b.slot(), b.tableId());
    }

    @PostMapping("/{id}/meetings/{mid}/lock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lock(@PathVariable long id, @PathVariable long mid, @RequestParam(defaultValue = "true") boolean lock) {
        edits.lock(id, mid, lock);
    }

    @PostMapping("/{id}/meetings/{mid}/unschedule")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unschedule(@PathVariable long id, @PathVariable long mid) {
        edits.unschedule(id, mid);
    }

    @PostMapping("/{id}/meetings/{mid}/held")
    @Operation(summary = "Mark a meeting held; it is handed to partner search as a follow-up case (caseId)")
    Map<String, Object> held(@PathVariable long id, @PathVariable long mid) {
        var m = day.markHeld(id, mid);
        return m.getCaseId() == null ? Map.of("status", m.getStatus().name())
                : Map.of("status", m.getStatus().name(), "caseId", m.getCaseId());
    }

    @PostMapping("/{id}/meetings/{mid}/no-show")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void noShow(@PathVariable long id, @PathVariable long mid) {
        day.markNoShow(id, mid);
    }

    @PostMapping("/{id}/participants/{pid}/meetings/{mid}/feedback")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void feedback(@PathVariable long id, @PathVariable long pid, @PathVariable long mid,
            @Valid @RequestBody FeedbackBody b) {
        day.feedback(id, pid, mid, b.useful(), b.followUp(), b.comment());
    }

    @GetMapping("/{id}/report")
    DayService.Report report(@PathVariable long id) {
        return day.report(id);
    }
}
