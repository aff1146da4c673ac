package org.openasn.reporting.headcount;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.testing.TestTokens;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loading every row into the index (at start-up, after a rebuild) takes minutes at the national scale: meanwhile
 * headcounts are counted in SQL, with the same answers, and nobody waits for the load.
 */
@QuarkusTest
class CurrentPeriodIndexLoadingTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Inject
    CurrentPeriodIndex index;
    @Inject
    AgroalDataSource dataSource;
    @AutoClose
    private final PersonnelEvents events = new PersonnelEvents();
    private final String agency = "W" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void whileEveryRowIsLoadingHeadcountsAreCountedInSql() throws Exception {
        register("L");
        register("P");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(Map.of("L", 1, "P", 1), byGender()));
        await().atMost(Duration.ofSeconds(30)).until(index::loaded);

        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                // the index's load joins the BUP rules, so it waits for this transaction; a headcount by gender does not
                statement.execute("LOCK TABLE bup_rule_range IN ACCESS EXCLUSIVE MODE");
            }
            index.forgetRows();
            assertEquals(Map.of("L", 1, "P", 1), byGender(), "counted in SQL while the index loads");
            assertFalse(index.loaded(), "the load waits for the lock");
            assertEquals("loading", headcountIndexHealth(), "readiness says so, and stays UP");
            assertTrue(index.count(agency, List.of(Dimension.GENDER), Map.of(), AS_OF).isEmpty(), "the index answers nothing meanwhile");

            register("L");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(Map.of("L", 2, "P", 1), byGender()));
            assertFalse(index.loaded());
            blocker.rollback();
        }

        await().atMost(Duration.ofSeconds(30)).until(index::loaded);
        HeadcountQuery.Headcount fromIndex = index.count(agency, List.of(Dimension.GENDER), Map.of(), AS_OF).orElseThrow();
        assertEquals(Map.of("L", 2L, "P", 1L), fromIndex.totals().get("gender"), "the index, loaded, has every employee");
        assertEquals(Map.of("L", 2, "P", 1), byGender());
        assertEquals("loaded", headcountIndexHealth());
    }

    private static String headcountIndexHealth() {
        return given().get("/q/health/ready").then().statusCode(200).extract().jsonPath()
                .getString("checks.find { it.name == 'read-model' }.data.headcountIndex");
    }

    private void register(String gender) {
        EmploymentPeriod period = PersonnelEvents.period(LocalDate.of(2015, 3, 1), null, "PNS", "III/a", "4", null, null, "employee-registered");
        events.send(PersonnelEvents.employee(UUID.randomUUID(), agency, 1, "employee-registered", Instant.now(), gender,
                LocalDate.of(1985, 5, 5), "1", List.of(period)));
    }

    private Map<String, Integer> byGender() {
        return given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", agency).queryParam("groupBy", "gender")
                .queryParam("asOf", AS_OF.toString()).get("/headcounts").then().statusCode(200).extract().jsonPath().getMap("totals.gender");
    }
}
