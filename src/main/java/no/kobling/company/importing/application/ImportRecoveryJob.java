package no.kobling.company.importing.application;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import no.kobling.shared.JobLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ImportRecovery} once the application has started (on a background thread: a large pending index must
 * not hold up the start) and every minute after, then lets this node's import thread claim runs queued by any node. Off with
 * {@code kobling.jobs.enabled=false} (tests call the services directly) and in the command-line modes (no web
 * application: a command process exits when its command is done and must not claim other runs). The recovery runs on
 * one node per round (a {@link JobLease} of half the interval); every node kicks its own import thread (claiming a
 * queued run is itself a conditional update, so two nodes never run the same run).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "kobling.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ImportRecoveryJob {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRecoveryJob.class);

    private final ImportRecovery recovery;
    private final ImportQueue queue;
    private final ImportNode node;
    private final JobLease lease;
    private final Duration round;
    private final ExecutorService startup = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "company-import-recovery");
        t.setDaemon(true);
        return t;
    });

    ImportRecoveryJob(ImportRecovery recovery, ImportQueue queue, ImportNode node, JobLease lease,
            @Value("${kobling.import.recovery-interval:PT60S}") Duration interval) {
        this.lease = lease;
        this.round = interval.dividedBy(2);
        this.recovery = recovery;
        this.queue = queue;
        this.node = node;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        startup.submit(this::tick);
    }

    @Scheduled(fixedDelayString = "${kobling.import.recovery-interval:PT60S}", initialDelayString = "${kobling.import.recovery-interval:PT60S}")
    void tick() {
        try {
            if (lease.tryTake("company-import-recovery", round)) {
                recovery.recover();
            }
            queue.kick(node.id());
        } catch (RuntimeException e) {
            LOG.error("Import recovery failed; next try at the next interval", e);
        }
    }

    @PreDestroy
    void stop() {
        startup.shutdownNow();
    }
}
