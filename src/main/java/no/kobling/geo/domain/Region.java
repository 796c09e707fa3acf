package no.kobling.geo.domain;

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
import org.hibernate.annotations.Immutable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A county (fylke), län or maakunta. Reference data: read-only. */
@Entity
@Immutable
@Table(name = "geo_region")
public class Region {

    @Id
    @GenericField
    private Long id;

    @Column(name = "country_code", nullable = false)
    private String countryCode;

    @KeywordField
    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "geo_region_name", joinColumns = @JoinColumn(name = "region_id"))
    @MapKeyColumn(name = "lang")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    protected Region() {
    }

    /** The name in a language where the data has one, else the official name. */
    public String nameIn(String lang) {
        return names.getOrDefault(lang, name);
    }

    public Long getId() {
        return id;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return Region.class.hashCode();
    }
}
