package no.kobling.company.domain;

/**
 * Size of a company by its number of employees (the EU SME bands, with the micro band split at 5):
 * 0, 1–4, 5–9, 10–49, 50–249, 250 and more; {@link #UNKNOWN} when the register has no number.
 */
public enum SizeBand {
    NONE(0, 0), MICRO(1, 4), SMALL_MICRO(5, 9), SMALL(10, 49), MEDIUM(50, 249), LARGE(250, Integer.MAX_VALUE),
    UNKNOWN(-1, -1);

    private final int min;
    private final int max;

    SizeBand(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public static SizeBand of(Integer employees) {
        if (employees == null || employees < 0) {
            return UNKNOWN;
        }
        for (SizeBand band : values()) {
            if (band != UNKNOWN && employees >= band.min && employees <= band.max) {
                return band;
            }
        }
        return UNKNOWN;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
