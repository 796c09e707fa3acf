package no.kobling.survey.answer.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.survey.answer.domain.SurveyAnswer;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

    List<SurveyAnswer> findByResponseIdOrderByIdAsc(long responseId);

    List<SurveyAnswer> findByResponseIdInOrderByResponseIdAscIdAsc(Collection<Long> responseIds);

    List<SurveyAnswer> findByResponseIdAndQuestionIdIn(long responseId, Collection<Long> questionIds);
}
