package no.kobling.survey.answer.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.survey.answer.domain.SurveyResponse;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    Optional<SurveyResponse> findByRecipientId(long recipientId);

    Optional<SurveyResponse> findByResumeTokenHash(String resumeTokenHash);

    List<SurveyResponse> findBySurveyIdAndStatusOrderByIdAsc(long surveyId, SurveyResponse.Status status);

    long countBySurveyIdAndStatus(long surveyId, SurveyResponse.Status status);
}
