package no.kobling.notification.application;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.UserDirectory;
import no.kobling.notification.Notifications;
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

    NotificationService(NotificationRepository notifications, OutboxRepository outbox, UserDirectory recipients,
            MessageSource messages, CurrentUsers currentUsers, Clock clock,
            @Value("${kobling.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.recipients = recipients;
        this.messages = messages;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public record NotificationView(long id, String text, String link, java.time.Instant createdAt, boolean read) {
    }

    @Override
    @Transactional
    public void notify(long userId, String messageKey, List<String> args, String link) {
        var recipient = recipients.find(userId);
        if (recipient.isEmpty() || !recipient.get().enabled()) {
            return;
        }
        Notification n = notifications.save(new Notification(userId, messageKey, args, link, clock.instant()));
        String email = recipient.get().email();
        if (email != null && !email.isBlank()) {
            Locale locale = Locale.forLanguageTag(recipient.get().locale() == null ? "nb" : recipient.get().locale());
            String text = text(n, locale);
            String url = n.getLink() == null ? baseUrl : baseUrl + n.getLink();
            String subject = messages.getMessage("notification.mail.subject", new Object[] {text}, locale);
            String body = String.join("\n\n",
                    messages.getMessage("notification.mail.greeting", new Object[] {recipient.get().displayName()},
                            locale),
                    text, messages.getMessage("notification.mail.open", new Object[] {url}, locale),
                    messages.getMessage("notification.mail.footer", null, locale));
            outbox.save(new OutboxMessage(n.getId(), email.strip(), subject, body, clock.instant()));
        }
    }

    /** The signed-in user's notifications, newest first, in their language. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<NotificationView> mine(Pageable pageable, Locale locale) {
        long user = currentUsers.require().id();
        return notifications.findByUserIdOrderByCreatedAtDescIdDesc(user, pageable)
                .map(n -> new NotificationView(n.getId(), text(n, locale), n.getLink(), n.getCreatedAt(), n.isRead()));
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
        return messages.getMessage(n.getMessageKey(), n.argList().toArray(), n.getMessageKey(), locale);
    }
}
