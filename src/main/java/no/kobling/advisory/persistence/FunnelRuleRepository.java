package no.kobling.advisory.persistence;

import no.kobling.advisory.domain.FunnelRule;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FunnelRuleRepository extends JpaRepository<FunnelRule, Long> {
}
