package no.kobling.shared;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith's event publication registry across nodes (issue 18): a publication that a node's crash left
 * incomplete (e.g. "import completed → index") is resubmitted by a surviving node once it is older than
 * {@code kobling.event-publications.resubmit-after}; completed publications are deleted after
 * {@code kobling.event-publications.completed-retention}. Once across nodes per round (a {@link JobLease}); at
 * start-up each node also resubmits what is outstanding
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
@ConditionalOnProperty(name = "kobling.jobs.enabled", havingValue = "true", matchIfMissing = true)
class EventPublicationJob {

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final JobLease lease;
    private final Duration round;
    private final Duration after;
    private final Duration retention;

    EventPublicationJob(IncompleteEventPublications incomplete, CompletedEventPublications completed, JobLease lease,
            @Value("${kobling.event-publications.resubmit-interval:PT5M}") Duration interval,
            @Value("${kobling.event-publications.resubmit-after:PT5M}") Duration after,
            @Value("${kobling.event-publications.completed-retention:P7D}") Duration retention) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.lease = lease;
        this.round = interval.dividedBy(2);
        this.after = after;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${kobling.event-publications.resubmit-interval:PT5M}",
            initialDelayString = "${kobling.event-publications.resubmit-interval:PT5M}")
    void run() {
        if (lease.tryTake("shared-event-publications", round)) {
            incomplete.resubmitIncompletePublicationsOlderThan(after);
            completed.deletePublicationsOlderThan(retention);
        }
    }
}
