package no.kobling.geo.persistence;

import java.util.List;
import no.kobling.geo.domain.Region;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegionRepository extends JpaRepository<Region, Long> {

    List<Region> findByCountryCodeOrderByCodeAsc(String countryCode);

    List<Region> findAllByOrderByCountryCodeAscCodeAsc();

    long countByCountryCode(String countryCode);

    @Query("select m.region.id, count(m) from Municipality m group by m.region.id")
    List<Object[]> municipalityCounts();
}
