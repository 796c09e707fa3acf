package no.kobling.survey.distribution.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.kobling.identity.OrganisationDirectory;
import no.kobling.privacy.ConsentPurpose;
import no.kobling.privacy.Consents;
import no.kobling.shared.LocalDay;
import no.kobling.shared.Zones;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.distribution.domain.SurveyContactConsent;
import no.kobling.survey.distribution.domain.SurveyRecipient;
import no.kobling.survey.distribution.domain.SurveyRecipientToken;
import no.kobling.survey.distribution.persistence.SurveyRecipientTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Mailing one recipient, for the first send and for reminders (by hand or by {@link SurveySendReminderJob}): who may
 * be mailed (a current consent, no withdrawal in the privacy module), a new personal link per mail (only its hash is
 * stored), and the survey's day in its owner organisation's zone.
 */
@Component
public class SurveyMailings {

    private final SurveyRecipientTokenRepository tokens;
    private final SurveyConsentService consents;
    private final SurveySendMailer mailer;
    private final OrganisationDirectory organisations;
    private final Consents privacy;
    private final Clock clock;

    SurveyMailings(SurveyRecipientTokenRepository tokens, SurveyConsentService consents, SurveySendMailer mailer,
            OrganisationDirectory organisations, Consents privacy, Clock clock) {
        this.tokens = tokens;
        this.consents = consents;
        this.mailer = mailer;
        this.organisations = organisations;
        this.privacy = privacy;
        this.clock = clock;
    }

    /**
     * Whether the person behind the recipient's address has not withdrawn the consent (privacy module) that survey
     * e-mails, or reminders, rely on (issue 19: a withdrawal stops survey and reminder e-mails).
     */
    public boolean mayMail(SurveyRecipient r, boolean reminder) {
        return !privacy.withdrawn(r.getEmail(), ConsentPurpose.SURVEYS)
                && !(reminder && privacy.withdrawn(r.getEmail(), ConsentPurpose.REMINDERS));
    }

    /** The current contact consents behind the recipients. */
    public List<SurveyContactConsent> currentConsents(List<SurveyRecipient> list) {
        return consents.currentFor(list.stream().map(SurveyRecipient::getCompanyId).filter(id -> id != null)
                .toList(), list.stream().map(SurveyRecipient::getEmail).toList());
    }

    /** Mails the recipient the survey's invitation with a new personal link. */
    void send(SurveyDef survey, SurveyRecipient r, Instant now) {
        String token = issue(r, now);
        mailer.mail(survey, r, token, false);
        r.sent(SurveyTokens.hash(token), now);
    }

    /** Mails the recipient a reminder with a new personal link. */
    public void remind(SurveyDef survey, SurveyRecipient r, Instant now, boolean closingReminder) {
        String token = issue(r, now);
        mailer.mail(survey, r, token, true);
        r.reminded(SurveyTokens.hash(token), now, closingReminder);
    }

    /** A new personal link for the recipient: only its hash is stored. */
    private String issue(SurveyRecipient r, Instant now) {
        String token = SurveyTokens.newToken();
        tokens.save(new SurveyRecipientToken(SurveyTokens.hash(token), r.getId(), now));
        return token;
    }

    public ZoneId zone(SurveyDef survey) {
        return organisations.zoneOf(survey.ownerOrganisationId()).orElse(Zones.DEFAULT);
    }

    public LocalDate today(SurveyDef survey) {
        return LocalDay.today(clock, zone(survey));
    }
}
