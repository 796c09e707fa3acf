package no.kobling.company.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.company.domain.CompanyRepresentative;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompanyRepresentativeRepository extends JpaRepository<CompanyRepresentative, Long> {

    List<CompanyRepresentative> findByUserIdOrderByCompanyId(long userId);

    List<CompanyRepresentative> findByCompanyIdOrderByCreatedAt(long companyId);

    Optional<CompanyRepresentative> findByCompanyIdAndUserId(long companyId, long userId);

    boolean existsByCompanyIdAndUserId(long companyId, long userId);
}
