package no.kobling.project.plan.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.project.plan.domain.Gate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GateRepository extends JpaRepository<Gate, Long> {

    /** Gates of these phases, oldest decision first (the last one of a phase counts). */
    List<Gate> findByPhaseIdInOrderByDecidedOnAscIdAsc(Collection<Long> phaseIds);
}
