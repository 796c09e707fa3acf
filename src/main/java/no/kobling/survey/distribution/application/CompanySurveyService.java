package no.kobling.survey.distribution.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.kobling.company.Companies;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.survey.CompanySurveys;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.Status;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.distribution.domain.SurveyRecipient;
import no.kobling.survey.distribution.domain.SurveyRecipientToken;
import no.kobling.survey.distribution.persistence.SurveyRecipientRepository;
import no.kobling.survey.distribution.persistence.SurveyRecipientTokenRepository;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CompanySurveys}: a representative's view of the surveys sent to their company, and a new personal link on
 * request. The new link is mailed like a reminder (the recipient's address and language, through the outbox), so the
 * reminder job does not mail the same recipient again that day; the recipient's change and the new token are written
 * to the audit trail by the entity listener.
 */
@Service
class CompanySurveyService implements CompanySurveys {

    private final SurveyRecipientRepository recipients;
    private final SurveyRecipientTokenRepository tokens;
    private final SurveyDefinitions definitions;
    private final SurveySendMailer mailer;
    private final Companies companies;
    private final Clock clock;

    CompanySurveyService(SurveyRecipientRepository recipients, SurveyRecipientTokenRepository tokens,
            SurveyDefinitions definitions, SurveySendMailer mailer, Companies companies, Clock clock) {
        this.recipients = recipients;
        this.tokens = tokens;
        this.definitions = definitions;
        this.mailer = mailer;
        this.companies = companies;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('REPRESENT_COMPANY')")
    public List<CompanySurvey> open(long companyId) {
        represented(companyId);
        String lang = LocaleContextHolder.getLocale().getLanguage();
        Instant now = clock.instant();
        return recipients.findByCompanyId(companyId).stream().filter(r -> r.getSentAt() != null)
                .flatMap(r -> definitions.find(r.getSurveyId()).filter(s -> s.status() == Status.OPEN).stream()
                        .map(s -> new CompanySurvey(s.id(), s.title(lang), s.closesOn(),
                                r.status(true).name(), lastMailed(r), refusal(s, r, now) == null)))
                .sorted(Comparator.comparing(CompanySurvey::closesOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CompanySurvey::surveyId))
                .toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('REPRESENT_COMPANY')")
    public String resendLink(long companyId, long surveyId) {
        represented(companyId);
        SurveyRecipient r = recipients.findByCompanyId(companyId).stream()
                .filter(x -> x.getSurveyId() == surveyId && x.getSentAt() != null)
                .max(Comparator.comparing(SurveyRecipient::getId))
                .orElseThrow(() -> new NotFoundException("survey", surveyId));
        SurveyDef survey = definitions.find(surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        Instant now = clock.instant();
        String refused = refusal(survey, r, now);
        if (refused != null) {
            throw DomainException.rule(refused, "workspacegaps.error." + refused);
        }
        String token = SurveyTokens.newToken();
        String hash = SurveyTokens.hash(token);
        tokens.save(new SurveyRecipientToken(hash, r.getId(), now));
        mailer.mail(survey, r, token, true);
        r.reminded(hash, now, false);
        return r.getEmail();
    }

    private void represented(long companyId) {
        if (!companies.representsCompany(companyId)) {
            throw new NotFoundException("company", companyId);
        }
    }

    private static Instant lastMailed(SurveyRecipient r) {
        return Optional.ofNullable(r.getRemindedAt()).filter(t -> r.getSentAt() == null || t.isAfter(r.getSentAt()))
                .orElse(r.getSentAt());
    }

    /** Why a new link may not be mailed now (a rule code), or null. */
    private static String refusal(SurveyDef survey, SurveyRecipient r, Instant now) {
        if (survey.status() != Status.OPEN) {
            return "survey-not-open";
        }
        if (r.getCompletedAt() != null) {
            return "survey-already-answered";
        }
        Instant last = lastMailed(r);
        if (last != null && Duration.between(last, now).toMinutes() < RESEND_PAUSE_MINUTES) {
            return "survey-link-sent-recently";
        }
        return null;
    }
}
