package no.kobling.advisory.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.advisory.domain.Activity;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    boolean existsByKindId(long kindId);

    /** Activities of the own organisation, and shared ones of the given partner organisations, newest first. */
    @Query("select a from AdvisoryActivity a where a.organisationId = :own or (a.visibility = "
            + "no.kobling.advisory.domain.Visibility.PARTNERSHIP and a.organisationId in :partners) "
            + "order by a.date desc, a.id desc")
    List<Activity> visible(@Param("own") long own, @Param("partners") Collection<Long> partners, Pageable page);

    @Query("select a from AdvisoryActivity a where a.organisationId = :own order by a.date desc, a.id desc")
    List<Activity> ofOrganisation(@Param("own") long own, Pageable page);

    @Query("select a from AdvisoryActivity a where a.organisationId <> :own and a.visibility = "
            + "no.kobling.advisory.domain.Visibility.PARTNERSHIP and a.organisationId in :partners "
            + "order by a.date desc, a.id desc")
    List<Activity> sharedByPartners(@Param("own") long own, @Param("partners") Collection<Long> partners,
            Pageable page);

    @Query("select distinct a from AdvisoryActivity a join a.companyIds c where c = :companyId order by a.date desc, a.id desc")
    List<Activity> ofCompany(@Param("companyId") long companyId);

    @Query("select distinct a from AdvisoryActivity a join a.advisorUserIds u where u = :userId and a.followUpDate is not null "
            + "and a.followUpDone = false order by a.followUpDate, a.id")
    List<Activity> openFollowUps(@Param("userId") long userId);

    @Query("select distinct a from AdvisoryActivity a join a.advisorUserIds u where u = :userId order by a.date desc, a.id desc")
    List<Activity> ofAdvisor(@Param("userId") long userId, Pageable page);
}
