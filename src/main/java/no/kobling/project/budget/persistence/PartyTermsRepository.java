package no.kobling.project.budget.persistence;

import java.util.List;
import no.kobling.project.budget.domain.PartyTerms;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyTermsRepository extends JpaRepository<PartyTerms, Long> {

    List<PartyTerms> findByProjectId(long projectId);

    java.util.Optional<PartyTerms> findByProjectIdAndPartyId(long projectId, long partyId);
}
