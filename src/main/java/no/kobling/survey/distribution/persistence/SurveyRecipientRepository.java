package no.kobling.survey.distribution.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kobling.survey.distribution.domain.SurveyRecipient;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyRecipientRepository extends JpaRepository<SurveyRecipient, Long> {

    List<SurveyRecipient> findBySurveyIdOrderByNameAscIdAsc(long surveyId);

    Optional<SurveyRecipient> findBySurveyIdAndEmailIgnoreCase(long surveyId, String email);

    List<SurveyRecipient> findByCompanyIdAndUnsubscribedAtIsNull(long companyId);

    List<SurveyRecipient> findByCompanyId(long companyId);

    List<SurveyRecipient> findByEmailIgnoreCaseAndUnsubscribedAtIsNull(String email);

    /** Surveys with recipients still waited for (mailed, not complete, not unsubscribed). */
    @Query("select distinct r.surveyId from SurveyRecipient r where r.sentAt is not null and r.completedAt is null "
            + "and r.unsubscribedAt is null order by r.surveyId")
    List<Long> surveysAwaitingAnswers();

    List<SurveyRecipient> findBySurveyIdIn(Collection<Long> surveyIds);
}
