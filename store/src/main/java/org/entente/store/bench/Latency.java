package org.entente.store.bench;

import java.util.Arrays;

/**
 * The median, 95th and 99th percentile of repeated timings, in milliseconds (nearest rank: with fewer than 100
 * runs the 99th percentile is the slowest run).
 *
 * @param rows how many events the query returned (the same on every run)
 */
public record Latency(String name, double medianMs, double p95Ms, double p99Ms, int runs, int rows) {

    /** Summarises timings in nanoseconds. */
    public static Latency of(String name, long[] nanos, int rows) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return new Latency(name, s[rank(s.length, 0.5)] / 1e6, s[rank(s.length, 0.95)] / 1e6,
                s[rank(s.length, 0.99)] / 1e6, s.length, rows);
    }

    private static int rank(int n, double q) {
        return Math.min(n - 1, Math.max(0, (int) Math.ceil(q * n) - 1));
    }
}
