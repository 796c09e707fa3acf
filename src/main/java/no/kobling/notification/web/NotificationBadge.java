package no.kobling.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import no.kobling.identity.CurrentUsers;
import no.kobling.notification.application.NotificationService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The header's unread count ({@code fragments/notification-badge :: badge}, as {@code @notificationBadge.unread()}):
 * one count query per page, remembered for the rest of the request; 0 without a signed-in user (no query).
 */
@Component("notificationBadge")
public class NotificationBadge {

    private static final String ATTRIBUTE = NotificationBadge.class.getName() + ".unread";

    private final NotificationService notifications;
    private final CurrentUsers currentUsers;

    NotificationBadge(NotificationService notifications, CurrentUsers currentUsers) {
        this.notifications = notifications;
        this.currentUsers = currentUsers;
    }

    public long unread() {
        if (currentUsers.current().isEmpty()) {
            return 0;
        }
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        if (request != null && request.getAttribute(ATTRIBUTE) instanceof Long cached) {
            return cached;
        }
        long unread = notifications.unreadCount();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, unread);
        }
        return unread;
    }
}
