package no.kobling.project.agreement.domain;

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
import org.hibernate.annotations.BatchSize;

/** An area of cooperation (reference data): a code and a name per language; archived when no longer offered. */
@Entity
@Table(name = "project_agreement_area")
public class AgreementArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AreaStatus status = AreaStatus.ACTIVE;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_agreement_area_translation", joinColumns = @JoinColumn(name = "area_id"))
    @MapKeyColumn(name = "locale", length = 10)
    @Column(name = "name", nullable = false, length = 200)
    @BatchSize(size = 50)
    private Map<String, String> names = new HashMap<>();

    @Version
    private long version;

    protected AgreementArea() {
    }

    public AgreementArea(String code, int sortOrder, Map<String, String> names) {
        this.code = code;
        this.sortOrder = sortOrder;
        this.names.putAll(names);
    }

    public void archive() {
        status = AreaStatus.ARCHIVED;
    }

    public void restore() {
        status = AreaStatus.ACTIVE;
    }

    /** The name in the language, falling back to English, Norwegian Bokmål, then any. */
    public String name(Locale locale) {
        String lang = locale == null ? "en" : locale.getLanguage();
        for (String l : new String[] {lang, "en", "nb"}) {
            String n = names.get(l);
            if (n != null && !n.isBlank()) {
                return n;
            }
        }
        return names.values().stream().findFirst().orElse(code);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public AreaStatus getStatus() {
        return status;
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
}
