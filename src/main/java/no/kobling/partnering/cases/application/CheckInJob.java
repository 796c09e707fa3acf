package no.kobling.partnering.cases.application;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import no.kobling.shared.JobLease;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends follow-up check-ins once a day ({@code kobling.cases.checkin-cron}, default 08:05 Oslo time: 09:05 in
 * Helsinki) on the node that takes the job's lease; absent when jobs are off.
 */
@Component
@ConditionalOnProperty(name = "kobling.jobs.enabled", havingValue = "true", matchIfMissing = true)
class CheckInJob {

    private final CheckInService checkIns;
    private final JobLease lease;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    CheckInJob(CheckInService checkIns, JobLease lease, Clock clock) {
        this.checkIns = checkIns;
        this.lease = lease;
        this.clock = clock;
    }

    @Scheduled(cron = "${kobling.cases.checkin-cron:0 5 8 * * *}", zone = "Europe/Oslo")
    void run() {
        if (lease.tryTake("cases-checkins", node, clock.instant(), Duration.ofHours(20))) {
            checkIns.sendDue();
        }
    }
}
