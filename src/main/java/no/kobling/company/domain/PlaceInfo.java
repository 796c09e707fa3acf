package no.kobling.company.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import no.kobling.shared.search.NordicAnalysisConfigurer;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;

/**
 * Read-only view of a municipality (reference data owned by the geo module) with the only facts the company index
 * needs: its id, the id of its county/region, and its names in every language the geo data has (official, nb, nn,
 * Sámi, Kven, sv, fi, en), so free text finds a company by its place ("Uleåborg" finds companies in Oulu; the
 * analyzer folds diacritics, so "Tromso" finds Tromsø). Never written by this module.
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

    @FullTextField(analyzer = NordicAnalysisConfigurer.NAME)
    @Column(nullable = false)
    private String name;

    @FullTextField(name = "names", analyzer = NordicAnalysisConfigurer.NAME)
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "geo_municipality_name", joinColumns = @JoinColumn(name = "municipality_id"))
    @MapKeyColumn(name = "lang")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

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

    public String getName() {
        return name;
    }

    /** The municipality's names by language (read-only). */
    public Map<String, String> getNames() {
        return Map.copyOf(names);
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
