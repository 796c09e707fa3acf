package no.kobling.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profiles for integration tests: "test" and "demo" (the seeds' demo data), plus "postgres" when the suite runs
 * with {@code -Dkobling.test.db=postgres} (as {@code .ci/run} does), so the same tests run on both databases.
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        List<String> profiles = new ArrayList<>(List.of("test", "demo"));
        if (isPostgres()) {
            profiles.add("postgres");
        }
        return profiles.toArray(String[]::new);
    }

    public static boolean isPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("kobling.test.db", "h2"));
    }
}
