package no.kobling.audit.persistence;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    /** {@code actor} in lower case (compared with the lower-cased column, so the filter ignores case). */
    @Query("""
            select a from AuditEntry a
            where (:entityType is null or a.entityType = :entityType)
              and (:entityId is null or a.entityId = :entityId)
              and (:actor is null or lower(a.actor) = :actor)
            """)
    Page<AuditEntry> search(@Param("entityType") String entityType, @Param("entityId") String entityId,
            @Param("actor") String actor, Pageable pageable);

    @Query("select distinct a.entityType from AuditEntry a order by a.entityType")
    List<String> entityTypes();
}
