package no.kobling.survey.distribution.persistence;

import no.kobling.survey.distribution.domain.SurveyRecipientToken;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyRecipientTokenRepository extends JpaRepository<SurveyRecipientToken, String> {
}
