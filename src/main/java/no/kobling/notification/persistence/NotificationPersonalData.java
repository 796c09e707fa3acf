package no.kobling.notification.persistence;

import java.util.ArrayList;
import java.util.List;
import no.kobling.shared.privacy.Anonymised;
import no.kobling.shared.privacy.DataSubject;
import no.kobling.shared.privacy.LawfulBasis;
import no.kobling.shared.privacy.PersonalData;
import no.kobling.shared.privacy.PersonalRecord;
import no.kobling.shared.privacy.Processing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notification module's part of privacy requests: e-mails to the person in the outbox (waiting, sent or given
 * up), e-mails to others that name the person, and the in-app notifications of the person's logins. Erasure deletes
 * the e-mails to the person (a waiting one is never sent) and their notifications, and removes the person's name
 * and e-mail from other messages.
 */
@Component
class NotificationPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    NotificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "notification";
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing("email", LawfulBasis.LEGITIMATE_INTEREST, null),
                new Processing("notification", LawfulBasis.LEGITIMATE_INTEREST, null));
    }

    @Override
    public List<PersonalRecord> find(DataSubject subject) {
        List<PersonalRecord> records = new ArrayList<>();
        jdbc.sql("select id, recipient, subject, body, status, created_at, sent_at from notification_outbox"
                + " order by id").query(rs -> {
                    String recipient = rs.getString("recipient");
                    String title = rs.getString("subject");
                    String body = rs.getString("body");
                    if (subject.hasEmail(recipient) || subject.mentionedIn(title) || subject.mentionedIn(body)) {
                        records.add(new PersonalRecord(module(), "email", String.valueOf(rs.getLong("id")), null,
                                "OutboxMessage", PersonalRecord.fields("recipient", recipient, "subject", title, "body", body,
                                        "status", rs.getString("status"),
                                        "createdAt", rs.getTimestamp("created_at").toInstant())));
                    }
                });
        jdbc.sql("select id, user_id, message_key, args, link, created_at from notification_notification order by id")
                .query(rs -> {
                    long userId = rs.getLong("user_id");
                    String args = rs.getString("args");
                    if (subject.userIds().contains(userId) || subject.mentionedIn(args)) {
                        records.add(new PersonalRecord(module(), "notification", String.valueOf(rs.getLong("id")),
                                null, "Notification", PersonalRecord.fields("userId", userId, "message", rs.getString("message_key"),
                                        "args", args, "link", rs.getString("link"),
                                        "createdAt", rs.getTimestamp("created_at").toInstant())));
                    }
                });
        return records;
    }

    @Override
    public int erase(DataSubject subject) {
        int changed = jdbc.sql("delete from notification_outbox where lower(recipient) = :email")
                .param("email", subject.email()).update();
        for (PersonalRecord r : find(subject)) {
            long id = Long.parseLong(r.id());
            if (r.kind().equals("email")) {
                changed += jdbc.sql("update notification_outbox set subject = ?, body = ? where id = ?")
                        .params(subject.scrub(r.fields().get("subject"), Anonymised.NAME),
                                subject.scrub(r.fields().get("body"), Anonymised.NAME), id).update();
            } else if (subject.userIds().contains(Long.parseLong(r.fields().get("userId")))) {
                changed += jdbc.sql("delete from notification_notification where id = ?").param(id).update();
            } else {
                changed += jdbc.sql("update notification_notification set args = ? where id = ?")
                        .params(subject.scrub(r.fields().get("args"), Anonymised.NAME), id).update();
            }
        }
        if (!subject.userIds().isEmpty()) {
            jdbc.sql("delete from notification_preference where user_id in (:ids)").param("ids", subject.userIds())
                    .update();
        }
        return changed;
    }
}
