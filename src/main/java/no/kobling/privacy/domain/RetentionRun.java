package no.kobling.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One run of the retention job: when, how it was started, and how many records each rule anonymised. */
@Entity
@Table(name = "privacy_retention_run")
public class RetentionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(nullable = false)
    private String trigger;
    private String result;
    @Version
    private long version;

    protected RetentionRun() {
    }

    public RetentionRun(Instant startedAt, String trigger) {
        this.startedAt = startedAt;
        this.trigger = trigger;
    }

    public void finish(Instant at, String result) {
        this.finishedAt = at;
        this.result = result;
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getTrigger() {
        return trigger;
    }

    public String getResult() {
        return result;
    }
}
