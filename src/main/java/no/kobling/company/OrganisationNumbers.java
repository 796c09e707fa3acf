package no.kobling.company;

import java.util.Locale;
import java.util.Optional;

/**
 * National organisation numbers with their check digits. {@link #normalise} returns the canonical form stored in
 * the register, or empty when the number is malformed or its check digit is wrong:
 * <ul>
 * <li>Norway: 9 digits, mod 11 with weights 3,2,7,6,5,4,3,2 (remainder 1 is never issued).</li>
 * <li>Sweden: 10 digits, Luhn over all ten; a 12-digit form with the century prefix {@code 16} (SCB) is accepted.</li>
 * <li>Finland (Y-tunnus): NNNNNNN-N, weights 7,9,10,5,8,4,2, mod 11 (remainder 1 is never issued; 0 gives 0).</li>
 * </ul>
 */
public final class OrganisationNumbers {

    private static final int[] NO_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] FI_WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private OrganisationNumbers() {
    }

    public static Optional<String> normalise(String countryCode, String raw) {
        if (countryCode == null || raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        return switch (countryCode.toUpperCase(Locale.ROOT)) {
            case "NO" -> norway(s);
            case "SE" -> sweden(s);
            case "FI" -> finland(s);
            default -> Optional.empty();
        };
    }

    public static boolean isValid(String countryCode, String raw) {
        return normalise(countryCode, raw).isPresent();
    }

    static Optional<String> norway(String s) {
        String digits = s.replace(" ", "");
        if (!digits.matches("\\d{9}")) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * NO_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(8) - '0' ? Optional.of(digits) : Optional.empty();
    }

    static Optional<String> sweden(String s) {
        String digits = s.replace("-", "").replace(" ", "");
        if (digits.matches("16\\d{10}")) {
            digits = digits.substring(2);
        }
        if (!digits.matches("\\d{10}")) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0 ? Optional.of(digits) : Optional.empty();
    }

    static Optional<String> finland(String s) {
        String t = s.replace(" ", "");
        if (t.matches("\\d{6}-\\d")) {
            t = "0" + t; // old business ids written without the leading zero
        }
        if (!t.matches("\\d{7}-\\d")) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (t.charAt(i) - '0') * FI_WEIGHTS[i];
        }
        int rem = sum % 11;
        if (rem == 1) {
            return Optional.empty();
        }
        int check = rem == 0 ? 0 : 11 - rem;
        return check == t.charAt(8) - '0' ? Optional.of(t) : Optional.empty();
    }
}
