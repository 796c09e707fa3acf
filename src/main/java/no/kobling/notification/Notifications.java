package no.kobling.notification;

import java.util.List;

/**
 * Facade of notifications for other modules: an in-app notification for a user and an e-mail to them through the
 * outbox (which retries while the mail server is down, and never sends one twice).
 */
public interface Notifications {

    /**
     * Notifies a user. The text is the message {@code messageKey} with {@code args}, rendered in the user's
     * language when shown or mailed; {@code link} is a path in the application (e.g. {@code /cases/12}) or null.
     */
    void notify(long userId, String messageKey, List<String> args, String link);
}
