package no.kobling.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Read-only view of a county/region (reference data owned by the geo module), for facet labels. */
@Entity
@Immutable
@Table(name = "geo_region")
public class RegionInfo {

    @Id
    private Long id;

    @Column(name = "country_code", nullable = false)
    private String countryCode;

    @Column(nullable = false)
    private String name;

    protected RegionInfo() {
    }

    public Long getId() {
        return id;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionInfo r && id != null && id.equals(r.getId());
    }

    @Override
    public int hashCode() {
        return RegionInfo.class.hashCode();
    }
}
