package no.kobling.partnering.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.kobling.partnering.cases.application.CheckInService;
import no.kobling.partnering.cases.application.CheckInViews.CaseCheckIns;
import no.kobling.partnering.cases.domain.Side;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{id}/checkins")
@Tag(name = "Partner case check-ins", description = "Follow-up check-ins the companies answer by e-mail link")
class CheckInApiController {

    private final CheckInService checkIns;

    CheckInApiController(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    record ContactRequest(@NotBlank @Size(max = 300) String email, @NotBlank @Size(max = 5) String language) {
    }

    @GetMapping
    @Operation(summary = "The case's check-ins per follow-up date (who answered what, who did not) and contacts")
    CaseCheckIns list(@PathVariable long id) {
        return checkIns.forCase(id);
    }

    @PutMapping("/contacts/{side}")
    @Operation(summary = "Set whom a company's check-ins go to (side A or B) and in which language (nb, nn, sv, fi, "
            + "en); 422 checkin-email-invalid, checkin-language-invalid")
    CaseCheckIns contact(@PathVariable long id, @PathVariable Side side, @Valid @RequestBody ContactRequest body) {
        checkIns.setContact(id, side, body.email(), body.language());
        return checkIns.forCase(id);
    }

    @PostMapping("/{checkinId}/confirm")
    @Operation(summary = "Confirm the outcome an answer reports: it becomes a case outcome and counts in figures; "
            + "409 checkin-not-open, 422 checkin-no-outcome")
    CaseCheckIns confirm(@PathVariable long id, @PathVariable long checkinId) {
        checkIns.confirm(id, checkinId);
        return checkIns.forCase(id);
    }

    @PostMapping("/{checkinId}/dismiss")
    @Operation(summary = "Keep an answer as information only (its outcome never counts); 409 checkin-not-open")
    CaseCheckIns dismiss(@PathVariable long id, @PathVariable long checkinId) {
        checkIns.dismiss(id, checkinId);
        return checkIns.forCase(id);
    }

    @PostMapping("/{checkinId}/remind")
    @Operation(summary = "Remind a company that has not answered (once per day); 409 checkin-answered, "
            + "checkin-reminded-today; 422 checkin-unsubscribed")
    CaseCheckIns remind(@PathVariable long id, @PathVariable long checkinId) {
        checkIns.remind(id, checkinId);
        return checkIns.forCase(id);
    }
}
