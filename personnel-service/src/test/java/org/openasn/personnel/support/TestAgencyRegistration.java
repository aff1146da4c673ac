package org.openasn.personnel.support;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.openasn.personnel.agency.Agency;
import org.openasn.personnel.agency.AgencyDetails;
import org.openasn.personnel.agency.AgencyService;
import org.openasn.testing.TestTokens;

/**
 * Registers the agency of the test tokens ({@link TestTokens#AGENCY}) when the application under test starts: every
 * operation on an agency's data needs the agency in the register. Tests of other agencies register them
 * ({@link Fixtures#registerAgency}).
 */
@ApplicationScoped
public class TestAgencyRegistration {

    @Inject
    AgencyService agencies;

    void register(@Observes StartupEvent started) {
        if (agencies.find(TestTokens.AGENCY).isEmpty()) {
            agencies.register(new AgencyDetails("Instansi Uji", Agency.Level.KABUPATEN, null, null), TestTokens.AGENCY, "tests");
        }
    }
}
