package no.kobling.privacy.persistence;

import java.util.List;
import no.kobling.privacy.domain.ReadLogEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReadLogRepository extends JpaRepository<ReadLogEntry, Long> {

    @Query("select e from ReadLogEntry e where (:all = true or e.readerOrgId = :orgId)"
            + " and (:kind is null or e.kind = :kind) and (:recordId is null or e.recordId = :recordId)"
            + " and (:reader is null or lower(e.reader) = :reader) order by e.occurredAt desc, e.id desc")
    /** {@code reader} in lower case (a null parameter inside {@code lower()} is a bytea to PostgreSQL: a 500). */
    Page<ReadLogEntry> search(boolean all, long orgId, String kind, String recordId, String reader, Pageable pageable);

    List<ReadLogEntry> findByKindAndRecordIdOrderByOccurredAtAscIdAsc(String kind, String recordId);
}
