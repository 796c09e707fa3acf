package no.kobling.survey.distribution.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.JobLease;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NodeId;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.Status;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.distribution.domain.SurveyContactConsent;
import no.kobling.survey.distribution.domain.SurveyRecipient;
import no.kobling.survey.distribution.persistence.SurveyRecipientRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily, once across nodes (a {@link JobLease}): reminds the recipients of open surveys who have not completed and
 * not unsubscribed (and still consent), {@code kobling.surveys.reminder-days-before-close} (default 3) days before
 * the closing date or later, once per recipient; and closes the open surveys whose closing date has passed. "Today" is
 * the survey's owner organisation's day. The timer honours {@code kobling.jobs.enabled}; tests call {@link #run} or
 * {@link #work}.
 */
@Component
public class SurveySendReminderJob {

    static final String JOB = "survey-reminders";

    private final SurveyRecipientRepository recipients;
    private final SurveyDefinitions definitions;
    private final SurveyMailings mailings;
    private final SurveyStateHook state;
    private final JobLease lease;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String node;
    private final int daysBeforeClose;
    private final boolean timerEnabled;

    SurveySendReminderJob(SurveyRecipientRepository recipients, SurveyDefinitions definitions,
            SurveyMailings mailings, SurveyStateHook state, JobLease lease, Clock clock, NodeId node,
            PlatformTransactionManager tm,
            @Value("${kobling.surveys.reminder-days-before-close:3}") int daysBeforeClose,
            @Value("${kobling.jobs.enabled:true}") boolean timerEnabled) {
        this.recipients = recipients;
        this.definitions = definitions;
        this.mailings = mailings;
        this.state = state;
        this.lease = lease;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tm);
        this.node = node.id();
        this.daysBeforeClose = daysBeforeClose;
        this.timerEnabled = timerEnabled;
    }

    public record Result(boolean ran, int reminded, int closed) {
    }

    @Scheduled(cron = "${kobling.surveys.reminder-cron:0 10 6 * * *}")
    void scheduled() {
        if (timerEnabled) {
            SystemAccess.run(() -> run(clock.instant()));
        }
    }

    /** Runs at {@code now} if this node takes the day's lease; otherwise does nothing. */
    public Result run(Instant now) {
        if (!lease.tryTake(JOB, node, now, Duration.ofHours(20))) {
            return new Result(false, 0, 0);
        }
        return work(now);
    }

    /**
     * Sends the reminders due at {@code now} and closes the surveys past their closing date (no lease), as the
     * system.
     */
    public Result work(Instant now) {
        return SystemAccess.run(() -> remindAndClose(now));
    }

    private Result remindAndClose(Instant now) {
        int[] counts = new int[2];
        Set<Long> surveyIds = new LinkedHashSet<>(recipients.surveysAwaitingAnswers());
        surveyIds.addAll(state.openSurveyIds());
        for (long surveyId : surveyIds) {
            transaction.executeWithoutResult(s -> {
                SurveyDef survey = definitions.find(surveyId).orElse(null);
                if (survey == null || survey.status() != Status.OPEN || survey.closesOn() == null) {
                    return;
                }
                ZoneId zone = mailings.zone(survey);
                LocalDate today = LocalDay.of(now, zone);
                if (today.isAfter(survey.closesOn())) {
                    state.close(surveyId);
                    counts[1]++;
                    return;
                }
                if (today.isBefore(survey.closesOn().minusDays(daysBeforeClose))) {
                    return;
                }
                List<SurveyRecipient> due = recipients.findBySurveyIdOrderByNameAscIdAsc(surveyId).stream()
                        .filter(r -> r.awaited() && r.getClosingReminderAt() == null && !r.mailedOn(today, zone))
                        .toList();
                List<SurveyContactConsent> current = mailings.currentConsents(due);
                for (SurveyRecipient r : due) {
                    if (SurveyConsentService.match(current, r.getCompanyId(), r.getEmail()) != null
                            && mailings.mayMail(r, true)) {
                        mailings.remind(survey, r, now, true);
                        counts[0]++;
                    }
                }
            });
        }
        return new Result(true, counts[0], counts[1]);
    }
}
