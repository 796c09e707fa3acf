package no.kobling.event.application;

import java.time.Clock;
import java.time.Duration;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.JobLease;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The event module's timers (hourly): request expiry, retrying hand-overs of held meetings to partner search, and
 * scheduling-run housekeeping (runs whose node died are failed; finished runs past their retention are deleted). Once
 * across nodes each hour (a {@link JobLease}).
 */
@Component
@ConditionalOnProperty(name = "kobling.jobs.enabled", havingValue = "true", matchIfMissing = true)
class EventJobs {

    private final RequestService requests;
    private final DayService day;
    private final ScheduleService scheduling;
    private final Clock clock;
    private final JobLease lease;

    EventJobs(RequestService requests, DayService day, ScheduleService scheduling, Clock clock, JobLease lease) {
        this.lease = lease;
        this.requests = requests;
        this.day = day;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    @Scheduled(cron = "${kobling.events.jobs-cron:0 5 * * * *}")
    void run() {
        if (!lease.tryTake("event-hourly", Duration.ofMinutes(50))) {
            return;
        }
        SystemAccess.run(() -> {
            requests.expireRequests(clock.instant());
            day.handOverPending();
            scheduling.housekeeping(clock.instant());
        });
    }
}
