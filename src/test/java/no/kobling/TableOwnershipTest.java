package no.kobling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module reads or writes another module's tables (issue 11, finding 11): every table name that appears in a string
 * of a module's code (native SQL, {@code @Table}, {@code @CollectionTable}, {@code @JoinTable}) belongs to that
 * module. Tables are prefixed by their module ({@link #OWNERS}); the tables are read from the Flyway migrations.
 * JPQL names entities, not tables: using another module's entity is caught by {@code ModularityTests}, because
 * entities are internal types.
 * <p>
 * The one declared exception: the geo module's reference data ({@code geo_*}: countries, regions, municipalities,
 * NACE) is shared, read-only, by every module — as any module may read a constant. Writes to it from outside geo
 * fail this test too. Everything else goes through the owning module's facade (the tenancy rule through
 * {@code no.kobling.actor.Visibility}, users through {@code no.kobling.identity.UserDirectory}).
 */
class TableOwnershipTest {

    /** Table prefix → owning module (first package below {@code no.kobling}). */
    static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("actor_", "actor"),
            Map.entry("identity_", "identity"), Map.entry("company_", "company"), Map.entry("advisory_", "advisory"),
            Map.entry("catalogue_", "advisory"), Map.entry("cases_", "partnering"),
            Map.entry("partnering_", "partnering"), Map.entry("notification_", "notification"),
            Map.entry("event_", "event"), Map.entry("geo_", "geo"), Map.entry("audit_", "audit"),
            Map.entry("shared_", "shared"), Map.entry("project_", "project"),
            Map.entry("indicator_", "indicator"), Map.entry("survey_", "survey"),
            Map.entry("privacy_", "privacy"));

    /** Shared read-only reference data: readable (never writable) by every module. */
    static final String SHARED_READ_ONLY_PREFIX = "geo_";

    static final Path SOURCES = Path.of("src/main/java/no/kobling");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z0-9_]+)");
    static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]*");
    static final Pattern WRITE = Pattern.compile("(?i)\\b(insert|update|delete|merge|truncate|alter|drop)\\b");

    @Test
    void everyTableBelongsToAModule() {
        Set<String> tables = tables();
        assertThat(tables).as("tables found in the migrations").hasSizeGreaterThan(50);
        assertThat(tables).allSatisfy(t -> assertThat(owner(t)).as("module owning table %s", t).isNotNull());
    }

    @Test
    void noModuleTouchesAnotherModulesTables() {
        Set<String> tables = tables();
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String module = SOURCES.relativize(file).getName(0).toString();
            for (String literal : literals(read(file))) {
                Matcher words = WORD.matcher(literal);
                while (words.find()) {
                    String table = words.group();
                    if (!tables.contains(table) || module.equals(owner(table))) {
                        continue;
                    }
                    boolean sharedRead = table.startsWith(SHARED_READ_ONLY_PREFIX) && !WRITE.matcher(literal).find();
                    if (!sharedRead) {
                        violations.add(SOURCES.relativize(file) + " (module " + module + ") uses " + table
                                + " of module " + owner(table) + ": \"" + literal.strip() + "\"");
                    }
                }
            }
        }
        assertThat(violations).as("SQL or table mappings on another module's tables").isEmpty();
    }

    @Test
    void theCheckSeesATableInAString() {
        // the scanner itself: a literal naming another module's table is found, a column name is not
        assertThat(literals("String sql = \"select id from actor_partnership_member where company_id = ?\";"))
                .singleElement().satisfies(l -> assertThat(WORD.matcher(l).results().map(m -> m.group())
                        .filter(tables()::contains)).containsExactly("actor_partnership_member"));
        assertThat(literals("@Query(\"\"\"\n  select u from identity_user u\n\"\"\")")).singleElement()
                .asString().contains("identity_user");
    }

    static String owner(String table) {
        return OWNERS.entrySet().stream().filter(e -> table.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    static Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Matcher m = CREATE_TABLE.matcher(read(f));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> literals(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " ");
        List<String> found = new ArrayList<>();
        Matcher m = STRING.matcher(code);
        while (m.find()) {
            found.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return found;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
