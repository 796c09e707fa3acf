package no.kobling.advisory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An entry of the needs taxonomy (export beyond the own municipality, recruitment, financing, ...): reference data
 * seeded by migration, names in five languages, and the competence codes of the actor module that answer it.
 */
@Entity(name = "AdvisoryNeedType")
@Table(name = "advisory_need_type")
public class NeedType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String competences;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "advisory_need_type_translation", joinColumns = @JoinColumn(name = "need_type_id"))
    @MapKeyColumn(name = "locale")
    @Column(name = "name", nullable = false)
    private Map<String, String> names = new HashMap<>();

    protected NeedType() {
    }

    public String name(Locale locale) {
        return Translations.pick(names, locale, code);
    }

    /** Competence codes (actor module) that answer this need. */
    public List<String> competenceCodes() {
        return Arrays.stream(competences.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NeedType n && id != null && id.equals(n.id);
    }

    @Override
    public int hashCode() {
        return NeedType.class.hashCode();
    }
}
