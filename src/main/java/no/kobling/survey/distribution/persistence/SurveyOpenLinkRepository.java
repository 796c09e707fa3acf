package no.kobling.survey.distribution.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.survey.distribution.domain.SurveyOpenLink;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyOpenLinkRepository extends JpaRepository<SurveyOpenLink, Long> {

    Optional<SurveyOpenLink> findByTokenHash(String tokenHash);

    List<SurveyOpenLink> findBySurveyIdAndRevokedAtIsNull(long surveyId);
}
