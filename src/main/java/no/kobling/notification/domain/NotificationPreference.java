package no.kobling.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import no.kobling.notification.Notifications.Delivery;
import no.kobling.notification.Notifications.Kind;

/** A user's choice of how one kind of notification reaches them; without one the kind's default applies. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Delivery delivery;
    @Version
    private long version;

    protected NotificationPreference() {
    }

    public NotificationPreference(long userId, Kind kind, Delivery delivery) {
        this.userId = userId;
        this.kind = Objects.requireNonNull(kind);
        this.delivery = Objects.requireNonNull(delivery);
    }

    public void choose(Delivery delivery) {
        this.delivery = Objects.requireNonNull(delivery);
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public Kind getKind() {
        return kind;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NotificationPreference p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return NotificationPreference.class.hashCode();
    }
}
