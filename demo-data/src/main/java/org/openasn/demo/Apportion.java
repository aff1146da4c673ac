package org.openasn.demo;

/** Splits a whole number over parts in proportion to weights, each part capped, by largest remainder. */
final class Apportion {

    private Apportion() {
    }

    /**
     * @param total   what to split; must not exceed the sum of the caps
     * @param weights non-negative weights
     * @param caps    the most each part may get
     * @return integer parts that add up to {@code total}, none above its cap, proportional to the weights as far
     *         as the caps allow (a water-filling factor is found by bisection)
     */
    static int[] split(int total, double[] weights, int[] caps) {
        int n = weights.length;
        long capSum = 0;
        for (int c : caps) {
            capSum += c;
        }
        if (total > capSum) {
            throw new IllegalArgumentException("cannot split " + total + " under caps adding up to " + capSum);
        }
        double lo = 0;
        double hi = 1;
        while (filled(hi, weights, caps) < total && hi < 1e12) {
            hi *= 2;
        }
        for (int it = 0; it < 200; it++) {
            double mid = (lo + hi) / 2;
            if (filled(mid, weights, caps) < total) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        int[] parts = new int[n];
        double[] remainder = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = Math.min(caps[i], hi * weights[i]);
            parts[i] = (int) Math.floor(exact);
            remainder[i] = exact - parts[i];
            given += parts[i];
        }
        while (given < total) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (parts[i] < caps[i] && (best < 0 || remainder[i] > remainder[best]
                        || (remainder[i] == remainder[best] && weights[i] > weights[best]))) {
                    best = i;
                }
            }
            parts[best]++;
            remainder[best] = -1;
            given++;
        }
        while (given > total) {
            int worst = -1;
            for (int i = 0; i < n; i++) {
                if (parts[i] > 0 && (worst < 0 || remainder[i] < remainder[worst])) {
                    worst = i;
                }
            }
            parts[worst]--;
            remainder[worst] = 2;
            given--;
        }
        return parts;
    }

    private static double filled(double factor, double[] weights, int[] caps) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Math.min(caps[i], factor * weights[i]);
        }
        return sum;
    }
}
