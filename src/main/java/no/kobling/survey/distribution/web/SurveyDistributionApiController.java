package no.kobling.survey.distribution.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.kobling.survey.distribution.application.SurveyAudience;
import no.kobling.survey.distribution.application.SurveyConsentService;
import no.kobling.survey.distribution.application.SurveySendService;
import no.kobling.survey.distribution.application.SurveySendViews.AddResult;
import no.kobling.survey.distribution.application.SurveySendViews.Candidate;
import no.kobling.survey.distribution.application.SurveySendViews.ConsentView;
import no.kobling.survey.distribution.application.SurveySendViews.OpenLinkView;
import no.kobling.survey.distribution.application.SurveySendViews.RecipientView;
import no.kobling.survey.distribution.application.SurveySendViews.SendResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Survey distribution", description = "Recipients of a survey (with consent to be contacted), personal "
        + "links by e-mail, reminders, the open anonymous link and companies' consent to surveys")
class SurveyDistributionApiController {

    private final SurveySendService send;
    private final SurveyConsentService consents;

    SurveyDistributionApiController(SurveySendService send, SurveyConsentService consents) {
        this.send = send;
        this.consents = consents;
    }

    record AudienceRequest(@NotNull SurveyAudience.Kind kind, Long id, @Size(max = 40) String code,
            @Size(max = 300) String email, @Size(max = 500) String name, @Size(max = 5) String language) {

        SurveyAudience audience() {
            return new SurveyAudience(kind, id, code, email, name, language);
        }
    }

    record LanguageRequest(@NotNull @Size(max = 5) String language) {
    }

    record ConsentRequest(@Size(max = 30) String how, @Size(max = 1000) String note) {
    }

    @GetMapping("/api/v1/surveys/{id}/recipients")
    @Operation(summary = "The survey's recipients with their status (not sent, sent, reminded, completed, "
            + "unsubscribed, refused for want of consent)")
    List<RecipientView> recipients(@PathVariable long id) {
        return send.recipients(id);
    }

    @PostMapping("/api/v1/surveys/{id}/recipients/preview")
    @Operation(summary = "Who an audience (project, event, need, municipality, company, person) would add, with "
            + "the reason for each one that would be refused; stores nothing")
    List<Candidate> preview(@PathVariable long id, @Valid @RequestBody AudienceRequest body) {
        return send.preview(id, body.audience());
    }

    @PostMapping("/api/v1/surveys/{id}/recipients")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds an audience's recipients with a current consent; the others are listed in refused "
            + "(recipient-no-consent, recipient-no-email, recipient-already-added). A single company or person that "
            + "is refused answers 422 with that code")
    AddResult add(@PathVariable long id, @Valid @RequestBody AudienceRequest body) {
        return send.add(id, body.audience());
    }

    @PutMapping("/api/v1/surveys/{id}/recipients/{recipientId}/language")
    @Operation(summary = "Overrides the language a recipient is mailed in (nb, nn, sv, fi, en)")
    RecipientView language(@PathVariable long id, @PathVariable long recipientId,
            @Valid @RequestBody LanguageRequest body) {
        return send.changeLanguage(id, recipientId, body.language());
    }

    @PostMapping("/api/v1/surveys/{id}/send")
    @Operation(summary = "Opens the survey and mails each recipient not yet mailed (send to new on an open survey); "
            + "422 survey-closing-date-missing, survey-closing-date-past, survey-no-questions, survey-closed")
    SendResult sendNow(@PathVariable long id) {
        return send.send(id);
    }

    @PostMapping("/api/v1/surveys/{id}/remind")
    @Operation(summary = "Reminds the recipients who have not answered; never twice the same day "
            + "(422 survey-reminded-today)")
    SendResult remind(@PathVariable long id) {
        return send.remindNow(id);
    }

    @PostMapping("/api/v1/surveys/{id}/open-link")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new open anonymous link (revokes the earlier one); its URL is shown only in this answer")
    OpenLinkView openLink(@PathVariable long id) {
        return send.createOpenLink(id);
    }

    @DeleteMapping("/api/v1/surveys/{id}/open-link")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revokes the open link")
    void revokeOpenLink(@PathVariable long id) {
        send.revokeOpenLink(id);
    }

    @GetMapping("/api/v1/companies/{id}/survey-consent")
    @Operation(summary = "The company's consent to be contacted for surveys, with its history")
    ConsentView consent(@PathVariable long id) {
        return consents.of(id);
    }

    @PostMapping("/api/v1/companies/{id}/survey-consent")
    @Operation(summary = "Records consent: recorded-by-staff (with a note on how it was given) or "
            + "company-representative (by the company's own representative)")
    ConsentView giveConsent(@PathVariable long id, @Valid @RequestBody ConsentRequest body) {
        return consents.give(id, body.how(), body.note());
    }

    @DeleteMapping("/api/v1/companies/{id}/survey-consent")
    @Operation(summary = "Withdraws the company's consent to surveys")
    ConsentView withdrawConsent(@PathVariable long id) {
        return consents.withdraw(id);
    }
}
