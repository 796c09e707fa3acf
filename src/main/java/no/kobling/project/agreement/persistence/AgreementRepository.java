package no.kobling.project.agreement.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kobling.project.agreement.domain.Agreement;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

    /** Agreements to which one of the organisations is party. */
    @Query(value = "select a from Agreement a where exists (select 1 from AgreementParty p where p.agreement = a "
            + "and p.organisationId in :orgs)", countQuery = "select count(a) from Agreement a where exists "
            + "(select 1 from AgreementParty p where p.agreement = a and p.organisationId in :orgs)")
    Page<Agreement> findByParty(Collection<Long> orgs, Pageable pageable);

    /** Agreements that end between the two dates (the expiry reminder). */
    List<Agreement> findByEndDateBetween(LocalDate from, LocalDate to);

    Optional<Agreement> findFirstByTitleIgnoreCase(String title);

    @Query(value = "select count(*) from project_agreement_area_link where area_id = :areaId", nativeQuery = true)
    long countUsingArea(long areaId);
}
