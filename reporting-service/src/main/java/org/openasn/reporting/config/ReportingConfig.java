package org.openasn.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** reporting-service settings. */
@ConfigMapping(prefix = "asn.reporting")
public interface ReportingConfig {

    Suppression suppression();

    ReadModel readModel();

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
