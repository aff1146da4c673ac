package org.openasn.reporting.headcount;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Units whose parents make a cycle: no one event shows it (each unit names another as its parent), so the contract cannot
 * refuse it and the read model holds it. Roll-ups walk the unit tree and must still answer, promptly, counting each
 * employee once: A and B are each other's parent (two registrations), F hangs below A; C's parent is D, D's is E, and E's
 * is C, a cycle closed when C, first registered at the top, is registered again under D. T is a top-level unit with
 * sub-unit U, for comparison.
 */
@QuarkusTest
class UnitCycleTest {

    private static final LocalDate START = LocalDate.of(2015, 3, 1);
    private static final String AS_OF = "2025-12-31";

    @AutoClose
    private final PersonnelEvents events = new PersonnelEvents();
    private final String agency = "Z" + UUID.randomUUID().toString().substring(0, 6);
    private final Map<String, UUID> units = new HashMap<>();

    @Test
    void shouldRollUpUnitsWhoseParentsMakeACycleCountingEachEmployeeOnce() {
        for (String code : List.of("A", "B", "F", "C", "D", "E", "T", "U")) {
            units.put(code, UUID.randomUUID());
        }
        register("A", "B");
        register("B", "A");
        register("F", "A");
        register("C", null);
        register("D", "E");
        register("E", "C");
        events.send(PersonnelEvents.unit(unit("C"), agency, "C", unit("D")).withSequence(2));
        register("T", null);
        register("U", "T");
        Map<String, Integer> staff = Map.of("A", 1, "B", 2, "F", 3, "C", 1, "D", 2, "E", 2, "T", 1, "U", 2);
        staff.forEach((code, count) -> {
            for (int i = 0; i < count; i++) {
                employee(PersonnelEvents.period(START, null, "PNS", "III/a", "4", unit(code), null, "employee-registered"));
            }
        });
        employee(new EmploymentPeriod(START, null, "PNS", "01", true, null, "III/d", START, "1", "41", null, "Kepala Seksi Umum", null,
                "LAINNYA", "ADMINISTRATION", unit("E"), "40", null, UUID.randomUUID(), "employee-registered"));
        await().atMost(Duration.ofSeconds(30)).until(() -> headcount("", Map.of()).getLong("grandTotal") == 15
                && unit("D").toString().equals(given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).get("/units")
                        .jsonPath().getString("find { it.id == '" + unit("C") + "' }.parentId")));

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertEquals(Map.of(unit("T").toString(), 3, HeadcountQuery.UNKNOWN, 12), rolledUp(Map.of()),
                    "a unit on a cycle, or below one, has no top-level unit to roll up to");
            assertEquals(Map.of(unit("A").toString(), 1, unit("B").toString(), 2, unit("F").toString(), 3),
                    rolledUp(Map.of("unit", unit("A").toString())));
            assertEquals(Map.of(unit("B").toString(), 2, unit("A").toString(), 4), rolledUp(Map.of("unit", unit("B").toString())));
            assertEquals(Map.of(unit("C").toString(), 1, unit("E").toString(), 5), rolledUp(Map.of("unit", unit("C").toString())));
            assertEquals(Map.of(unit("D").toString(), 2, unit("C").toString(), 4), rolledUp(Map.of("unit", unit("D").toString())));
            assertEquals(Map.of(unit("T").toString(), 1, unit("U").toString(), 2), rolledUp(Map.of("unit", unit("T").toString())));

            JsonPath byUnit = table("3.14");
            assertEquals(15, byUnit.getLong("grandTotal"), "PNS by their own unit");
            assertTrue(byUnit.getBoolean("reconciles"), byUnit.getString("discrepancies"));
            JsonPath posts = table("3.13");
            assertEquals(1, posts.getLong("grandTotal"), "the eselon post in E, whose ancestors are looked through for an SKPD");
            assertTrue(posts.getBoolean("reconciles"), posts.getString("discrepancies"));
            assertTrue(table("3.12").getBoolean("reconciles"));
        });
    }

    private UUID unit(String code) {
        return units.get(code);
    }

    private void register(String code, String parent) {
        events.send(PersonnelEvents.unit(unit(code), agency, code, parent == null ? null : unit(parent)));
    }

    private void employee(EmploymentPeriod period) {
        events.send(PersonnelEvents.employee(UUID.randomUUID(), agency, 1, "employee-registered", Instant.parse("2026-01-05T00:00:00Z"), "L",
                LocalDate.of(1985, 5, 1), "1", List.of(period)));
    }

    private JsonPath headcount(String groupBy, Map<String, String> filters) {
        return given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("groupBy", groupBy)
                .queryParam("asOf", AS_OF).queryParams(filters).get("/headcounts").then().statusCode(200).extract().jsonPath();
    }

    /** The headcount by unit with sub-units rolled up, after checking that its unit totals add up to its grand total. */
    private Map<String, Integer> rolledUp(Map<String, String> filters) {
        Map<String, String> rollUp = new HashMap<>(filters);
        rollUp.put("rollUp", "true");
        JsonPath answer = headcount("unit", rollUp);
        Map<String, Integer> totals = answer.getMap("totals.unit");
        assertEquals(answer.getLong("grandTotal"), totals.values().stream().mapToLong(Integer::longValue).sum(), "the units' totals add up: " + totals);
        return totals;
    }

    private JsonPath table(String number) {
        return given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("month", "2025-12")
                .get("/profile/tables/{number}", number).then().statusCode(200).extract().jsonPath();
    }
}
