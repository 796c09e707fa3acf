package no.kobling.actor.domain;

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
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An entry of the multilingual competence taxonomy (export, financing, aquaculture, ...). Reference data seeded by
 * migration; names per language in {@code actor_competence_translation}.
 */
@Entity
@Table(name = "actor_competence")
public class Competence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "actor_competence_translation", joinColumns = @JoinColumn(name = "competence_id"))
    @MapKeyColumn(name = "locale")
    @Column(name = "name", nullable = false)
    private Map<String, String> names = new HashMap<>();

    protected Competence() {
    }

    public Competence(long id, String code, int sortOrder, Map<String, String> names) {
        this.id = id;
        this.code = code;
        this.sortOrder = sortOrder;
        this.names = new HashMap<>(names);
    }

    /** The name in the locale's language; nynorsk and bokmål stand in for each other, then English, then the code. */
    public String name(Locale locale) {
        String lang = locale == null ? "en" : locale.getLanguage();
        String name = names.get(lang);
        if (name == null && "nn".equals(lang)) {
            name = names.get("nb");
        }
        if (name == null && ("nb".equals(lang) || "no".equals(lang))) {
            name = names.get("nn");
        }
        if (name == null) {
            name = names.get("en");
        }
        return name == null ? code : name;
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

    public Map<String, String> getNames() {
        return Collections.unmodifiableMap(names);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Competence other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
