package jp.shiori.bench;

import java.util.Arrays;

/**
 * Response times in microseconds of one client (no locking on the hot path), merged per query kind at the
 * end; percentiles by nearest rank over the sorted values.
 */
final class Latencies {

    private long[] micros = new long[1024];
    private int size;
    private long errors;
    private long zeroHits;
    private long[] hits = new long[1024];

    void record(long latencyMicros, long hitCount) {
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
            hits = Arrays.copyOf(hits, size * 2);
        }
        micros[size] = latencyMicros;
        hits[size] = hitCount;
        size++;
        if (hitCount == 0) {
            zeroHits++;
        }
    }

    void error() {
        errors++;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            record(other.micros[i], other.hits[i]);
        }
        errors += other.errors;
    }

    /** Successful requests. */
    int count() {
        return size;
    }

    long errors() {
        return errors;
    }

    long zeroHits() {
        return zeroHits;
    }

    Summary summarize() {
        long[] sorted = Arrays.copyOf(micros, size);
        Arrays.sort(sorted);
        long[] sortedHits = Arrays.copyOf(hits, size);
        Arrays.sort(sortedHits);
        return new Summary(size, errors, percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                size == 0 ? 0 : sorted[size - 1], zeroHits, percentile(sortedHits, 0.50));
    }

    /** Nearest rank: the smallest value with at least {@code p} of all values at or below it. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    record Summary(int count, long errors, long p50, long p95, long p99, long max, long zeroHits, long medianHits) {
    }
}
