package no.kobling.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import no.kobling.notification.Notifications;

/**
 * A notification for one user: a message key with arguments (rendered in the reader's language when shown) and a
 * link into the application; unread until the user marks it read.
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "notification_notification")
public class Notification {

    /** Separates the arguments in the stored column (a control character no user text contains). */
    static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "message_key", nullable = false)
    private String messageKey;
    private String args;
    private String link;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Column(nullable = false, length = 40)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Notifications.Kind kind = Notifications.Kind.OTHER;
    @Column(nullable = false, length = 10)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Notifications.Delivery delivery = Notifications.Delivery.IMMEDIATE;
    @Column(name = "once_key", length = 200)
    private String onceKey;
    @Column(name = "digested_at")
    private Instant digestedAt;

    protected Notification() {
    }

    public Notification(long userId, String messageKey, List<String> args, String link, Instant createdAt) {
        this.userId = userId;
        this.messageKey = Objects.requireNonNull(messageKey);
        String joined = args == null ? "" : String.join(SEPARATOR, args.stream()
                .map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList());
        this.args = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
        this.link = link == null || !link.startsWith("/") || link.startsWith("//") ? null : link;
        this.createdAt = createdAt;
    }

    /** A notification of a kind, reaching the user as {@code delivery} says; {@code onceKey} may be null. */
    public Notification(long userId, Notifications.Kind kind, Notifications.Delivery delivery, String onceKey,
            String messageKey, List<String> args, String link, Instant createdAt) {
        this(userId, messageKey, args, link, createdAt);
        this.kind = Objects.requireNonNull(kind);
        this.delivery = Objects.requireNonNull(delivery);
        this.onceKey = onceKey == null || onceKey.length() <= 200 ? onceKey : onceKey.substring(0, 200);
    }

    /** Listed in (or left out of) the user's daily digest at {@code at}. */
    public void digested(Instant at) {
        if (digestedAt == null) {
            digestedAt = at;
        }
    }

    public Notifications.Kind getKind() {
        return kind;
    }

    public Notifications.Delivery getDelivery() {
        return delivery;
    }

    public String getOnceKey() {
        return onceKey;
    }

    public Instant getDigestedAt() {
        return digestedAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public List<String> argList() {
        return args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
