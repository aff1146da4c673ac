package org.openasn.demo;

/**
 * The generator's only source of randomness: SplitMix64 (Steele, Lea and Flood 2014), written out here rather
 * than taken from {@link java.util.SplittableRandom} so that a seed gives the same numbers on every JDK, which is
 * what makes "same seed, byte-identical file" a promise rather than an accident.
 */
final class Rng {

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** A generator for one named purpose, independent of the order in which other purposes draw. */
    static Rng of(long seed, long stream) {
        return new Rng(mix(seed ^ mix(stream + 0x632BE59BD9B4E019L)));
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** @return a uniform int in [0, bound) */
    int nextInt(int bound) {
        // Lemire's multiply-shift; the tiny bias for bounds far below 2^32 does not matter for demo data.
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** @return a uniform int in [low, high] */
    int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    /** @return a uniform long in [low, high] */
    long between(long low, long high) {
        long span = high - low + 1;
        return low + Math.floorMod(nextLong(), span);
    }

    /** @return a uniform double in [0, 1) */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    /** Fisher–Yates, in place. */
    <T> void shuffle(java.util.List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
