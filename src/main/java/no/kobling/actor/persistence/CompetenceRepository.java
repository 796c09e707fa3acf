package no.kobling.actor.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.actor.domain.Competence;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompetenceRepository extends JpaRepository<Competence, Long> {

    List<Competence> findAllByOrderBySortOrderAscCodeAsc();

    List<Competence> findByCodeIn(Collection<String> codes);
}
