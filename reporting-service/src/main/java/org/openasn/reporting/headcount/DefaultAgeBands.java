package org.openasn.reporting.headcount;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openasn.reporting.config.ReportingConfig;

/** The age bands of a headcount that does not ask for its own ({@code asn.reporting.age-bands}); a wrong setting stops the start. */
@Startup
@ApplicationScoped
public class DefaultAgeBands {

    private final AgeBands bands;

    @Inject
    DefaultAgeBands(ReportingConfig config) {
        try {
            bands = AgeBands.of(config.ageBands());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("asn.reporting.age-bands " + config.ageBands() + ": " + e.getMessage(), e);
        }
    }

    public AgeBands get() {
        return bands;
    }
}
