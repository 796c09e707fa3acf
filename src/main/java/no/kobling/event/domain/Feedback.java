package no.kobling.event.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A participant's short feedback on a held meeting: was it useful, do they want to follow up. */
@Entity(name = "EventFeedback")
@Table(name = "event_meeting_feedback")
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id", nullable = false)
    private long meetingId;
    @Column(name = "participant_id", nullable = false)
    private long participantId;
    @Column(nullable = false)
    private boolean useful;
    @Column(name = "follow_up", nullable = false)
    private boolean followUp;
    @Column(name = "comment_text")
    private String comment;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Feedback() {
    }

    public static final int MAX_COMMENT = 1000;

    public Feedback(long meetingId, long participantId, boolean useful, boolean followUp, String comment,
            Instant createdAt) {
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw no.kobling.shared.DomainException.rule("event-message-too-long", "event.error.message-too-long");
        }
        this.meetingId = meetingId;
        this.participantId = participantId;
        this.useful = useful;
        this.followUp = followUp;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getParticipantId() {
        return participantId;
    }

    public boolean isUseful() {
        return useful;
    }

    public boolean isFollowUp() {
        return followUp;
    }

    public String getComment() {
        return comment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Feedback f && id != null && id.equals(f.id);
    }

    @Override
    public int hashCode() {
        return Feedback.class.hashCode();
    }
}
