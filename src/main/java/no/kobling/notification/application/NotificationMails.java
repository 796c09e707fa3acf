package no.kobling.notification.application;

import java.util.Locale;
import no.kobling.identity.UserDirectory.UserInfo;
import no.kobling.notification.domain.Notification;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders notifications in a reader's language (the list, the immediate e-mail and the digest). */
@Component
public class NotificationMails {

    private final MessageSource messages;

    NotificationMails(MessageSource messages) {
        this.messages = messages;
    }

    /** The user's preferred language, bokmål when they chose none. */
    public Locale locale(UserInfo user) {
        return Locale.forLanguageTag(user.locale() == null || user.locale().isBlank() ? "nb" : user.locale());
    }

    public String text(Notification n, Locale locale) {
        return messages.getMessage(n.getMessageKey(), n.argList().toArray(), n.getMessageKey(), locale);
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
