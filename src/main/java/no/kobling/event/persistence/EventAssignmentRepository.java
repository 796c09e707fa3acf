package no.kobling.event.persistence;

import java.util.List;
import no.kobling.event.domain.ProposalAssignment;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventAssignmentRepository extends JpaRepository<ProposalAssignment, Long> {

    List<ProposalAssignment> findByRunId(long runId);
}
