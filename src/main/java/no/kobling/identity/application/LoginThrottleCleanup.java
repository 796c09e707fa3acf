package no.kobling.identity.application;

import java.time.Duration;
import no.kobling.shared.JobLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly: deletes login counts whose last failure is older than {@code kobling.login.forget-after} (they count as
 * zero already), once across nodes (a {@link JobLease}), so guesses at random usernames do not make the table grow without bound. Tests call
 * {@link LoginThrottle#forgetOld()}.
 */
@Component
class LoginThrottleCleanup {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleCleanup.class);

    private final LoginThrottle throttle;
    private final JobLease lease;
    private final boolean timerEnabled;

    LoginThrottleCleanup(LoginThrottle throttle, JobLease lease,
            @Value("${kobling.jobs.enabled:true}") boolean timerEnabled) {
        this.throttle = throttle;
        this.lease = lease;
        this.timerEnabled = timerEnabled;
    }

    @Scheduled(cron = "${kobling.login.cleanup-cron:0 40 3 * * *}")
    void scheduled() {
        if (timerEnabled && lease.tryTake("identity-login-cleanup", Duration.ofHours(20))) {
            int deleted = throttle.forgetOld();
            log.debug("Deleted {} old login counts", deleted);
        }
    }
}
