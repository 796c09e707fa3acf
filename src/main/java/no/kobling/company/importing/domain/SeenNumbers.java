package no.kobling.company.importing.domain;

/**
 * The organisation numbers already seen in one file, as primitive longs in an open-addressing set (about 16 bytes
 * per company, so 3 million numbers fit in ~64 MB; the file itself is never held).
 */
public final class SeenNumbers {

    private long[] table = new long[1 << 14];
    private int size;

    /** Adds a normalised organisation number; false when it was already there. */
    public boolean add(String orgNumber) {
        long key = key(orgNumber);
        if (size * 2 >= table.length) {
            grow();
        }
        return insert(table, key);
    }

    private boolean insert(long[] t, long key) {
        int mask = t.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (t[i] != 0) {
            if (t[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        t[i] = key;
        if (t == table) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0; // re-counted by insert below
        for (long k : old) {
            if (k != 0) {
                insert(table, k);
            }
        }
    }

    int size() {
        return size;
    }

    int capacity() {
        return table.length;
    }

    /** Digits of the number plus one (never 0), e.g. 923609016 → 923609017. */
    static long key(String orgNumber) {
        long v = 0;
        for (int i = 0; i < orgNumber.length(); i++) {
            char c = orgNumber.charAt(i);
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
            }
        }
        return v + 1;
    }
}
