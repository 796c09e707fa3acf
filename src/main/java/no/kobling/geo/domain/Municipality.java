package no.kobling.geo.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import no.kobling.shared.search.NordicAnalysisConfigurer;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/**
 * A municipality with every name it has: official, Norwegian, Sámi (North, Lule, South), Kven, Swedish, Finnish,
 * English. Searchable by any of them, with or without diacritics.
 */
@Entity
@Immutable
// "_v2": the code became sortable; a new index name makes GeoIndexInitializer rebuild indexes made before that
@Indexed(index = "geo_municipality_v2")
@Table(name = "geo_municipality")
public class Municipality {

    @Id
    private Long id;

    @KeywordField
    @Column(name = "country_code", nullable = false)
    private String countryCode;

    @KeywordField(sortable = Sortable.YES)
    @Column(nullable = false)
    private String code;

    @FullTextField(analyzer = NordicAnalysisConfigurer.NAME)
    @FullTextField(name = "name_prefix", analyzer = NordicAnalysisConfigurer.NAME_PREFIX,
            searchAnalyzer = NordicAnalysisConfigurer.NAME)
    @KeywordField(name = "name_sort", normalizer = NordicAnalysisConfigurer.SORT, sortable = Sortable.YES)
    @Column(nullable = false)
    private String name;

    @IndexedEmbedded(includePaths = {"code", "id"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "language_status")
    private String languageStatus;

    @FullTextField(name = "names", analyzer = NordicAnalysisConfigurer.NAME)
    @FullTextField(name = "names_prefix", analyzer = NordicAnalysisConfigurer.NAME_PREFIX,
            searchAnalyzer = NordicAnalysisConfigurer.NAME)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "geo_municipality_name", joinColumns = @JoinColumn(name = "municipality_id"))
    @MapKeyColumn(name = "lang")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    protected Municipality() {
    }

    /** The name in a language where the data has one, else the official display name. */
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

    public Region getRegion() {
        return region;
    }

    public String getLanguageStatus() {
        return languageStatus;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Municipality m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return Municipality.class.hashCode();
    }
}
