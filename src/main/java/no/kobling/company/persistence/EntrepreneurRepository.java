package no.kobling.company.persistence;

import java.util.List;
import no.kobling.company.domain.Entrepreneur;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface EntrepreneurRepository extends JpaRepository<Entrepreneur, Long>,
        JpaSpecificationExecutor<Entrepreneur> {

    List<Entrepreneur> findByCompanyId(long companyId);

    List<Entrepreneur> findByMunicipalityId(long municipalityId);

    boolean existsByName(String name);
}
