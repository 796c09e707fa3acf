package no.kobling.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need an installation as it begins in real life: the application WITHOUT the demo profile, on
 * a freshly created empty database (a new in-memory H2, or under {@code -Dkobling.test.db=postgres} a new PostgreSQL
 * database created here with plain JDBC and dropped when the JVM ends), with its own Lucene folder under
 * {@code target/}. Every subclass shares this one extra Spring context; each test empties the users first
 * ({@link #removeAllUsers}), so it starts with nobody able to sign in.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.search.backend.directory.root="
        + "target/test-index/fresh-${random.uuid}")
@AutoConfigureMockMvc
@ActiveProfiles(resolver = FreshInstallation.Profiles.class)
public abstract class FreshInstallation {

    private static final String NAME = "kob_fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /** "test" (and "postgres" when the suite runs on PostgreSQL), never "demo". */
    public static class Profiles implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            List<String> profiles = new ArrayList<>(List.of("test"));
            if (TestProfiles.isPostgres()) {
                profiles.add("postgres");
            }
            if (TestProfiles.isOpenSearch()) {
                profiles.add(TestProfiles.ELASTICSEARCH);
            }
            return profiles.toArray(String[]::new);
        }
    }

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        if (!TestProfiles.isPostgres()) {
            // lock waits as long as on PostgreSQL, so parallel setups wait for the first-user lock instead of failing
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + NAME + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
            return;
        }
        String base = env("KOBLING_DB_URL", "jdbc:postgresql://127.0.0.1:5432/kobling");
        String user = env("KOBLING_DB_USER", "postgres");
        String password = env("KOBLING_DB_PASSWORD", "");
        execute(base, user, password, "create database " + NAME);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(base, user, password, "drop database if exists " + NAME + " with (force)");
            } catch (RuntimeException ignored) {
                // best effort: the server may be gone already
            }
        }));
        String url = base.replaceFirst("/[^/?]+(\\?|$)", "/" + NAME + "$1");
        registry.add("spring.datasource.url", () -> url);
    }

    /** Deletes every user (with their roles and tokens) and the login counts: nobody can sign in any more. */
    protected static void removeAllUsers(JdbcTemplate jdbc) {
        jdbc.update("delete from identity_api_token");
        jdbc.update("delete from identity_user_role");
        jdbc.update("delete from identity_user");
        jdbc.update("delete from identity_login_throttle");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
        }
    }
}
