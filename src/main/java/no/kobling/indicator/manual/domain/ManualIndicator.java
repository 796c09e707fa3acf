package no.kobling.indicator.manual.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.shared.DomainException;

/**
 * A project's manual indicator: code {@code manual-<slug>} (from the name when it is defined, never changed), names in
 * up to five languages (at least one), a unit. Archived instead of deleted once it has entries.
 */
@Entity(name = "IndicatorManual")
@Table(name = "indicator_manual")
public class ManualIndicator {

    public static final String PREFIX = "manual-";
    public static final List<String> LANGUAGES = List.of("nb", "nn", "sv", "fi", "en");
    static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ManualUnit unit;

    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_nb")
    private String nameNb;
    @Column(name = "name_nn")
    private String nameNn;
    @Column(name = "name_sv")
    private String nameSv;
    @Column(name = "name_fi")
    private String nameFi;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ManualIndicator() {
    }

    public ManualIndicator(long projectId, String code, ManualUnit unit, Map<String, String> names, String by,
            Instant at) {
        this.projectId = projectId;
        this.code = code;
        this.createdBy = by;
        this.createdAt = at;
        change(unit, names);
    }

    /** Changes the names and unit; at least one name is required ({@code manual-name-required}). */
    public void change(ManualUnit newUnit, Map<String, String> names) {
        if (newUnit == null) {
            throw DomainException.rule("manual-unit-required", "indicator.manual.error.unit-required");
        }
        Map<String, String> clean = cleanNames(names);
        this.unit = newUnit;
        this.nameEn = clean.get("en");
        this.nameNb = clean.get("nb");
        this.nameNn = clean.get("nn");
        this.nameSv = clean.get("sv");
        this.nameFi = clean.get("fi");
    }

    public static Map<String, String> cleanNames(Map<String, String> names) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (names != null) {
            for (String lang : LANGUAGES) {
                String n = names.get(lang);
                if (n != null && !n.isBlank()) {
                    String t = n.strip();
                    if (t.length() > MAX_NAME) {
                        throw DomainException.rule("manual-name-too-long", "indicator.manual.error.name-too-long",
                                MAX_NAME);
                    }
                    clean.put(lang, t);
                }
            }
        }
        if (clean.isEmpty()) {
            throw DomainException.rule("manual-name-required", "indicator.manual.error.name-required");
        }
        return clean;
    }

    /** {@code manual-<slug>} of a name: lower case ASCII letters and digits joined by dashes, at most 40. */
    public static String slug(String name) {
        String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o")
                .replace("å", "a"), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("-+$", "");
        }
        return PREFIX + (s.isEmpty() ? "indicator" : s);
    }

    public void archive(boolean value) {
        this.archived = value;
    }

    /** The names by language (only those given). */
    public Map<String, String> names() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "nb", nameNb);
        put(out, "nn", nameNn);
        put(out, "sv", nameSv);
        put(out, "fi", nameFi);
        put(out, "en", nameEn);
        return out;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The name in the language, else English, else the first one given. */
    public String name(Locale locale) {
        Map<String, String> names = names();
        String lang = locale == null ? "en" : locale.getLanguage();
        if ("no".equals(lang)) {
            lang = "nb";
        }
        return names.getOrDefault(lang, names.getOrDefault("en", names.values().iterator().next()));
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getCode() {
        return code;
    }

    public ManualUnit getUnit() {
        return unit;
    }

    public boolean isArchived() {
        return archived;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ManualIndicator m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return ManualIndicator.class.hashCode();
    }
}
