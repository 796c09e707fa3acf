package no.kobling.partnering.profile.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.partnering.profile.domain.PartnerProfile;
import no.kobling.partnering.profile.persistence.PartnerProfileRepository;
import no.kobling.shared.EveryNode;
import no.kobling.shared.JobLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partner matching gives the same results on every node within seconds of a change (issue 18). The matching index
 * lives in each node's memory ({@link ProfileIndexer}); every profile change also writes a row to
 * {@code partnering_profile_change} in the change's own transaction ({@link #changed}), and every node polls the rows
 * of the last {@link #WINDOW} every {@code kobling.partnering.index-sync-interval} (3 s) and re-indexes those
 * profiles from the database (a profile that is gone is dropped). The window, not the highest id seen, decides what is
 * read: a transaction that took a smaller id but committed later is still seen; re-indexing a profile twice is
 * harmless, and ids already applied are skipped. Rows older than a day are deleted once across nodes.
 */
@Component
public class ProfileIndexSync {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileIndexSync.class);
    static final Duration WINDOW = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final PartnerProfileRepository profiles;
    private final ProfileIndexer indexer;
    private final TransactionTemplate tx;
    private final JobLease lease;
    private final Clock clock;
    private final boolean timerEnabled;
    /** Change rows this node applied within the window (id → when the row was written). */
    private final Map<Long, Instant> applied = new HashMap<>();

    ProfileIndexSync(JdbcTemplate jdbc, PartnerProfileRepository profiles, ProfileIndexer indexer,
            PlatformTransactionManager transactions, JobLease lease, Clock clock,
            @Value("${kobling.jobs.enabled:true}") boolean timerEnabled) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.indexer = indexer;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setReadOnly(true);
        this.lease = lease;
        this.clock = clock;
        this.timerEnabled = timerEnabled;
    }

    /**
     * A profile changed: re-indexed on this node after the commit, and on the others through the change row written
     * in the caller's transaction (so a rolled-back change is never announced).
     */
    public void changed(PartnerProfile profile) {
        jdbc.update("insert into partnering_profile_change (company_id, changed_at) values (?, ?)",
                profile.getCompanyId(), clock.instant().atOffset(ZoneOffset.UTC));
        indexer.changed(profile);
    }

    @Scheduled(fixedDelayString = "${kobling.partnering.index-sync-interval:PT3S}",
            initialDelayString = "${kobling.partnering.index-sync-interval:PT3S}")
    @EveryNode("the matching index is in each node's memory: each node applies the others' changes")
    void scheduled() {
        if (timerEnabled) {
            try {
                sync();
            } catch (RuntimeException e) {
                LOG.warn("Partner index sync failed; next try at the next interval", e);
            }
        }
    }

    /** Applies the changes of the last {@link #WINDOW} this node has not applied yet; returns how many profiles. */
    public synchronized int sync() {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        applied.values().removeIf(at -> at.isBefore(since.minus(WINDOW)));
        Set<Long> companies = new LinkedHashSet<>();
        Map<Long, Instant> rows = new HashMap<>();
        jdbc.query("select id, company_id, changed_at from partnering_profile_change where changed_at >= ? order by id",
                rs -> {
                    long id = rs.getLong(1);
                    if (!applied.containsKey(id)) {
                        companies.add(rs.getLong(2));
                        rows.put(id, rs.getObject(3, java.time.OffsetDateTime.class).toInstant());
                    }
                }, since.atOffset(ZoneOffset.UTC));
        if (companies.isEmpty()) {
            return 0;
        }
        tx.executeWithoutResult(s -> {
            List<PartnerProfile> found = profiles.findByCompanyIdIn(companies);
            Set<Long> gone = new LinkedHashSet<>(companies);
            for (PartnerProfile p : found) {
                indexer.changed(p);
                gone.remove(p.getCompanyId());
            }
            gone.forEach(indexer::removed);
        });
        applied.putAll(rows);
        return companies.size();
    }

    /** Deletes change rows older than a day, once across nodes. */
    @Scheduled(cron = "${kobling.partnering.index-sync-cleanup-cron:0 50 3 * * *}")
    void cleanup() {
        if (timerEnabled && lease.tryTake("partnering-profile-change-cleanup", Duration.ofHours(20))) {
            jdbc.update("delete from partnering_profile_change where changed_at < ?",
                    clock.instant().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC));
        }
    }
}
