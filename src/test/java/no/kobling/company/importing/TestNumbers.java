package no.kobling.company.importing;

import java.util.concurrent.ThreadLocalRandom;
import no.kobling.company.OrganisationNumbers;

/** Random valid organisation numbers, so tests never collide with each other's companies. */
final class TestNumbers {

    private TestNumbers() {
    }

    static String norway() {
        return random("NO", 8, 9);
    }

    static String sweden() {
        // legal persons: third digit >= 2
        while (true) {
            String base = "55" + digits(7);
            for (int d = 0; d < 10; d++) {
                if (OrganisationNumbers.isValid("SE", base + d)) {
                    return base + d;
                }
            }
        }
    }

    static String finland() {
        while (true) {
            String base = digits(7);
            for (int d = 0; d < 10; d++) {
                if (OrganisationNumbers.isValid("FI", base + "-" + d)) {
                    return base + "-" + d;
                }
            }
        }
    }

    private static String random(String country, int length, int total) {
        while (true) {
            String base = "9" + digits(length - 1);
            for (int d = 0; d < 10; d++) {
                if (OrganisationNumbers.isValid(country, base + d)) {
                    return base + d;
                }
            }
        }
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(ThreadLocalRandom.current().nextInt(10));
        }
        return sb.toString();
    }
}
