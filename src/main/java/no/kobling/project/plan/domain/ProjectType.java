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

/**
 * A kind of project that defines its phases ({@link TypePhase}) and the deliverables each phase asks for. Two are
 * built in (business-friendly region, plain project); administrators define more. A type in use is archived, never
 * deleted: archived types are offered for no new project, existing projects keep theirs.
 */
@Entity(name = "ProjectType")
@Table(name = "project_type")
public class ProjectType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false)
    private boolean builtin;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_type_translation", joinColumns = @JoinColumn(name = "type_id"))
    @MapKeyColumn(name = "locale")
    @Column(name = "name", nullable = false)
    private Map<String, String> names = new HashMap<>();

    @Version
    private long version;

    protected ProjectType() {
    }

    public ProjectType(String code, Map<String, String> names, int sortOrder) {
        this.code = code;
        this.names = new HashMap<>(Names.clean(names));
        this.sortOrder = sortOrder;
    }

    public String name(Locale locale) {
        return Names.pick(names, locale, code);
    }

    public void rename(Map<String, String> names) {
        this.names.clear();
        this.names.putAll(Names.clean(names));
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public boolean isArchived() {
        return archived;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectType t && id != null && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return ProjectType.class.hashCode();
    }
}
