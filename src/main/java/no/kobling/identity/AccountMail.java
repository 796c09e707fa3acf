package no.kobling.identity;

/**
 * Outgoing port: identity sends e-mails about an account (a "forgot password" link) but does not own the outbox. The
 * notification module implements it with its outbox (retries, never twice), in the caller's transaction. The caller
 * renders subject and body in the recipient's language.
 */
public interface AccountMail {

    void send(String address, String subject, String body);
}
