package no.kobling.partnering.cases.application;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends follow-up reminders every {@code kobling.cases.reminder-interval} (15 min); absent when jobs are off. */
@Component
@ConditionalOnProperty(name = "kobling.jobs.enabled", havingValue = "true", matchIfMissing = true)
class FollowUpReminderJob {

    private final FollowUpService followUps;

    FollowUpReminderJob(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Scheduled(fixedDelayString = "${kobling.cases.reminder-interval:PT15M}", initialDelayString = "PT30S")
    void run() {
        followUps.sendReminders();
    }
}
