package no.kobling.survey.distribution.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.survey.distribution.domain.SurveyContactConsent;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyContactConsentRepository extends JpaRepository<SurveyContactConsent, Long> {

    List<SurveyContactConsent> findByCompanyIdOrderByGivenAtDescIdDesc(long companyId);

    @Query("select c from SurveyContactConsent c where c.companyId in ?1 or lower(c.email) in ?2")
    List<SurveyContactConsent> findFor(Collection<Long> companyIds, Collection<String> lowerEmails);
}
