package no.kobling.company;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Valid organisation numbers for tests, never the same twice in one JVM and drawn from bands that no fixture file,
 * seed or demo company uses, so a test's company never collides with another test's or the demo's (CI once failed
 * with {@code company-exists} on a random repeat). The bands:
 * <ul>
 *   <li>Norway: {@code 940}–{@code 944} and five random digits, then the mod-11 check digit;</li>
 *   <li>Sweden: {@code 553} (a limited company; fixtures and demo use 556 and 559), six digits and the Luhn digit;</li>
 *   <li>Finland: {@code 7} and six digits, then the check digit (fixtures use 01, 23, 28 and 31).</li>
 * </ul>
 * Runs that reuse a database (PostgreSQL by hand) are still safe from each other only with good odds, which is why
 * the tests' own companies use these bands and nothing else.
 */
public final class TestOrgNumbers {

    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

    private TestOrgNumbers() {
    }

    public static String norway() {
        return unique(() -> withCheck("NO", "94" + ThreadLocalRandom.current().nextInt(5) + digits(5), ""));
    }

    public static String sweden() {
        return unique(() -> withCheck("SE", "553" + digits(6), ""));
    }

    public static String finland() {
        return unique(() -> withCheck("FI", "7" + digits(6), "-"));
    }

    /** One of the three countries' numbers by its ISO code. */
    public static String of(String country) {
        return switch (country) {
            case "NO" -> norway();
            case "SE" -> sweden();
            case "FI" -> finland();
            default -> throw new IllegalArgumentException(country);
        };
    }

    private static String unique(Supplier<String> draw) {
        while (true) {
            String n = draw.get();
            if (n != null && ISSUED.add(n)) {
                return n;
            }
        }
    }

    /** The base with the one check digit that makes it valid, or null when no digit does (mod 11 remainder 10). */
    private static String withCheck(String country, String base, String separator) {
        for (int d = 0; d < 10; d++) {
            String candidate = base + separator + d;
            if (OrganisationNumbers.isValid(country, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ThreadLocalRandom.current().nextInt(10));
        }
        return sb.toString();
    }
}
