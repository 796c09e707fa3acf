package no.kobling.geo.persistence;

import java.util.List;
import no.kobling.geo.domain.Country;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CountryRepository extends JpaRepository<Country, String> {

    List<Country> findAllByOrderBySortOrderAsc();
}
