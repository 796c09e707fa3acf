package no.kobling.survey.result.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.survey.result.domain.SurveyIndicatorMapping;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyIndicatorMappingRepository extends JpaRepository<SurveyIndicatorMapping, Long> {

    List<SurveyIndicatorMapping> findBySurveyIdOrderByIdAsc(long surveyId);

    List<SurveyIndicatorMapping> findByProjectIdOrderByIdAsc(long projectId);

    Optional<SurveyIndicatorMapping> findByCode(String code);
}
