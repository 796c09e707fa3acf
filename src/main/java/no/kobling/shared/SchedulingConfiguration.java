package no.kobling.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs ({@code @Scheduled}: reminders, the mail outbox, profile expiry, request expiry). The one
 * place that turns them on; tests switch them off with {@code kobling.jobs.enabled=false} and call the jobs
 * directly with a fixed clock, so no test waits for a timer.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "kobling.jobs.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
