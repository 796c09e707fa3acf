package no.kobling.company.persistence;

import java.util.Optional;
import no.kobling.company.domain.Company;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompanyRepository extends JpaRepository<Company, Long> {

    Optional<Company> findByCountryCodeAndOrgNumber(String countryCode, String orgNumber);
}
