package no.kobling.notification.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import no.kobling.notification.persistence.OutboxStore;
import org.springframework.stereotype.Component;

/**
 * The mail outbox for Prometheus (issue 19 point 7): {@code kobling_outbox_messages{status="pending|failed"}}, read
 * from the database at each scrape, so every node reports the same backlog (use max() across nodes).
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final OutboxStore outbox;

    OutboxMetrics(OutboxStore outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kobling.outbox.messages", outbox, o -> o.counts().pending())
                .description("E-mails waiting in the outbox (backlog)").tag("status", "pending").register(registry);
        Gauge.builder("kobling.outbox.messages", outbox, o -> o.counts().failed())
                .description("E-mails waiting in the outbox (backlog)").tag("status", "failed").register(registry);
    }
}
