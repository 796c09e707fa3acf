package no.kobling.notification;

/** The e-mail outbox's backlog, for the administrator's home page (issue 16). Needs ADMINISTER_USERS. */
public interface OutboxHealth {

    Backlog backlog();

    /** Mails waiting to be sent, and mails given up on. */
    record Backlog(long pending, long failed) {
    }
}
