package org.openasn.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** reporting-service settings. */
@ConfigMapping(prefix = "asn.reporting")
public interface ReportingConfig {

    Suppression suppression();

    ReadModel readModel();

    HeadcountIndex headcountIndex();

    /**
     * The age groups of a headcount that does not ask for its own ({@code ageBands=}): the last age of each band but the
     * last, as in {@code AgeBands}. Seed 000's by default: &lt;21, 21-25, ..., 56-58, 59-60, &gt;60. The published profile
     * tables keep seed 000's whatever this says.
     */
    @WithDefault("20,25,30,35,40,45,50,55,58,60")
    List<Integer> ageBands();

    interface HeadcountIndex {
        /**
         * Answer headcounts about the current knowledge (no knownAt, no unit roll-up) from the in-memory column index of
         * current employee periods instead of SQL (decision 9). About 40 bytes of heap per period.
         */
        @WithDefault("true")
        boolean enabled();
    }

    interface Suppression {
        /**
         * Counts below k (and above zero) are suppressed for the {@code integration} role, with the complementary
         * suppression that keeps them from being worked out from the totals. Other roles see exact figures.
         */
        @WithDefault("5")
        int k();
    }

    interface ReadModel {
        /** Readiness is DOWN while the oldest event not yet applied to the read model is older than this. */
        @WithDefault("PT30S")
        Duration maxLag();
    }
}
