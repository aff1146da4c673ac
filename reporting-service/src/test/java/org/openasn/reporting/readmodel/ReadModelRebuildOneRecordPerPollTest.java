package org.openasn.reporting.readmodel;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import java.util.Map;

/**
 * {@link ReadModelRebuildTest} with one record per poll: every batch of the rebuild holds one event, so an employee's later
 * events, the stale redeliveries and the duplicates each come after the rebuild has claimed their subject in an earlier
 * batch (looked up, not taken as new), and live consumption before it applied them one batch each too.
 */
@QuarkusTest
@TestProfile(ReadModelRebuildOneRecordPerPollTest.OneRecordPerPoll.class)
class ReadModelRebuildOneRecordPerPollTest extends ReadModelRebuildTest {

    public static class OneRecordPerPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("asn.events.consumers.max-poll-records", "1");
        }
    }
}
