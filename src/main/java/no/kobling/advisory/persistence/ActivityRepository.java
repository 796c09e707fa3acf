package no.kobling.advisory.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.advisory.domain.Activity;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    /** The project filter's value for "any project" (ids are positive). */
    long ANY_PROJECT = -1L;

    List<Activity> findByProjectIdOrderByIdAsc(long projectId);

    boolean existsByKindId(long kindId);

    /** Activities of the own organisation, and shared ones of the given partner organisations, newest first. */
    @Query("select a from AdvisoryActivity a where a.organisationId = :own or (a.visibility = "
            + "no.kobling.advisory.domain.Visibility.PARTNERSHIP and a.organisationId in :partners) "
            + "order by a.date desc, a.id desc")
    List<Activity> visible(@Param("own") long own, @Param("partners") Collection<Long> partners, Pageable page);

    /** The own organisation's activities, of one project unless {@code project} is {@link #ANY_PROJECT}. */
    @Query("select a from AdvisoryActivity a where a.organisationId = :own "
            + "and (:project = -1 or a.projectId = :project) order by a.date desc, a.id desc")
    List<Activity> ofOrganisation(@Param("own") long own, @Param("project") long project, Pageable page);

    /** Shared activities of partner organisations, of one project unless {@code project} is {@link #ANY_PROJECT}. */
    @Query("select a from AdvisoryActivity a where a.organisationId <> :own and a.visibility = "
            + "no.kobling.advisory.domain.Visibility.PARTNERSHIP and a.organisationId in :partners "
            + "and (:project = -1 or a.projectId = :project) order by a.date desc, a.id desc")
    List<Activity> sharedByPartners(@Param("own") long own, @Param("partners") Collection<Long> partners,
            @Param("project") long project, Pageable page);

    @Query("select distinct a from AdvisoryActivity a join a.companyIds c where c = :companyId order by a.date desc, a.id desc")
    List<Activity> ofCompany(@Param("companyId") long companyId);

    @Query("select distinct a from AdvisoryActivity a join a.advisorUserIds u where u = :userId and a.followUpDate is not null "
            + "and a.followUpDone = false order by a.followUpDate, a.id")
    List<Activity> openFollowUps(@Param("userId") long userId);

    @Query("select distinct a from AdvisoryActivity a join a.advisorUserIds u where u = :userId order by a.date desc, a.id desc")
    List<Activity> ofAdvisor(@Param("userId") long userId, Pageable page);
}
