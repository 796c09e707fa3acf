package no.kobling.project.agreement.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserDirectory;
import no.kobling.notification.Notifications;
import no.kobling.project.agreement.domain.Agreement;
import no.kobling.project.agreement.domain.AgreementParty;
import no.kobling.project.agreement.persistence.AgreementRepository;
import no.kobling.shared.JobLease;
import no.kobling.shared.NodeId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Daily, once across nodes (a {@link JobLease}): reminds the coordinators (users with {@code MANAGE_PROJECTS}) of
 * every party of an active agreement {@code kobling.agreement.reminder-days} (default 60) days before its end date,
 * in the app and by e-mail, once per agreement and terms version. "Today" is the agreement's own calendar day (the
 * zone of the organisation that created it). The timer honours {@code kobling.jobs.enabled}; tests call
 * {@link #run(Instant)} or {@link #remind(Instant)}.
 */
@Component
public class AgreementExpiryReminder {

    static final String JOB = "agreement-expiry-reminder";

    private final AgreementRepository agreements;
    private final ObjectProvider<Notifications> notifications;
    private final UserDirectory users;
    private final JobLease lease;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String node;
    private final int days;
    private final boolean timerEnabled;

    AgreementExpiryReminder(AgreementRepository agreements, ObjectProvider<Notifications> notifications,
            UserDirectory users, JobLease lease, Clock clock, NodeId node, PlatformTransactionManager tm,
            @Value("${kobling.agreement.reminder-days:60}") int days,
            @Value("${kobling.jobs.enabled:true}") boolean timerEnabled) {
        this.agreements = agreements;
        this.notifications = notifications;
        this.users = users;
        this.lease = lease;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tm);
        this.node = node.id();
        this.days = days;
        this.timerEnabled = timerEnabled;
    }

    public record Result(boolean ran, int reminded) {
    }

    @Scheduled(cron = "${kobling.agreement.reminder-cron:0 20 4 * * *}")
    void scheduled() {
        if (timerEnabled) {
            SystemAccess.run(() -> run(clock.instant()));
        }
    }

    /** Reminds at {@code now} if this node takes the day's lease; otherwise does nothing. */
    public Result run(Instant now) {
        if (!lease.tryTake(JOB, node, now, Duration.ofHours(20))) {
            return new Result(false, 0);
        }
        return new Result(true, remind(now));
    }

    /** Sends the reminders due at {@code now} (no lease); returns how many agreements were reminded. */
    public int remind(Instant now) {
        LocalDate utc = now.atZone(ZoneOffset.UTC).toLocalDate();
        Integer count = transaction.execute(s -> {
            int reminded = 0;
            List<Agreement> candidates = agreements.findByEndDateBetween(utc.minusDays(1), utc.plusDays(days + 1));
            Notifications notify = notifications.getIfAvailable();
            for (Agreement a : candidates) {
                LocalDate today = now.atZone(ZoneId.of(a.getTimeZone())).toLocalDate();
                if (!a.needsReminder(today, days)) {
                    continue;
                }
                if (notify != null) {
                    Set<Long> orgs = new TreeSet<>();
                    a.getParties().stream().map(AgreementParty::getOrganisationId).forEach(orgs::add);
                    for (UserDirectory.UserInfo u : users.enabledWithPermission(Permission.MANAGE_PROJECTS, orgs)) {
                        notify.notify(u.id(), "agreement.notification.expires",
                                List.of(a.getTitle(), a.getEndDate().toString()), "/agreements/" + a.getId());
                    }
                }
                a.reminded();
                reminded++;
            }
            return reminded;
        });
        return count == null ? 0 : count;
    }
}
