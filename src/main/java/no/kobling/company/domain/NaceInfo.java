package no.kobling.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** Read-only view of a NACE code (reference data owned by the geo module): the code and its section letter. */
@Entity
@Immutable
@BatchSize(size = 100)
@Table(name = "geo_nace")
public class NaceInfo {

    @Id
    private String code;

    @KeywordField(name = "section", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    @Column(name = "section_code", nullable = false)
    private String sectionCode;

    protected NaceInfo() {
    }

    public String getCode() {
        return code;
    }

    public String getSectionCode() {
        return sectionCode;
    }

    /** The code and all its ancestors (section, division, group, class). */
    @Transient
    @KeywordField(name = "levels")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "code")),
            @ObjectPath(@PropertyValue(propertyName = "sectionCode"))}, reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getLevels() {
        return NaceLevels.of(code, sectionCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NaceInfo n && code != null && code.equals(n.getCode());
    }

    @Override
    public int hashCode() {
        return NaceInfo.class.hashCode();
    }
}
