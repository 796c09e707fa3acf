package no.kobling.event.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.event.domain.ProposalAssignment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EventAssignmentRepository extends JpaRepository<ProposalAssignment, Long> {

    List<ProposalAssignment> findByRunId(long runId);

    @Modifying
    @Query("delete from EventProposalAssignment a where a.runId in :runs")
    int deleteByRunIds(@Param("runs") Collection<Long> runIds);
}
