package no.kobling.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;

/**
 * Read-only view of a municipality (reference data owned by the geo module) with the only facts the company index
 * needs: its id and the id of its county/region. Never written by this module.
 */
@Entity
@Immutable
@BatchSize(size = 100)
@Table(name = "geo_municipality")
public class PlaceInfo {

    @Id
    @GenericField(aggregable = Aggregable.YES)
    private Long id;

    @Column(name = "country_code", nullable = false)
    private String countryCode;

    @GenericField(aggregable = Aggregable.YES)
    @Column(name = "region_id", nullable = false)
    private Long regionId;

    protected PlaceInfo() {
    }

    public Long getId() {
        return id;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Long getRegionId() {
        return regionId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaceInfo p && id != null && id.equals(p.getId());
    }

    @Override
    public int hashCode() {
        return PlaceInfo.class.hashCode();
    }
}
