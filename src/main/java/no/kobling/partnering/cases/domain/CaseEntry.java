package no.kobling.partnering.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import no.kobling.shared.DomainException;

/** A message in the case thread or a note, written by a facilitator; never edited (the thread is a record). */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "cases_entry")
public class CaseEntry {

    public static final int BODY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryKind kind;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "author_name", nullable = false)
    private String authorName;
    @Column(nullable = false)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseEntry() {
    }

    public CaseEntry(long caseId, EntryKind kind, Long authorId, String authorName, String body, Instant at) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw DomainException.rule("entry-empty", "cases.error.entry-empty");
        }
        if (text.length() > BODY_MAX) {
            throw DomainException.rule("entry-too-long", "cases.error.entry-too-long", BODY_MAX);
        }
        this.caseId = caseId;
        this.kind = Objects.requireNonNull(kind);
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = text;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public EntryKind getKind() {
        return kind;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
