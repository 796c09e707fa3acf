package no.kobling.partnering.cases.application;

import java.time.Duration;
import no.kobling.shared.JobLease;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends follow-up reminders every {@code kobling.cases.reminder-interval} (15 min) on one node per round (a
 * {@link JobLease} of half the interval); absent when jobs are off.
 */
@Component
@ConditionalOnProperty(name = "kobling.jobs.enabled", havingValue = "true", matchIfMissing = true)
class FollowUpReminderJob {

    private final FollowUpService followUps;
    private final JobLease lease;
    private final Duration round;

    FollowUpReminderJob(FollowUpService followUps, JobLease lease,
            @Value("${kobling.cases.reminder-interval:PT15M}") Duration interval) {
        this.followUps = followUps;
        this.lease = lease;
        this.round = interval.dividedBy(2);
    }

    @Scheduled(fixedDelayString = "${kobling.cases.reminder-interval:PT15M}", initialDelayString = "PT30S")
    void run() {
        if (lease.tryTake("cases-follow-up-reminders", round)) {
            followUps.sendReminders();
        }
    }
}
