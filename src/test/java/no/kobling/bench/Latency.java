package no.kobling.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their percentiles (nearest rank). */
final class Latency {

    private long[] samples = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    int count() {
        return size;
    }

    /** The p-th percentile (0 < p <= 100) in milliseconds. */
    double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMs() {
        return percentileMs(100);
    }

    String summary() {
        return String.format("n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms", size, percentileMs(50),
                percentileMs(95), percentileMs(99), maxMs());
    }
}
