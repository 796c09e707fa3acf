package no.kobling.partnering.cases.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import no.kobling.partnering.cases.domain.PartnerCase;
import no.kobling.partnering.cases.domain.Stage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends JpaRepository<PartnerCase, Long> {

    /** Cases whose facilitators act for one of these organisations, or that belong to one of these partnerships. */
    @Query("select c from PartnerCase c where c.facilitatorAOrgId in :orgs or c.facilitatorBOrgId in :orgs "
            + "or c.partnershipId in :partnerships order by c.id desc")
    List<PartnerCase> visibleTo(@Param("orgs") Collection<Long> organisationIds,
            @Param("partnerships") Collection<Long> partnershipIds);

    /**
     * A page of the board: the cases the caller may see ({@code all}, or those whose facilitators act for one of
     * {@code orgs}, or of one of {@code partnerships}), open ones unless {@code closed}, of one partnership or all;
     * filtered by stage (unless {@code anyStage}), by a facilitator of either side ({@code facilitator}, -1: any) and
     * to cases with a follow-up not done and due before {@code today} ({@code overdue}).
     */
    @Query(value = "select c from PartnerCase c where (:all = true or c.facilitatorAOrgId in :orgs "
            + "or c.facilitatorBOrgId in :orgs or c.partnershipId in :partnerships) "
            + "and (:closed = true or c.closedAt is null) and (:partnership = -1 or c.partnershipId = :partnership) "
            + "and (:project = -1 or c.projectId = :project) and (:anyStage = true or c.stage = :stage) "
            + "and (:facilitator = -1 or c.facilitatorAId = :facilitator or c.facilitatorBId = :facilitator) "
            + "and (:overdue = false or exists (select f.id from FollowUp f where f.caseId = c.id "
            + "and f.doneAt is null and f.dueOn < :today))",
            countQuery = "select count(c) from PartnerCase c where (:all = true or c.facilitatorAOrgId in :orgs "
            + "or c.facilitatorBOrgId in :orgs or c.partnershipId in :partnerships) "
            + "and (:closed = true or c.closedAt is null) and (:partnership = -1 or c.partnershipId = :partnership) "
            + "and (:project = -1 or c.projectId = :project) and (:anyStage = true or c.stage = :stage) "
            + "and (:facilitator = -1 or c.facilitatorAId = :facilitator or c.facilitatorBId = :facilitator) "
            + "and (:overdue = false or exists (select f.id from FollowUp f where f.caseId = c.id "
            + "and f.doneAt is null and f.dueOn < :today))")
    Page<PartnerCase> board(@Param("all") boolean all, @Param("orgs") Collection<Long> organisationIds,
            @Param("partnerships") Collection<Long> partnershipIds, @Param("closed") boolean includeClosed,
            @Param("partnership") long partnershipId, @Param("project") long projectId,
            @Param("anyStage") boolean anyStage, @Param("stage") Stage stage, @Param("facilitator") long facilitatorId,
            @Param("overdue") boolean overdueOnly, @Param("today") java.time.LocalDate today, Pageable page);

    @Query("select c from PartnerCase c order by c.id desc")
    List<PartnerCase> findAllNewestFirst();

    @Query("select c from PartnerCase c where c.closedAt is null and ((c.companyAId = :a and c.companyBId = :b) "
            + "or (c.companyAId = :b and c.companyBId = :a)) order by c.id")
    List<PartnerCase> openForPair(@Param("a") long a, @Param("b") long b);

    @Query("select c.companyBId from PartnerCase c where c.companyAId = :id and c.companyBId is not null")
    Set<Long> partnersAsA(@Param("id") long companyId);

    @Query("select c.companyAId from PartnerCase c where c.companyBId = :id")
    Set<Long> partnersAsB(@Param("id") long companyId);

    @Query(value = "select cc.company_id from cases_candidate cc join cases_case c on c.id = cc.case_id "
            + "where c.company_a_id = :id", nativeQuery = true)
    Set<Long> candidatesOf(@Param("id") long companyId);

    @Query(value = "select c.company_a_id from cases_candidate cc join cases_case c on c.id = cc.case_id "
            + "where cc.company_id = :id", nativeQuery = true)
    Set<Long> casesWithAsCandidate(@Param("id") long companyId);


    /** The cases in which the company is company A or company B (the company timeline filters them by visibility). */
    @Query("select c from PartnerCase c where c.companyAId = :company or c.companyBId = :company order by c.id")
    List<PartnerCase> involving(@Param("company") long companyId);
}
