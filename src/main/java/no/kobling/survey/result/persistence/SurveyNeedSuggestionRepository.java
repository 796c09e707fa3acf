package no.kobling.survey.result.persistence;

import java.util.List;
import no.kobling.survey.result.domain.SurveyNeedSuggestion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyNeedSuggestionRepository extends JpaRepository<SurveyNeedSuggestion, Long> {

    List<SurveyNeedSuggestion> findByCompanyIdOrderByIdAsc(long companyId);

    boolean existsByResponseIdAndNeedCode(long responseId, String needCode);
}
