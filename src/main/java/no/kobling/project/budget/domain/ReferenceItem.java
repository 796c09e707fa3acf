package no.kobling.project.budget.domain;

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
import java.util.Set;
import no.kobling.shared.DomainException;

/**
 * An entry of a reference list (a cost category or a kind of financing) with its name in each language. An entry in
 * use is archived, never deleted: existing lines keep it, new lines cannot choose it.
 */
@Entity
@Table(name = "project_budget_reference")
public class ReferenceItem {

    public static final Set<String> LANGUAGES = Set.of("en", "nb", "nn", "sv", "fi");
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_kind", nullable = false, length = 20)
    private ReferenceList list;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(nullable = false)
    private boolean archived;

    /** In-kind hours: its value comes from logged hours × the party's rate, not from an amount. */
    @Column(name = "in_kind_hours", nullable = false)
    private boolean inKindHours;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_budget_reference_name", joinColumns = @JoinColumn(name = "reference_id"))
    @MapKeyColumn(name = "locale", length = 5)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private Map<String, String> names = new HashMap<>();

    @Version
    private long version;

    protected ReferenceItem() {
    }

    public ReferenceItem(ReferenceList list, String code, Map<String, String> names) {
        this.list = list;
        if (code == null || !code.strip().matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw DomainException.rule("budget-reference-code-invalid", "budget.error.reference-code-invalid",
                    String.valueOf(code));
        }
        this.code = code.strip();
        rename(names);
    }

    public void rename(Map<String, String> newNames) {
        Map<String, String> clean = new HashMap<>();
        if (newNames != null) {
            newNames.forEach((lang, name) -> {
                if (LANGUAGES.contains(lang) && name != null && !name.isBlank()) {
                    if (name.strip().length() > NAME_MAX) {
                        throw DomainException.rule("budget-reference-name-too-long",
                                "budget.error.reference-name-too-long");
                    }
                    clean.put(lang, name.strip());
                }
            });
        }
        if (!clean.containsKey("en")) {
            throw DomainException.rule("budget-reference-name-missing", "budget.error.reference-name-missing");
        }
        names.clear();
        names.putAll(clean);
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    /** The name in the language, else English. */
    public String name(Locale locale) {
        String n = locale == null ? null : names.get(locale.getLanguage());
        if (n == null && locale != null && "no".equals(locale.getLanguage())) {
            n = names.get("nb");
        }
        return n != null ? n : names.get("en");
    }

    public Long getId() {
        return id;
    }

    public ReferenceList getList() {
        return list;
    }

    public String getCode() {
        return code;
    }

    public boolean isArchived() {
        return archived;
    }

    public boolean isInKindHours() {
        return inKindHours;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    public long getVersion() {
        return version;
    }

    public void checkVersion(Long expected) {
        no.kobling.shared.StaleVersionException.check("budget-reference", id, expected, version);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferenceItem r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return ReferenceItem.class.hashCode();
    }
}
