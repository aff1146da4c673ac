package org.openasn.testing;

import java.util.Arrays;

/** What the benchmarks time: a piece of work run again and again, and nearest-rank percentiles of the times. */
public final class Timings {

    /** Runs before the timed ones, so that the first timed run is not the first run. */
    private static final int UNTIMED = 3;

    private Timings() {
    }

    /** Runs {@code work} {@value #UNTIMED} times untimed, then {@code runs} times; returns the times in milliseconds, sorted. */
    public static double[] millis(int runs, Runnable work) {
        for (int i = 0; i < UNTIMED; i++) {
            work.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    /** The nearest-rank {@code p}th percentile of sorted values; NaN when there are none. */
    public static double percentile(double[] sorted, int p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
