package no.kobling.advisory.catalogue.persistence;

import no.kobling.advisory.catalogue.domain.ExpertCapacity;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertCapacityRepository extends JpaRepository<ExpertCapacity, Long> {
}
