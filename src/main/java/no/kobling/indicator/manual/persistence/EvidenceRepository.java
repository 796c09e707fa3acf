package no.kobling.indicator.manual.persistence;

import no.kobling.indicator.manual.domain.Evidence;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {
}
