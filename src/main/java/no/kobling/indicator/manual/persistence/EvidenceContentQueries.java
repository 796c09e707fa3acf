package no.kobling.indicator.manual.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The bytes of evidence files ({@code indicator_evidence_content}), read on demand. */
@Repository
public class EvidenceContentQueries {

    private final JdbcTemplate jdbc;

    EvidenceContentQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void store(long evidenceId, byte[] data) {
        jdbc.update("insert into indicator_evidence_content (evidence_id, data) values (?, ?)", evidenceId, data);
    }

    public byte[] read(long evidenceId) {
        return jdbc.queryForObject("select data from indicator_evidence_content where evidence_id = ?", byte[].class,
                evidenceId);
    }
}
