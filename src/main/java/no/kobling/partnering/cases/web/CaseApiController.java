package no.kobling.partnering.cases.web;

import no.kobling.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.partnering.cases.application.CaseCommands.NewCase;
import no.kobling.partnering.cases.application.CaseCommands.NewOutcome;
import no.kobling.partnering.cases.application.CaseFiguresService;
import no.kobling.partnering.cases.application.CaseService;
import no.kobling.partnering.cases.application.CaseViews.CaseCard;
import no.kobling.partnering.cases.application.CaseViews.CaseDetail;
import no.kobling.partnering.cases.application.FollowUpService;
import no.kobling.partnering.cases.domain.CaseFigures;
import no.kobling.partnering.cases.domain.Consent;
import no.kobling.partnering.cases.domain.EntryKind;
import no.kobling.partnering.cases.domain.OutcomeKind;
import no.kobling.partnering.cases.domain.Side;
import no.kobling.partnering.cases.domain.Stage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/v1/cases")
@Tag(name = "Partner cases", description = "Cases with facilitators, consent, follow-ups and outcomes")
class CaseApiController {

    private final CaseService cases;
    private final FollowUpService followUps;
    private final CaseFiguresService figures;

    CaseApiController(CaseService cases, FollowUpService followUps, CaseFiguresService figures) {
        this.cases = cases;
        this.followUps = followUps;
        this.figures = figures;
    }

    record NewCaseRequest(@NotNull Long partnershipId, @NotNull Long companyA, Long companyB,
            Set<Long> candidates, @NotNull Long facilitatorA, @NotNull Long facilitatorB, Long projectId) {
    }

    /** The project to tag the case with; {@code null} clears the tag. */
    record ProjectRequest(Long projectId, Long version) {
    }

    record ConsentRequest(@NotBlank @Size(max = 200) String givenBy, @NotNull LocalDate givenOn,
            @NotBlank @Size(max = 300) String how, Long version) {
    }

    record StageRequest(@NotNull Stage stage, Long version) {
    }

    record PartnerRequest(@NotNull Long companyId, Long version) {
    }

    record EntryRequest(EntryKind kind, @NotBlank @Size(max = 4000) String body) {
    }

    record MeetingRequest(@NotNull Instant heldAt) {
    }

    record FollowUpDoneRequest(@Size(max = 2000) String note) {
    }

    record OutcomeRequest(@NotNull OutcomeKind kind, @NotNull LocalDate occurredOn,
            @DecimalMin("0.01") BigDecimal amount, String currency, @Size(max = 2000) String reason,
            @Size(max = 2000) String note) {
    }

    record VersionRequest(Long version) {
    }

    record PlanRequest(List<String> offsets) {
    }


    record Created(long id) {
    }

    @GetMapping
    @Operation(summary = "The board: cases the caller may see (open ones unless closed=true), newest first, a page "
            + "at a time")
    PageResult<CaseCard> board(@RequestParam(required = false) Long partnershipId,
            @RequestParam(defaultValue = "false") boolean closed, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) Long projectId) {
        return PageResult.of(cases.board(partnershipId, projectId, closed, page, size), c -> c);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a case (facilitators must be in member organisations of the partnership)")
    CaseDetail create(@Valid @RequestBody NewCaseRequest body) {
        long id = cases.create(new NewCase(body.partnershipId(), body.companyA(), body.companyB(), body.candidates(),
                body.facilitatorA(), body.facilitatorB(), body.projectId()));
        return cases.get(id);
    }

    @PutMapping("/{id}/project")
    @Operation(summary = "Tag the case with a project (projectId null: no project); 422 project-not-taggable for a "
            + "closed project or one the caller's organisation takes no part in")
    CaseDetail project(@PathVariable long id, @RequestBody ProjectRequest body) {
        cases.tagWithProject(id, body.projectId(), body.version());
        return cases.get(id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its thread, meetings, follow-ups and outcomes")
    CaseDetail get(@PathVariable long id) {
        return cases.get(id);
    }

    @PostMapping("/{id}/partner")
    @Operation(summary = "Choose the partner (company B) among the candidates")
    CaseDetail partner(@PathVariable long id, @Valid @RequestBody PartnerRequest body) {
        cases.choosePartner(id, body.companyId(), body.version());
        return cases.get(id);
    }

    @PutMapping("/{id}/consents/{side}")
    @Operation(summary = "Record a company's consent to be introduced (side A or B)")
    CaseDetail consent(@PathVariable long id, @PathVariable Side side, @Valid @RequestBody ConsentRequest body) {
        cases.recordConsent(id, side, new Consent(body.givenBy(), body.givenOn(), body.how()), body.version());
        return cases.get(id);
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move the case (introduction and later need both consents)")
    CaseDetail stage(@PathVariable long id, @Valid @RequestBody StageRequest body) {
        cases.move(id, body.stage(), body.version());
        return cases.get(id);
    }

    @PostMapping("/{id}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write to the case thread (MESSAGE) or add a note (NOTE)")
    Created entry(@PathVariable long id, @Valid @RequestBody EntryRequest body) {
        return new Created(cases.addEntry(id, body.kind(), body.body()));
    }

    @PostMapping("/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a held meeting: the case moves to follow-up with its follow-up plan")
    Created meeting(@PathVariable long id, @Valid @RequestBody MeetingRequest body) {
        return new Created(cases.recordMeeting(id, body.heldAt()));
    }

    @PostMapping("/{id}/follow-ups/{followUpId}/done")
    @Operation(summary = "Mark a follow-up done, with a note")
    CaseDetail followUpDone(@PathVariable long id, @PathVariable long followUpId,
            @Valid @RequestBody(required = false) FollowUpDoneRequest body) {
        cases.completeFollowUp(id, followUpId, body == null ? null : body.note());
        return cases.get(id);
    }

    @PostMapping("/{id}/outcomes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an outcome (a transaction needs value and currency NOK, SEK or EUR)")
    Created outcome(@PathVariable long id, @Valid @RequestBody OutcomeRequest body) {
        return new Created(cases.recordOutcome(id, new NewOutcome(body.kind(), body.occurredOn(), body.amount(),
                body.currency(), body.reason(), body.note())));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the case (refused without an outcome)")
    CaseDetail close(@PathVariable long id, @RequestBody(required = false) VersionRequest body) {
        cases.close(id, body == null ? null : body.version());
        return cases.get(id);
    }

    @GetMapping("/follow-ups")
    @Operation(summary = "Follow-ups due and overdue: mine, and overdue in the partnerships I coordinate")
    FollowUpService.Dashboard followUps() {
        return followUps.dashboard();
    }

    @GetMapping("/figures")
    @Operation(summary = "Meetings, follow-ups on time, outcomes by kind and transaction value per country pair")
    CaseFigures.Result figures(@RequestParam(required = false) Long partnershipId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.figures(partnershipId, from, to).result();
    }

    @GetMapping("/plans")
    @Operation(summary = "Follow-up plans of my partnerships (offsets after the meeting, ISO-8601 periods)")
    List<FollowUpService.PlanView> plans() {
        return followUps.plans();
    }

    @PutMapping("/plans/{partnershipId}")
    @Operation(summary = "Set a partnership's follow-up plan, e.g. [\"P14D\", \"P3M\", \"P6M\"]")
    Map<String, Object> plan(@PathVariable long partnershipId, @RequestBody PlanRequest body) {
        var plan = followUps.changePlan(partnershipId, body.offsets() == null ? "" : String.join(",",
                body.offsets()));
        return Map.of("partnershipId", partnershipId, "offsets", plan.offsets().stream().map(Object::toString)
                .toList());
    }
}
