package no.kobling.bench;

/**
 * Unique, valid organisation numbers in a fixed order: walks a numeric range with a stride coprime to its size,
 * starting at a seed-dependent offset, and appends the national check digit (numbers whose check digit cannot be
 * issued are skipped).
 */
final class OrgNumberSequence {

    private static final int[] NO_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] FI_WEIGHTS = {7, 9, 10, 5, 8, 4, 2};
    private static final long STRIDE = 7919; // prime, coprime to every range size below

    private final String country;
    private final long base;
    private final long size;
    private long position;

    OrgNumberSequence(String country, long seed) {
        this.country = country;
        switch (country) {
            case "NO" -> { base = 80_000_000L; size = 20_000_000L; } // 8 digits, numbers 8xxxxxxxx and 9xxxxxxxx
            case "SE" -> { base = 550_000_000L; size = 10_000_000L; } // aktiebolag 55xxxxxxxx
            case "FI" -> { base = 1_000_000L; size = 2_400_000L; }
            default -> throw new IllegalArgumentException(country);
        }
        this.position = Math.floorMod(seed * 104_729L, size);
    }

    String next() {
        while (true) {
            long body = base + position;
            position = (position + STRIDE) % size;
            String number = withCheckDigit(body);
            if (number != null) {
                return number;
            }
        }
    }

    private String withCheckDigit(long body) {
        switch (country) {
            case "NO" -> {
                String s = Long.toString(body);
                int sum = 0;
                for (int i = 0; i < 8; i++) {
                    sum += (s.charAt(i) - '0') * NO_WEIGHTS[i];
                }
                int check = 11 - sum % 11;
                check = check == 11 ? 0 : check;
                return check == 10 ? null : s + check;
            }
            case "SE" -> {
                String s = Long.toString(body);
                int sum = 0;
                for (int i = 0; i < 9; i++) {
                    int d = s.charAt(i) - '0';
                    if (i % 2 == 0) {
                        d *= 2;
                        d = d > 9 ? d - 9 : d;
                    }
                    sum += d;
                }
                return s + (10 - sum % 10) % 10;
            }
            default -> {
                String s = String.format("%07d", body);
                int sum = 0;
                for (int i = 0; i < 7; i++) {
                    sum += (s.charAt(i) - '0') * FI_WEIGHTS[i];
                }
                int rem = sum % 11;
                return rem == 1 ? null : s + "-" + (rem == 0 ? 0 : 11 - rem);
            }
        }
    }
}
