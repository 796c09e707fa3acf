package no.kobling.company.persistence;

import java.util.Optional;
import no.kobling.company.domain.Company;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompanyRepository extends JpaRepository<Company, Long> {

    Optional<Company> findByCountryCodeAndOrgNumber(String countryCode, String orgNumber);

    /** Companies located in these municipalities, by name (for pickers in other modules). */
    @org.springframework.data.jpa.repository.Query("select c from Company c where c.place.id in :municipalityIds order by lower(c.name), c.id")
    java.util.List<Company> findInMunicipalities(java.util.Collection<Long> municipalityIds,
            org.springframework.data.domain.Pageable pageable);
}
