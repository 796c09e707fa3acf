package no.kobling.survey.distribution.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.kobling.shared.DomainException;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.survey.definition.SurveyDefinitions.Status;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.distribution.application.SurveySendAccess.Caller;
import no.kobling.survey.distribution.application.SurveySendViews.AddResult;
import no.kobling.survey.distribution.application.SurveySendViews.Candidate;
import no.kobling.survey.distribution.application.SurveySendViews.Distribution;
import no.kobling.survey.distribution.application.SurveySendViews.OpenLinkView;
import no.kobling.survey.distribution.application.SurveySendViews.RecipientView;
import no.kobling.survey.distribution.application.SurveySendViews.Refused;
import no.kobling.survey.distribution.application.SurveySendViews.SendResult;
import no.kobling.survey.distribution.domain.SurveyContactConsent;
import no.kobling.survey.distribution.domain.SurveyOpenLink;
import no.kobling.survey.distribution.domain.SurveyRecipient;
import no.kobling.survey.distribution.persistence.SurveyOpenLinkRepository;
import no.kobling.survey.distribution.persistence.SurveyRecipientRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Distribution of a survey (docs/surveys.md "Sending"): choosing recipients from the register and the advisory data
 * (only those with consent to be contacted), sending personal links by e-mail in each recipient's language, reminding,
 * and the open anonymous link. Access: {@link SurveySendAccess}; who an audience names: {@link SurveyAudienceResolver};
 * mailing one recipient: {@link SurveyMailings}.
 */
@Service
public class SurveySendService {

    static final String MANAGE = "hasAuthority('MANAGE_SURVEYS')";

    private final SurveyRecipientRepository recipients;
    private final SurveyOpenLinkRepository openLinks;
    private final SurveyConsentService consents;
    private final SurveySendAccess access;
    private final SurveyAudienceResolver audiences;
    private final SurveyMailings mailings;
    private final SurveySendMailer mailer;
    private final SurveyStateHook state;
    private final Clock clock;

    SurveySendService(SurveyRecipientRepository recipients, SurveyOpenLinkRepository openLinks,
            SurveyConsentService consents, SurveySendAccess access, SurveyAudienceResolver audiences,
            SurveyMailings mailings, SurveySendMailer mailer, SurveyStateHook state, Clock clock) {
        this.recipients = recipients;
        this.openLinks = openLinks;
        this.consents = consents;
        this.access = access;
        this.audiences = audiences;
        this.mailings = mailings;
        this.mailer = mailer;
        this.state = state;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    @PreAuthorize(MANAGE)
    public Distribution distribution(long surveyId, String language) {
        SurveyDef survey = access.managed(access.caller(), surveyId);
        List<RecipientView> list = list(survey);
        long notSent = list.stream().filter(r -> r.status() == SurveyRecipient.Status.NOT_SENT).count();
        long awaited = list.stream().filter(r -> r.status() == SurveyRecipient.Status.SENT
                || r.status() == SurveyRecipient.Status.REMINDED).count();
        long completed = list.stream().filter(r -> r.status() == SurveyRecipient.Status.COMPLETED).count();
        SurveyOpenLink link = openLinks.findBySurveyIdAndRevokedAtIsNull(surveyId).stream().findFirst().orElse(null);
        return new Distribution(surveyId, survey.title(language), survey.status().name(), survey.closesOn(),
                survey.anonymous(), survey.questions().size(), list, notSent, awaited, completed, link != null,
                link == null ? null : link.getCreatedAt());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(MANAGE)
    public List<RecipientView> recipients(long surveyId) {
        return list(access.managed(access.caller(), surveyId));
    }

    private List<RecipientView> list(SurveyDef survey) {
        List<SurveyRecipient> all = recipients.findBySurveyIdOrderByNameAscIdAsc(survey.id());
        List<SurveyContactConsent> current = consents.currentFor(
                all.stream().map(SurveyRecipient::getCompanyId).filter(id -> id != null).toList(),
                all.stream().map(SurveyRecipient::getEmail).toList());
        return all.stream().map(r -> view(r, SurveyConsentService.match(current, r.getCompanyId(),
                r.getEmail()) != null)).toList();
    }

    static RecipientView view(SurveyRecipient r, boolean consent) {
        return new RecipientView(r.getId(), r.getCompanyId(), r.getName(), r.getEmail(), r.getLanguage(),
                r.status(consent), r.getSentAt(), r.getRemindedAt(), r.getCompletedAt(), r.getUnsubscribedAt());
    }

    // ---------------------------------------------------------------- audience

    /** Who the audience would add, with the reason each refused one would be refused; nothing is stored. */
    @Transactional(readOnly = true)
    @PreAuthorize(MANAGE)
    public List<Candidate> preview(long surveyId, SurveyAudience audience) {
        SurveyDef survey = access.managed(access.caller(), surveyId);
        return audiences.candidates(survey, audience);
    }

    /**
     * Adds the audience's recipients who have a current consent and an address; the others are answered in
     * {@code refused}. A single company or person that is refused answers 422 with the reason as code.
     */
    @Transactional
    @PreAuthorize(MANAGE)
    public AddResult add(long surveyId, SurveyAudience audience) {
        Caller caller = access.caller();
        SurveyDef survey = access.managed(caller, surveyId);
        if (survey.status() == Status.CLOSED) {
            throw DomainException.rule("survey-closed", "surveysend.error.survey-closed");
        }
        List<Candidate> found = audiences.candidates(survey, audience);
        if (audience.single() && found.size() == 1 && found.get(0).reason() != null) {
            String reason = found.get(0).reason();
            throw DomainException.rule(reason, "surveysend.error." + reason, found.get(0).name());
        }
        Instant now = clock.instant();
        List<RecipientView> added = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (Candidate c : found) {
            if (c.reason() != null) {
                refused.add(new Refused(c.companyId(), c.name(), c.email(), c.reason()));
                continue;
            }
            if (SurveyContactConsent.AT_EVENT_REGISTRATION.equals(c.consentHow())) {
                consents.record(c.companyId(), null, SurveyContactConsent.AT_EVENT_REGISTRATION,
                        "event " + audience.id(), now, caller.name());
            }
            SurveyRecipient r = recipients.save(new SurveyRecipient(surveyId, c.companyId(), c.name(), c.email(),
                    c.language(), now, caller.name()));
            added.add(view(r, true));
        }
        return new AddResult(added, refused);
    }

    /** Changes the language a recipient is mailed in. */
    @Transactional
    @PreAuthorize(MANAGE)
    public RecipientView changeLanguage(long surveyId, long recipientId, String language) {
        access.managed(access.caller(), surveyId);
        SurveyRecipient r = recipients.findById(recipientId).filter(x -> x.getSurveyId() == surveyId)
                .orElseThrow(() -> new NotFoundException("survey-recipient", recipientId));
        String lang = SurveyAudienceResolver.language(language);
        if (lang == null) {
            throw DomainException.rule("survey-language-invalid", "surveysend.error.survey-language-invalid",
                    language);
        }
        r.changeLanguage(lang);
        return view(r, true);
    }

    // ---------------------------------------------------------------- sending

    /**
     * Sends the survey: refused without a closing date, with a closing date in the past or without a question; opens
     * a draft survey and mails every recipient not yet mailed who has a current consent, once. On an open survey this
     * is "send to new".
     */
    @Transactional
    @PreAuthorize(MANAGE)
    public SendResult send(long surveyId) {
        Caller caller = access.caller();
        SurveyDef survey = access.managed(caller, surveyId);
        if (survey.status() == Status.CLOSED) {
            throw DomainException.rule("survey-closed", "surveysend.error.survey-closed");
        }
        if (survey.closesOn() == null) {
            throw DomainException.rule("survey-closing-date-missing", "surveysend.error.survey-closing-date-missing");
        }
        if (survey.closesOn().isBefore(mailings.today(survey))) {
            throw DomainException.rule("survey-closing-date-past", "surveysend.error.survey-closing-date-past",
                    survey.closesOn());
        }
        if (survey.questions().isEmpty()) {
            throw DomainException.rule("survey-no-questions", "surveysend.error.survey-no-questions");
        }
        if (survey.status() == Status.DRAFT) {
            state.open(surveyId);
            survey = access.managed(caller, surveyId);
        }
        List<SurveyRecipient> all = recipients.findBySurveyIdOrderByNameAscIdAsc(surveyId);
        List<SurveyContactConsent> current = mailings.currentConsents(all);
        Instant now = clock.instant();
        int mailed = 0;
        for (SurveyRecipient r : all) {
            if (r.getSentAt() != null || r.getCompletedAt() != null || r.getUnsubscribedAt() != null
                    || SurveyConsentService.match(current, r.getCompanyId(), r.getEmail()) == null
                    || !mailings.mayMail(r, false)) {
                continue;
            }
            mailings.send(survey, r, now);
            mailed++;
        }
        return new SendResult(mailed, survey.status().name());
    }

    /**
     * Reminds now every recipient still waited for who has a current consent and got no mail today; refused when
     * every one of them was already mailed today ({@code survey-reminded-today}).
     */
    @Transactional
    @PreAuthorize(MANAGE)
    public SendResult remindNow(long surveyId) {
        SurveyDef survey = access.managed(access.caller(), surveyId);
        if (survey.status() != Status.OPEN) {
            throw DomainException.rule("survey-not-open", "surveysend.error.survey-not-open");
        }
        ZoneId zone = mailings.zone(survey);
        LocalDate today = LocalDay.today(clock, zone);
        List<SurveyRecipient> awaited = recipients.findBySurveyIdOrderByNameAscIdAsc(surveyId).stream()
                .filter(SurveyRecipient::awaited).toList();
        List<SurveyContactConsent> current = mailings.currentConsents(awaited);
        int mailed = 0;
        int today_ = 0;
        Instant now = clock.instant();
        for (SurveyRecipient r : awaited) {
            if (SurveyConsentService.match(current, r.getCompanyId(), r.getEmail()) == null || !mailings.mayMail(r, true)) {
                continue;
            }
            if (r.mailedOn(today, zone)) {
                today_++;
                continue;
            }
            mailings.remind(survey, r, now, false);
            mailed++;
        }
        if (mailed == 0 && today_ > 0) {
            throw DomainException.rule("survey-reminded-today", "surveysend.error.survey-reminded-today");
        }
        return new SendResult(mailed, survey.status().name());
    }

    // ---------------------------------------------------------------- open link

    /**
     * A new open anonymous link (any earlier one is revoked). Its URL is answered only now: the token is stored only
     * as a hash.
     */
    @Transactional
    @PreAuthorize(MANAGE)
    public OpenLinkView createOpenLink(long surveyId) {
        Caller caller = access.caller();
        SurveyDef survey = access.managed(caller, surveyId);
        if (survey.status() == Status.CLOSED) {
            throw DomainException.rule("survey-closed", "surveysend.error.survey-closed");
        }
        Instant now = clock.instant();
        openLinks.findBySurveyIdAndRevokedAtIsNull(surveyId).forEach(l -> l.revoke(now));
        openLinks.flush();
        String token = SurveyTokens.newToken();
        openLinks.save(new SurveyOpenLink(surveyId, SurveyTokens.hash(token), now, caller.name()));
        return new OpenLinkView(mailer.openUrl(token), now);
    }

    /** Revokes the open link: it no longer resolves. */
    @Transactional
    @PreAuthorize(MANAGE)
    public void revokeOpenLink(long surveyId) {
        access.managed(access.caller(), surveyId);
        Instant now = clock.instant();
        openLinks.findBySurveyIdAndRevokedAtIsNull(surveyId).forEach(l -> l.revoke(now));
    }
}
