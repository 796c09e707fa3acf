package no.kobling.geo.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.geo.domain.Municipality;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    Optional<Municipality> findByCountryCodeAndCode(String countryCode, String code);

    List<Municipality> findByCountryCodeOrderByNameAsc(String countryCode);

    List<Municipality> findAllByOrderByCountryCodeAscNameAsc();

    long countByCountryCode(String countryCode);

    List<Municipality> findByRegionIdOrderByNameAsc(Long regionId);

    long countByRegionId(Long regionId);
}
