package no.kobling.project.privacy;

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
 * The project module's part of privacy requests: the signer named on a cooperation agreement, the facilitator named
 * on a network, and attached files whose name names the person. Erasure replaces the names (the agreement, the
 * network and the file stay; a file's content is the uploader's document and is listed, not rewritten).
 */
@Component
class ProjectPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ProjectPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "project";
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing("agreement-signer", LawfulBasis.CONTRACT, null),
                new Processing("network-facilitator", LawfulBasis.PUBLIC_TASK, null),
                new Processing("document", LawfulBasis.PUBLIC_TASK, null));
    }

    @Override
    public List<PersonalRecord> find(DataSubject subject) {
        List<PersonalRecord> records = new ArrayList<>();
        jdbc.sql("select id, agreement_id, organisation_id, signer_name, signed_on from project_agreement_party"
                + " where signer_name is not null order by id").query(rs -> {
                    if (subject.hasName(rs.getString("signer_name"))) {
                        records.add(new PersonalRecord(module(), "agreement-signer", String.valueOf(rs.getLong("id")),
                                rs.getLong("organisation_id"), "AgreementParty", PersonalRecord.fields(
                                        "agreementId", rs.getLong("agreement_id"),
                                        "name", rs.getString("signer_name"), "signedOn", rs.getDate("signed_on"))));
                    }
                });
        jdbc.sql("select id, name, organiser_organisation_id, facilitator_user_id, facilitator_name from project_network"
                + " order by id").query(rs -> {
                    if (subject.hasName(rs.getString("facilitator_name"))
                            || subject.userIds().contains(rs.getLong("facilitator_user_id"))) {
                        records.add(new PersonalRecord(module(), "network-facilitator",
                                String.valueOf(rs.getLong("id")), rs.getLong("organiser_organisation_id"), "Network",
                                PersonalRecord.fields("network", rs.getString("name"),
                                        "name", rs.getString("facilitator_name"))));
                    }
                });
        jdbc.sql("select id, filename, organisation_id, uploaded_at from project_document order by id").query(rs -> {
            if (subject.mentionedIn(rs.getString("filename"))) {
                records.add(new PersonalRecord(module(), "document", String.valueOf(rs.getLong("id")),
                        (Long) rs.getObject("organisation_id", Long.class), "StoredDocument", PersonalRecord.fields(
                                "filename", rs.getString("filename"),
                                "uploadedAt", rs.getTimestamp("uploaded_at").toInstant())));
            }
        });
        return records;
    }

    @Override
    public int erase(DataSubject subject) {
        int changed = 0;
        for (PersonalRecord r : find(subject)) {
            long id = Long.parseLong(r.id());
            changed += switch (r.kind()) {
                case "agreement-signer" -> jdbc.sql("update project_agreement_party set signer_name = ? where id = ?")
                        .params(Anonymised.NAME, id).update();
                case "network-facilitator" -> jdbc.sql("update project_network set facilitator_name = ? where id = ?")
                        .params(Anonymised.NAME, id).update();
                default -> jdbc.sql("update project_document set filename = ? where id = ?")
                        .params(subject.scrub(r.fields().get("filename"), Anonymised.NAME), id).update();
            };
        }
        return changed;
    }
}
