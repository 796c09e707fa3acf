package no.kobling.privacy.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kobling.privacy.domain.RetentionRun;
import no.kobling.privacy.persistence.RetentionRunRepository;
import no.kobling.shared.JobLease;
import no.kobling.shared.NodeId;
import no.kobling.shared.PageResult;
import no.kobling.shared.privacy.PersonalData;
import no.kobling.shared.privacy.RetentionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily retention job for records about people (docs/privacy.md): for each rule of {@link RetentionRules} every
 * module anonymises what expired before {@code now - period}. Runs once across nodes (the day's {@link JobLease}), and
 * records each run with its counts; a handler may start a run by hand.
 */
@Service
public class PrivacyRetention {

    static final String JOB = "privacy-retention";
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyRetention.class);

    /** A run as pages and the API show it. */
    public record RunView(long id, Instant startedAt, Instant finishedAt, String trigger, String result) {
    }

    private final List<PersonalData> modules;
    private final RetentionRules rules;
    private final RetentionRunRepository runs;
    private final JobLease lease;
    private final PrivacyAccess access;
    private final Clock clock;
    private final String node;
    private final boolean timerEnabled;

    PrivacyRetention(List<PersonalData> modules, RetentionRules rules, RetentionRunRepository runs, JobLease lease,
            PrivacyAccess access, Clock clock, NodeId node, @Value("${kobling.jobs.enabled:true}") boolean timerEnabled) {
        this.modules = modules;
        this.rules = rules;
        this.runs = runs;
        this.lease = lease;
        this.access = access;
        this.clock = clock;
        this.node = node.id();
        this.timerEnabled = timerEnabled;
    }

    @Scheduled(cron = "${kobling.retention.cron:0 40 2 * * *}")
    void scheduled() {
        if (timerEnabled) {
            run(clock.instant());
        }
    }

    /** The daily run at {@code now} over every organisation, if this node takes the day's lease; otherwise null. */
    @Transactional
    public RunView run(Instant now) {
        return run(now, RetentionScope.ALL);
    }

    /**
     * The daily run at {@code now} limited to a scope (the job uses {@link RetentionScope#ALL}; a scope lets a test
     * run the day's job on its own fixtures only), if this node takes the day's lease; otherwise null.
     */
    @Transactional
    public RunView run(Instant now, RetentionScope scope) {
        if (!lease.tryTake(JOB, node, now, Duration.ofHours(20))) {
            return null;
        }
        return execute(now, "SCHEDULE", scope);
    }

    /**
     * A run started by a handler (no lease: the expiry is idempotent): an administrator's covers every organisation,
     * another handler's (a data protection officer) the records of their own organisation.
     */
    @Transactional
    public RunView runNow() {
        PrivacyAccess.Caller caller = access.handler();
        return execute(clock.instant(), "MANUAL",
                caller.administrator() ? RetentionScope.ALL : RetentionScope.of(caller.organisationId()));
    }

    @Transactional(readOnly = true)
    public PageResult<RunView> runs(Pageable pageable) {
        access.handler();
        return PageResult.of(runs.findAllByOrderByStartedAtDescIdDesc(pageable), PrivacyRetention::view);
    }

    private RunView execute(Instant now, String trigger, RetentionScope scope) {
        RetentionRun run = runs.save(new RetentionRun(now, trigger));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Period> rule : rules.all().entrySet()) {
            Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(rule.getValue()).toInstant();
            int total = 0;
            for (PersonalData module : modules) {
                total += module.expire(rule.getKey(), cutoff, scope);
            }
            counts.put(rule.getKey(), total);
        }
        String result = counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "))
                + (scope.all() ? "" : "; organisations=" + scope.organisations().stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(" ")));
        run.finish(clock.instant(), result);
        LOG.info("Privacy retention ({}): anonymised {}", trigger, result);
        return view(run);
    }

    private static RunView view(RetentionRun r) {
        return new RunView(r.getId(), r.getStartedAt(), r.getFinishedAt(), r.getTrigger(), r.getResult());
    }
}
