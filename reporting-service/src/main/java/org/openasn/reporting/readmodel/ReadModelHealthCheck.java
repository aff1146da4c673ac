package org.openasn.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.openasn.reporting.config.ReportingConfig;
import org.openasn.reporting.headcount.CurrentPeriodIndex;

/**
 * Readiness of the read model: DOWN while the oldest event not yet applied is older than
 * {@code asn.reporting.read-model.max-lag} (answers would be stale), during a rebuild for instance. The same lag is the
 * metric {@code asn_consumer_lag_seconds{group="reporting-service"}}. Its data also say whether the headcount index is
 * {@code loaded} or still {@code loading} (headcounts are then counted in SQL: slower, not wrong).
 */
@Readiness
@ApplicationScoped
public class ReadModelHealthCheck implements HealthCheck {

    @Inject
    ReadModelRebuild rebuild;
    @Inject
    ReportingConfig config;
    @Inject
    CurrentPeriodIndex index;

    @Override
    public HealthCheckResponse call() {
        double maxLag = config.readModel().maxLag().toMillis() / 1000.0;
        HealthCheckResponseBuilder response = HealthCheckResponse.named("read-model").up()
                .withData("maxLagSeconds", Double.toString(maxLag));
        if (config.headcountIndex().enabled()) {
            response.withData("headcountIndex", index.loaded() ? "loaded" : "loading");
        }
        rebuild.state().ifPresent(state -> {
            response.withData("lagSeconds", Double.toString(state.lagSeconds())).withData("lagRecords", state.lagRecords());
            if (state.rebuild() != null && state.rebuild().finishedAt() == null) {
                response.withData("rebuilding", true);
            }
            if (state.lagSeconds() > maxLag) {
                response.down();
            }
        });
        return response.build();
    }
}
