package no.kobling.indicator.persistence;

import no.kobling.indicator.domain.ProjectSetting;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectSettingRepository extends JpaRepository<ProjectSetting, Long> {
}
