package no.kobling.project.plan.domain;

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
import java.util.Locale;
import java.util.Map;

/** A deliverable a type's phase asks for (e.g. "status and needs analysis"); copied into each new project. */
@Entity(name = "ProjectTypeDeliverable")
@Table(name = "project_type_deliverable")
public class TypeDeliverable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "type_phase_id", nullable = false)
    private long typePhaseId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 60)
    private String code;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_type_deliverable_translation",
            joinColumns = @JoinColumn(name = "type_deliverable_id"))
    @MapKeyColumn(name = "locale")
    @Column(name = "name", nullable = false)
    private Map<String, String> names = new HashMap<>();

    @Version
    private long version;

    protected TypeDeliverable() {
    }

    public TypeDeliverable(long typePhaseId, int sortOrder, String code, Map<String, String> names) {
        this.typePhaseId = typePhaseId;
        this.sortOrder = sortOrder;
        this.code = code;
        this.names = new HashMap<>(Names.clean(names));
    }

    public String name(Locale locale) {
        return Names.pick(names, locale, code);
    }

    public Long getId() {
        return id;
    }

    public long getTypePhaseId() {
        return typePhaseId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getCode() {
        return code;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypeDeliverable t && id != null && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return TypeDeliverable.class.hashCode();
    }
}
