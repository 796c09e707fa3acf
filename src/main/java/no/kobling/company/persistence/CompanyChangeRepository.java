package no.kobling.company.persistence;

import no.kobling.company.domain.CompanyChange;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CompanyChangeRepository extends JpaRepository<CompanyChange, Long> {

    Page<CompanyChange> findByCompanyIdOrderByOccurredAtDescIdDesc(long companyId, Pageable pageable);

    long countByCompanyId(long companyId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update CompanyChange c set c.companyId = :target where c.companyId = :source")
    int moveHistory(@Param("source") long source, @Param("target") long target);
}
