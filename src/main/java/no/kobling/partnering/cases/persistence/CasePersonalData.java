package no.kobling.partnering.cases.persistence;

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
 * The partnering module's part of privacy requests: partner cases the person facilitates or gave consent for, case
 * entries they wrote or that name them, and check-in contacts and check-ins mailed to them. A facilitator of an open
 * case may not be erased until the case is handed over ({@code privacy-open-case-facilitator}). Erasure keeps cases,
 * meetings and outcomes (the figures count them) and clears names, e-mails and the person's mentions.
 */
@Component
class CasePersonalData implements PersonalData {

    static final String OPEN_CASE = "privacy-open-case-facilitator";

    private final JdbcClient jdbc;

    CasePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "partnering";
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing("case", LawfulBasis.PUBLIC_TASK, null),
                new Processing("case-entry", LawfulBasis.PUBLIC_TASK, null),
                new Processing("checkin", LawfulBasis.LEGITIMATE_INTEREST, null));
    }

    @Override
    public List<PersonalRecord> find(DataSubject subject) {
        List<PersonalRecord> records = new ArrayList<>();
        jdbc.sql("select id, facilitator_a_id, facilitator_a_org_id, facilitator_b_id, facilitator_b_org_id,"
                + " consent_a_by, consent_b_by, stage, closed_at from cases_case order by id").query(rs -> {
                    boolean a = subject.userIds().contains(rs.getLong("facilitator_a_id"))
                            || subject.hasName(rs.getString("consent_a_by"));
                    boolean b = subject.userIds().contains(rs.getLong("facilitator_b_id"))
                            || subject.hasName(rs.getString("consent_b_by"));
                    if (a || b) {
                        records.add(new PersonalRecord(module(), "case", String.valueOf(rs.getLong("id")),
                                rs.getLong(a ? "facilitator_a_org_id" : "facilitator_b_org_id"), "PartnerCase",
                                PersonalRecord.fields("stage", rs.getString("stage"),
                                        "facilitatorA", rs.getLong("facilitator_a_id"),
                                        "facilitatorB", rs.getLong("facilitator_b_id"),
                                        "consentABy", rs.getString("consent_a_by"),
                                        "consentBBy", rs.getString("consent_b_by"),
                                        "closedAt", rs.getTimestamp("closed_at") == null ? null
                                                : rs.getTimestamp("closed_at").toInstant())));
                    }
                });
        jdbc.sql("select e.id, e.case_id, e.author_id, e.author_name, e.body, e.created_at, c.facilitator_a_org_id"
                + " from cases_entry e join cases_case c on c.id = e.case_id order by e.id").query(rs -> {
                    Long author = rs.getObject("author_id", Long.class);
                    String name = rs.getString("author_name");
                    String body = rs.getString("body");
                    if ((author != null && subject.userIds().contains(author)) || subject.hasName(name)
                            || subject.mentionedIn(body)) {
                        records.add(new PersonalRecord(module(), "case-entry", String.valueOf(rs.getLong("id")),
                                rs.getLong("facilitator_a_org_id"), "CaseEntry", PersonalRecord.fields(
                                        "caseId", rs.getLong("case_id"), "author", name, "body", body,
                                        "createdAt", rs.getTimestamp("created_at").toInstant())));
                    }
                });
        records.addAll(jdbc.sql("select k.id, k.case_id, k.email, k.side, c.facilitator_a_org_id"
                + " from cases_checkin_contact k join cases_case c on c.id = k.case_id"
                + " where lower(k.email) = :email order by k.id").param("email", subject.email())
                .query((rs, i) -> new PersonalRecord(module(), "checkin", "contact-" + rs.getLong("id"),
                        rs.getLong("facilitator_a_org_id"), "CheckInContact", PersonalRecord.fields(
                                "caseId", rs.getLong("case_id"), "side", rs.getString("side"),
                                "email", rs.getString("email"))))
                .list());
        return records;
    }

    @Override
    public List<String> erasureBlockers(DataSubject subject) {
        if (subject.userIds().isEmpty()) {
            return List.of();
        }
        long open = jdbc.sql("select count(*) from cases_case where closed_at is null"
                + " and (facilitator_a_id in (:ids) or facilitator_b_id in (:ids))")
                .param("ids", subject.userIds()).query(Long.class).single();
        return open > 0 ? List.of(OPEN_CASE) : List.of();
    }

    @Override
    public int erase(DataSubject subject) {
        int changed = 0;
        for (PersonalRecord r : find(subject)) {
            switch (r.kind()) {
                case "case" -> {
                    long id = Long.parseLong(r.id());
                    if (subject.hasName(r.fields().get("consentABy"))) {
                        changed += jdbc.sql("update cases_case set consent_a_by = ? where id = ?")
                                .params(Anonymised.NAME, id).update();
                    }
                    if (subject.hasName(r.fields().get("consentBBy"))) {
                        changed += jdbc.sql("update cases_case set consent_b_by = ? where id = ?")
                                .params(Anonymised.NAME, id).update();
                    }
                }
                case "case-entry" -> {
                    String author = r.fields().get("author");
                    boolean own = subject.hasName(author) || subject.mentionedIn(author);
                    changed += jdbc.sql("update cases_entry set author_name = ?, body = ? where id = ?")
                            .params(own ? Anonymised.NAME : author,
                                    subject.scrub(r.fields().get("body"), Anonymised.NAME), Long.parseLong(r.id()))
                            .update();
                }
                default -> changed += jdbc.sql("delete from cases_checkin_contact where id = ?")
                        .param(Long.parseLong(r.id().substring("contact-".length()))).update();
            }
        }
        List<Long> checkins = jdbc.sql("select id from cases_checkin where lower(email) = :email")
                .param("email", subject.email()).query(Long.class).list();
        for (long id : checkins) {
            changed += jdbc.sql("update cases_checkin set email = ? where id = ?")
                    .params("erased-" + id + "@invalid", id).update();
        }
        if (!subject.userIds().isEmpty()) {
            changed += jdbc.sql("update cases_entry set author_name = :name where author_id in (:ids)")
                    .param("name", Anonymised.NAME).param("ids", subject.userIds()).update();
        }
        return changed;
    }
}
