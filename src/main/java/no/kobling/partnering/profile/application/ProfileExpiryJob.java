package no.kobling.partnering.profile.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserAdministration;
import no.kobling.notification.Notifications;
import no.kobling.partnering.profile.domain.PartnerProfile;
import no.kobling.partnering.profile.domain.ProfileStatus;
import no.kobling.partnering.profile.persistence.PartnerProfileRepository;
import no.kobling.shared.JobLease;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily: reminds the people who validated or last changed a profile {@code reminder-days} before it expires (once per
 * validity period), and hides profiles whose 12 months have passed; once across nodes (a {@link JobLease}). Tests call
 * {@link #run(Instant)}.
 */
@Component
public class ProfileExpiryJob {

    private final PartnerProfileRepository profiles;
    private final ProfileIndexSync sync;
    private final ObjectProvider<Notifications> notifications;
    private final UserAdministration users;
    private final Clock clock;
    private final Duration before;
    private final boolean timerEnabled;
    private final JobLease lease;

    ProfileExpiryJob(PartnerProfileRepository profiles, ProfileIndexSync sync,
            ObjectProvider<Notifications> notifications, UserAdministration users, Clock clock,
            @Value("${kobling.partnering.reminder-days:30}") int reminderDays,
            @Value("${kobling.jobs.enabled:true}") boolean timerEnabled, JobLease lease) {
        this.lease = lease;
        this.profiles = profiles;
        this.sync = sync;
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
        this.before = Duration.ofDays(reminderDays);
        this.timerEnabled = timerEnabled;
    }

    @Scheduled(cron = "${kobling.partnering.expiry-cron:0 15 3 * * *}")
    public void scheduled() {
        if (!timerEnabled || !lease.tryTake("partnering-profile-expiry", Duration.ofHours(20))) {
            return; // tests call run(Instant) themselves; another node has today's run
        }
        SystemAccess.run(() -> run(clock.instant()));
    }

    public record Result(int reminded, int expired) {
    }

    @Transactional
    public Result run(Instant now) {
        int reminded = 0;
        int expired = 0;
        List<PartnerProfile> soon = profiles.findByStatusAndExpiresAtBefore(ProfileStatus.VALIDATED,
                now.plus(before).plusSeconds(1));
        Notifications notify = notifications.getIfAvailable();
        for (PartnerProfile p : soon) {
            if (p.expireIfDue(now)) {
                expired++;
                sync.changed(p);
            } else if (p.needsReminder(now, before)) {
                if (notify != null) {
                    for (long user : recipients(p)) {
                        notify.notify(user, "partnering.notification.expires",
                                List.of(String.valueOf(p.getCompanyId()), p.getExpiresAt().toString().substring(0, 10)),
                                "/partnering/profiles/" + p.getCompanyId());
                    }
                }
                p.reminded(now);
                reminded++;
            }
        }
        return new Result(reminded, expired);
    }

    private Set<Long> recipients(PartnerProfile p) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : new String[] {p.getValidatedBy(), p.getUpdatedBy()}) {
            if (name != null && !SystemAccess.SYSTEM.equals(name)) {
                SystemAccess.run(() -> users.userByUsername(name)).ifPresent(u -> ids.add(u.id()));
            }
        }
        return ids;
    }
}
