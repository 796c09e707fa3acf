package no.kobling.company.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.company.domain.RegionInfo;
import org.springframework.data.jpa.repository.JpaRepository;

/** Region names for facets (geo reference data, mapped read-only: see {@code RegionInfo}). */
public interface ReferenceRepository extends JpaRepository<RegionInfo, Long> {

    List<RegionInfo> findByIdIn(Collection<Long> ids);
}
