package no.kobling.notification;

import java.util.List;

/**
 * Facade of notifications for other modules: an in-app notification for a user and an e-mail to them through the
 * outbox (which retries while the mail server is down, and never sends one twice). Each notification has a
 * {@link Kind}; the user chooses per kind how it reaches them ({@link Delivery}): in the app only, an immediate
 * e-mail, or a line in the daily digest e-mail.
 */
public interface Notifications {

    /** How a kind of notification reaches a user besides the app. */
    enum Delivery {
        /** Only in the app (the list and the unread badge). */
        IN_APP,
        /** In the app and at once by e-mail. */
        IMMEDIATE,
        /** In the app and as a line of one e-mail a day. */
        DIGEST
    }

    /** What a notification is about; the user's preference is per kind. */
    enum Kind {
        /** A company was referred to a service of my organisation. */
        REFERRAL_RECEIVED(Delivery.IMMEDIATE),
        /** A meeting request to or from my company at an event. */
        MEETING_REQUEST(Delivery.IMMEDIATE),
        /** A meeting request of my company was accepted or declined. */
        MEETING_ANSWERED(Delivery.IMMEDIATE),
        /** A registration for an event I organise waits for approval. */
        REGISTRATION_TO_APPROVE(Delivery.DIGEST),
        /** A registration I made was approved. */
        REGISTRATION_APPROVED(Delivery.IMMEDIATE),
        /** I was booked as an expert. */
        EXPERT_BOOKED(Delivery.IMMEDIATE),
        /** A follow-up of my partner case is due or overdue. */
        FOLLOW_UP_DUE(Delivery.IMMEDIATE),
        /** A partner profile is about to expire. */
        PROFILE_EXPIRING(Delivery.IMMEDIATE),
        /** A gate decision or a deliverable of a project is due. */
        PROJECT_ITEM_DUE(Delivery.DIGEST),
        /** A funder returned a report. */
        REPORT_RETURNED(Delivery.IMMEDIATE),
        /** A report was submitted to me as funder. */
        REPORT_SUBMITTED(Delivery.IMMEDIATE),
        /** A cooperation agreement is about to end. */
        AGREEMENT_EXPIRING(Delivery.IMMEDIATE),
        /** Something happened in a partner case of mine (a new facilitator, an outcome, a check-in answer). */
        CASE_UPDATE(Delivery.IMMEDIATE),
        /** Anything else. */
        OTHER(Delivery.IMMEDIATE);

        private final Delivery defaultDelivery;

        Kind(Delivery defaultDelivery) {
            this.defaultDelivery = defaultDelivery;
        }

        /** What a user who never chose gets. */
        public Delivery defaultDelivery() {
            return defaultDelivery;
        }

        /** The kind of a notification sent with the message key only (the older {@link #notify(long, String,
         * List, String)}). */
        public static Kind ofMessageKey(String messageKey) {
            String key = messageKey == null ? "" : messageKey;
            if (key.startsWith("event.notification.request")) {
                return MEETING_REQUEST;
            }
            if (key.startsWith("event.notification.accepted") || key.startsWith("event.notification.declined")) {
                return MEETING_ANSWERED;
            }
            if (key.startsWith("cases.notify.follow-up")) {
                return FOLLOW_UP_DUE;
            }
            if (key.startsWith("cases.notify.") || key.startsWith("checkin.notify.")) {
                return CASE_UPDATE;
            }
            if (key.startsWith("partnering.notification.expires")) {
                return PROFILE_EXPIRING;
            }
            if (key.startsWith("report.notification.returned")) {
                return REPORT_RETURNED;
            }
            if (key.startsWith("report.notification.submitted")) {
                return REPORT_SUBMITTED;
            }
            if (key.startsWith("agreement.notification.expires")) {
                return AGREEMENT_EXPIRING;
            }
            return OTHER;
        }
    }

    /**
     * Notifies a user. The text is the message {@code messageKey} with {@code args}, rendered in the user's
     * language when shown or mailed; {@code link} is a path in the application (e.g. {@code /cases/12}) or null. The
     * kind is taken from the message key ({@link Kind#ofMessageKey}).
     */
    default void notify(long userId, String messageKey, List<String> args, String link) {
        notify(userId, Kind.ofMessageKey(messageKey), messageKey, args, link);
    }

    /** Notifies a user with a notification of the given kind (mailed as the user's preference for it says). */
    void notify(long userId, Kind kind, String messageKey, List<String> args, String link);

    /**
     * Notifies a user once for {@code onceKey} (e.g. {@code deliverable:12:2026-12-24}): a second call with the same
     * user and key does nothing and answers false. For daily jobs that must not repeat themselves.
     */
    boolean notifyOnce(long userId, Kind kind, String onceKey, String messageKey, List<String> args, String link);

    /**
     * Queues an e-mail to an address that need not belong to a user (a company's contact, a survey recipient) in the
     * caller's transaction: sent through the outbox with its retries, never twice. The caller renders subject and
     * body in the recipient's language; a blank address is refused ({@code IllegalArgumentException}).
     */
    void mail(String address, String subject, String body);
}
