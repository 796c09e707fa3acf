package no.kobling.company.persistence;

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
 * The company module's part of privacy requests: entrepreneurs (people before they have a company) matched by
 * e-mail. Erasure keeps the row, its organisation, municipality, target groups and company link (the pyramid and
 * the indicators count them) and clears name, contact and idea.
 */
@Component
class CompanyPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CompanyPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "company";
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing("entrepreneur", LawfulBasis.CONSENT, "entrepreneurs"));
    }

    @Override
    public List<PersonalRecord> find(DataSubject subject) {
        return jdbc.sql("select id, name, email, phone, idea, owner_organisation_id, consent_given, consent_at,"
                + " company_id, created_at from company_entrepreneur where lower(email) = :email order by id")
                .param("email", subject.email())
                .query((rs, i) -> new PersonalRecord(module(), "entrepreneur", String.valueOf(rs.getLong("id")),
                        rs.getLong("owner_organisation_id"), "Entrepreneur", PersonalRecord.fields("name", rs.getString("name"),
                                "email", rs.getString("email"), "phone", rs.getString("phone"),
                                "idea", rs.getString("idea"), "consentGiven", rs.getBoolean("consent_given"),
                                "consentAt", rs.getTimestamp("consent_at") == null ? null
                                        : rs.getTimestamp("consent_at").toInstant(),
                                "companyId", rs.getObject("company_id"),
                                "createdAt", rs.getTimestamp("created_at").toInstant())))
                .list();
    }

    @Override
    public int erase(DataSubject subject) {
        return jdbc.sql("update company_entrepreneur set name = :name, email = null, phone = null, idea = null,"
                + " version = version + 1 where lower(email) = :email")
                .param("name", Anonymised.NAME).param("email", subject.email()).update();
    }

    /** Entrepreneurs: not linked to a company and registered before the cutoff (no later activity counts here). */
    @Override
    public int expire(String rule, java.time.Instant cutoff, no.kobling.shared.privacy.RetentionScope scope) {
        if (!"entrepreneurs".equals(rule)) {
            return 0;
        }
        return jdbc.sql("update company_entrepreneur set name = :name, email = null, phone = null, idea = null,"
                + " version = version + 1 where company_id is null and created_at < :cutoff and name <> :name"
                + " and (:all = true or owner_organisation_id in (:organisations))")
                .param("name", Anonymised.NAME).param("all", scope.all()).param("organisations", scope.sqlList()).param("cutoff", java.sql.Timestamp.from(cutoff)).update();
    }
}
