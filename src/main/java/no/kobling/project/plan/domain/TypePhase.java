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
import no.kobling.shared.DomainException;

/** A phase of a project type, in order, with its recommended length in months (both optional). */
@Entity(name = "ProjectTypePhase")
@Table(name = "project_type_phase")
public class TypePhase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "type_id", nullable = false)
    private long typeId;

    @Column(name = "phase_order", nullable = false)
    private int order;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(name = "min_months")
    private Integer minMonths;

    @Column(name = "max_months")
    private Integer maxMonths;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_type_phase_translation", joinColumns = @JoinColumn(name = "type_phase_id"))
    @MapKeyColumn(name = "locale")
    @Column(name = "name", nullable = false)
    private Map<String, String> names = new HashMap<>();

    @Version
    private long version;

    protected TypePhase() {
    }

    public TypePhase(long typeId, int order, String code, Map<String, String> names, Integer minMonths,
            Integer maxMonths) {
        this.typeId = typeId;
        this.order = order;
        this.code = code;
        this.names = new HashMap<>(Names.clean(names));
        setMonths(minMonths, maxMonths);
    }

    private void setMonths(Integer min, Integer max) {
        if ((min != null && (min < 1 || min > 120)) || (max != null && (max < 1 || max > 120))
                || (min != null && max != null && min > max)) {
            throw DomainException.rule("project-type-phase-months-invalid", "project.error.type-phase-months");
        }
        this.minMonths = min;
        this.maxMonths = max;
    }

    public String name(Locale locale) {
        return Names.pick(names, locale, code);
    }

    public Long getId() {
        return id;
    }

    public long getTypeId() {
        return typeId;
    }

    public int getOrder() {
        return order;
    }

    public String getCode() {
        return code;
    }

    public Integer getMinMonths() {
        return minMonths;
    }

    public Integer getMaxMonths() {
        return maxMonths;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypePhase t && id != null && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return TypePhase.class.hashCode();
    }
}
