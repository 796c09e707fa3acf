package no.kobling.company.domain;

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
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A target group of business development (women, youth, foreign-born, ...): an extendable list with names per language. */
@Entity
@Table(name = "company_target_group")
public class TargetGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "company_target_group_translation", joinColumns = @JoinColumn(name = "target_group_id"))
    @MapKeyColumn(name = "locale")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    @Version
    private long version;

    protected TargetGroup() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
    }

    /** The name in a language, falling back to English, then the code. */
    public String nameIn(String language) {
        String name = names.get(language);
        if (name == null) {
            name = names.get("en");
        }
        return name == null ? code : name;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetGroup t && id != null && id.equals(t.getId());
    }

    @Override
    public int hashCode() {
        return TargetGroup.class.hashCode();
    }
}
