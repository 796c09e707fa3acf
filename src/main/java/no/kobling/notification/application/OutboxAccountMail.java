package no.kobling.notification.application;

import no.kobling.identity.AccountMail;
import org.springframework.stereotype.Component;

/** Identity's account e-mails (password reset links) go through the outbox like every other e-mail. */
@Component
class OutboxAccountMail implements AccountMail {

    private final NotificationService notifications;

    OutboxAccountMail(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void send(String address, String subject, String body) {
        notifications.mail(address, subject, body);
    }
}
