package no.kobling.notification.application;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.UserDirectory;
import no.kobling.notification.Notifications;
import no.kobling.notification.Notifications.Delivery;
import no.kobling.notification.Notifications.Kind;
import no.kobling.notification.domain.Notification;
import no.kobling.notification.domain.OutboxMessage;
import no.kobling.notification.persistence.NotificationRepository;
import no.kobling.notification.persistence.OutboxRepository;
import no.kobling.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications: stored for the in-app list, and mailed in the recipient's language through the outbox, in the
 * caller's transaction (a rolled-back change sends nothing). Users see and mark only their own notifications.
 */
@Service
public class NotificationService implements Notifications {

    private final NotificationRepository notifications;
    private final OutboxRepository outbox;
    private final UserDirectory recipients;
    private final MessageSource messages;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final String baseUrl;
    private final PreferenceService preferences;
    private final NotificationMails mails;

    NotificationService(NotificationRepository notifications, OutboxRepository outbox, UserDirectory recipients,
            MessageSource messages, CurrentUsers currentUsers, Clock clock, PreferenceService preferences,
            NotificationMails mails, @Value("${kobling.base-url:http://localhost:8080}") String baseUrl) {
        this.preferences = preferences;
        this.mails = mails;
        this.notifications = notifications;
        this.outbox = outbox;
        this.recipients = recipients;
        this.messages = messages;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public record NotificationView(long id, String text, String link, java.time.Instant createdAt, boolean read,
            Kind kind) {
    }

    @Override
    @Transactional
    public void notify(long userId, Kind kind, String messageKey, List<String> args, String link) {
        send(userId, kind, null, messageKey, args, link);
    }

    @Override
    @Transactional
    public boolean notifyOnce(long userId, Kind kind, String onceKey, String messageKey, List<String> args,
            String link) {
        if (onceKey == null || onceKey.isBlank()) {
            throw new IllegalArgumentException("notifyOnce without a key");
        }
        if (notifications.existsByUserIdAndOnceKey(userId, onceKey)) {
            return false;
        }
        return send(userId, kind, onceKey, messageKey, args, link);
    }

    /** Stores the notification and, when the user wants it at once, queues its e-mail; false for a disabled user. */
    private boolean send(long userId, Kind kind, String onceKey, String messageKey, List<String> args, String link) {
        var recipient = recipients.find(userId);
        if (recipient.isEmpty() || !recipient.get().enabled()) {
            return false;
        }
        Delivery delivery = preferences.deliveryOf(userId, kind == null ? Kind.OTHER : kind);
        Notification n = notifications.save(new Notification(userId, kind == null ? Kind.OTHER : kind, delivery,
                onceKey, messageKey, args, link, clock.instant()));
        String email = recipient.get().email();
        if (delivery == Delivery.IMMEDIATE && email != null && !email.isBlank()) {
            Locale locale = mails.locale(recipient.get());
            String text = text(n, locale);
            String url = n.getLink() == null ? baseUrl : baseUrl + n.getLink();
            String subject = messages.getMessage("notification.mail.subject", new Object[] {text}, locale);
            String body = String.join("\n\n",
                    messages.getMessage("notification.mail.greeting", new Object[] {recipient.get().displayName()},
                            locale),
                    text, messages.getMessage("notification.mail.open", new Object[] {url}, locale),
                    messages.getMessage("notification.mail.footer", null, locale),
                    messages.getMessage("notify.mail.preferences", new Object[] {baseUrl + "/notifications/preferences"},
                            locale));
            outbox.save(new OutboxMessage(n.getId(), email.strip(), subject, body, clock.instant()));
        }
        return true;
    }

    @Override
    @Transactional
    public void mail(String address, String subject, String body) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("mail without an address");
        }
        outbox.save(new OutboxMessage(null, address.strip(), subject, body, clock.instant()));
    }

    /** The signed-in user's notifications, newest first, in their language. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<NotificationView> mine(Pageable pageable, Locale locale) {
        long user = currentUsers.require().id();
        return notifications.findByUserIdOrderByCreatedAtDescIdDesc(user, pageable)
                .map(n -> new NotificationView(n.getId(), text(n, locale), n.getLink(), n.getCreatedAt(), n.isRead(),
                        n.getKind()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countByUserIdAndReadAtIsNull(currentUsers.require().id());
    }

    /** Marks one of the user's notifications read (another user's answers 404); returns its link. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String markRead(long id) {
        long user = currentUsers.require().id();
        Notification n = notifications.findById(id).filter(x -> x.getUserId() == user)
                .orElseThrow(() -> new NotFoundException("notification", id));
        n.markRead(clock.instant());
        return n.getLink();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        var unread = notifications.findByUserIdAndReadAtIsNull(currentUsers.require().id());
        unread.forEach(n -> n.markRead(clock.instant()));
        return unread.size();
    }

    private String text(Notification n, Locale locale) {
        return mails.text(n, locale);
    }
}
