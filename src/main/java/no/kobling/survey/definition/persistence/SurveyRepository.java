package no.kobling.survey.definition.persistence;

import java.util.Collection;
import no.kobling.survey.definition.SurveyDefinitions.Status;
import no.kobling.survey.definition.domain.Survey;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyRepository extends JpaRepository<Survey, Long> {

    @Query("select s from SurveySurvey s where s.ownerOrganisationId = ?1 and s.status in ?2")
    Page<Survey> findByOwner(long ownerOrganisationId, Collection<Status> statuses, Pageable page);

    @Query("select s from SurveySurvey s where s.status in ?1")
    Page<Survey> findAllByStatus(Collection<Status> statuses, Pageable page);
}
