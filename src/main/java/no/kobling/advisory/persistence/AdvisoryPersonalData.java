package no.kobling.advisory.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.shared.privacy.Anonymised;
import no.kobling.shared.privacy.DataSubject;
import no.kobling.shared.privacy.LawfulBasis;
import no.kobling.shared.privacy.PersonalData;
import no.kobling.shared.privacy.PersonalRecord;
import no.kobling.shared.privacy.Processing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The advisory module's part of privacy requests: activity notes that name the person (or hold their e-mail).
 * Erasure replaces the name and e-mail in the notes; the activity, its hours, kind and the companies and
 * entrepreneurs it involved stay (the pyramid and the indicators count them).
 */
@Component
class AdvisoryPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AdvisoryPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "advisory";
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing("activity-note", LawfulBasis.PUBLIC_TASK, null));
    }

    @Override
    public List<PersonalRecord> find(DataSubject subject) {
        Map<Long, PersonalRecord> found = new LinkedHashMap<>();
        for (String value : subject.all()) {
            jdbc.sql("select id, organisation_id, activity_date, notes from advisory_activity"
                    + " where lower(notes) like :like escape '\\' order by id")
                    .param("like", "%" + like(value) + "%")
                    .query((rs, i) -> new PersonalRecord(module(), "activity-note", String.valueOf(rs.getLong("id")),
                            rs.getLong("organisation_id"), "Activity", PersonalRecord.fields(
                                    "date", rs.getDate("activity_date").toLocalDate(), "notes", rs.getString("notes"))))
                    .list().forEach(r -> found.putIfAbsent(Long.parseLong(r.id()), r));
        }
        return new ArrayList<>(found.values());
    }

    @Override
    public int erase(DataSubject subject) {
        int changed = 0;
        for (PersonalRecord r : find(subject)) {
            changed += jdbc.sql("update advisory_activity set notes = ?, version = version + 1 where id = ?")
                    .params(subject.scrub(r.fields().get("notes"), Anonymised.NAME), Long.parseLong(r.id())).update();
        }
        return changed;
    }

    static String like(String value) {
        return value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
