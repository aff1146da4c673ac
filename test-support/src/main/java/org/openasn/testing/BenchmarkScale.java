package org.openasn.testing;

/**
 * How much work a benchmark does. {@code -Pbenchmark} runs the full sizes; the test command runs every benchmark once
 * more at the smoke sizes (system property {@code bench.smoke}, set by the root POM's {@code benchmark-smoke} profile),
 * so that a change that breaks a benchmark fails the build instead of the next measurement. A size's own property
 * ({@code -Dbench.rows=...}) wins over both.
 */
public final class BenchmarkScale {

    /** True when the benchmarks run at their smoke sizes. */
    public static final boolean SMOKE = Boolean.getBoolean("bench.smoke");

    private BenchmarkScale() {
    }

    /** The integer system property {@code property} if set, else {@code smoke} in a smoke run and {@code full} otherwise. */
    public static int of(String property, int full, int smoke) {
        return Integer.getInteger(property, SMOKE ? smoke : full);
    }

    /** The long system property {@code property} if set, else {@code smoke} in a smoke run and {@code full} otherwise. */
    public static long of(String property, long full, long smoke) {
        return Long.getLong(property, SMOKE ? smoke : full);
    }
}
