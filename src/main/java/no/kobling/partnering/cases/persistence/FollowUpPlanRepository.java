package no.kobling.partnering.cases.persistence;

import no.kobling.partnering.cases.domain.FollowUpPlanSetting;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpPlanRepository extends JpaRepository<FollowUpPlanSetting, Long> {
}
