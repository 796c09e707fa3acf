package no.kobling.advisory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Objects;
import java.util.regex.Pattern;
import no.kobling.shared.DomainException;

/**
 * A kind of advisory activity (visit, deep dive, seminar, ...) with names in the five languages and the funnel level
 * an activity of this kind reaches by default. Seeded by migration, extended by administrators; a kind in use is
 * archived (no longer offered) instead of deleted, so history keeps its kind.
 */
@Entity(name = "AdvisoryActivityKind")
@Table(name = "advisory_activity_kind")
public class ActivityKind {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "funnel_level", nullable = false)
    private FunnelLevel funnelLevel;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean builtin;

    @Column(nullable = false)
    private boolean archived;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "advisory_activity_kind_translation", joinColumns = @JoinColumn(name = "kind_id"))
    @MapKeyColumn(name = "locale")
    @Column(name = "name", nullable = false)
    private Map<String, String> names = new HashMap<>();

    @Version
    private long version;

    protected ActivityKind() {
    }

    /** A new kind; the code is upper-case ASCII, and every language needs a name. */
    public ActivityKind(String code, FunnelLevel funnelLevel, int sortOrder, Map<String, String> names) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainException.rule("advisory-kind-code-invalid", "advisory.error.kind-code-invalid", code);
        }
        this.code = code;
        this.sortOrder = sortOrder;
        rename(names, funnelLevel);
    }

    /** New names and default funnel level. */
    public void rename(Map<String, String> newNames, FunnelLevel level) {
        for (String lang : Translations.LANGUAGES) {
            String name = newNames == null ? null : newNames.get(lang);
            if (name == null || name.isBlank() || name.length() > 200) {
                throw DomainException.rule("advisory-kind-name-missing", "advisory.error.kind-name-missing", lang);
            }
        }
        this.names = new HashMap<>();
        Translations.LANGUAGES.forEach(l -> names.put(l, newNames.get(l).strip()));
        this.funnelLevel = Objects.requireNonNull(level);
    }

    public void archive() {
        this.archived = true;
    }

    public void restore() {
        this.archived = false;
    }

    public String name(Locale locale) {
        return Translations.pick(names, locale, code);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public FunnelLevel getFunnelLevel() {
        return funnelLevel;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public boolean isArchived() {
        return archived;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivityKind k && id != null && id.equals(k.id);
    }

    @Override
    public int hashCode() {
        return ActivityKind.class.hashCode();
    }
}
