package org.openasn.reporting.headcount;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agency with a unit tree: top-level R1 (with sub-unit C1, which has sub-unit G1) and top-level R2; 2 employees in R1,
 * 3 in C1, 4 in G1, 6 in R2 and one whose unit is unknown. A second agency has 2 employees.
 */
@QuarkusTest
class UnitRollUpAndSuppressionTest {

    private static PersonnelEvents events;
    private static boolean published;
    private static final String AGENCY = "R" + UUID.randomUUID().toString().substring(0, 6);
    private static final String OTHER = "S" + UUID.randomUUID().toString().substring(0, 6);
    private static final UUID R1 = UUID.randomUUID();
    private static final UUID C1 = UUID.randomUUID();
    private static final UUID G1 = UUID.randomUUID();
    private static final UUID R2 = UUID.randomUUID();

    @BeforeAll
    static void connect() {
        events = new PersonnelEvents();
    }

    /** Once per class, but after Quarkus has set REST Assured's port (which a static @BeforeAll runs before). */
    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        // a sub-unit may arrive before its parent: units are keyed by their own id, so on different partitions
        events.send(PersonnelEvents.unit(G1, AGENCY, "G1", C1));
        events.send(PersonnelEvents.unit(C1, AGENCY, "C1", R1));
        events.send(PersonnelEvents.unit(R1, AGENCY, "R1", null));
        events.send(PersonnelEvents.unit(R2, AGENCY, "R2", null));
        Map<UUID, Integer> staff = Map.of(R1, 2, C1, 3, G1, 4, R2, 6);
        staff.forEach((unit, count) -> {
            for (int i = 0; i < count; i++) {
                employee(AGENCY, unit);
            }
        });
        employee(AGENCY, null);
        employee(OTHER, null);
        employee(OTHER, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> exact(AGENCY, "", Map.of()).getLong("grandTotal") == 16
                && exact(OTHER, "", Map.of()).getLong("grandTotal") == 2 && given().auth().oauth2(TestTokens.of("viewer", AGENCY))
                .queryParam("instansi", AGENCY).get("/units").jsonPath().getList("id").size() == 4);
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    private static void employee(String agency, UUID unit) {
        UUID id = UUID.randomUUID();
        List<EmploymentPeriod> timeline = List.of(PersonnelEvents.period(LocalDate.of(2015, 3, 1), null, "PNS", "III/a", "4", unit, null,
                "employee-registered"));
        events.send(PersonnelEvents.employee(id, agency, 1, "employee-registered", Instant.parse("2026-01-05T00:00:00Z"), "L",
                LocalDate.of(1985, 5, 1), "1", timeline));
    }

    private static RequestSpecification request(String role, String instansi, String groupBy, Map<String, String> filters) {
        // exact figures across agencies are an admin's; anyone else names an agency and holds a token of it
        String token = instansi == null ? TestTokens.of("viewer".equals(role) ? "admin" : role) : TestTokens.of(role, instansi.strip().isEmpty() ? AGENCY : instansi);
        RequestSpecification request = given().auth().oauth2(token).queryParam("groupBy", groupBy)
                .queryParam("asOf", "2025-12-31").queryParams(filters);
        return instansi == null ? request : request.queryParam("instansi", instansi);
    }

    private static JsonPath exact(String instansi, String groupBy, Map<String, String> filters) {
        return request("viewer", instansi, groupBy, filters).get("/headcounts").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> unitTotals(JsonPath answer) {
        return answer.getMap("totals.unit");
    }

    @Test
    void shouldRollSubUnitsUpToTheirTopLevelUnit() {
        JsonPath direct = exact(AGENCY, "unit", Map.of());
        assertEquals(Map.of(R1.toString(), 2, C1.toString(), 3, G1.toString(), 4, R2.toString(), 6, "(unknown)", 1), unitTotals(direct));

        JsonPath rolled = exact(AGENCY, "unit", Map.of("rollUp", "true"));
        assertEquals(Map.of(R1.toString(), 9, R2.toString(), 6, "(unknown)", 1), unitTotals(rolled));
        assertEquals(16, rolled.getLong("grandTotal"));
        assertTrue(rolled.getBoolean("rollUp"));
    }

    @Test
    void shouldCountAUnitWithItsSubUnitsWhenRollingUp() {
        assertEquals(2, exact(AGENCY, "", Map.of("unit", R1.toString())).getLong("grandTotal"), "without roll-up: R1's own staff");
        assertEquals(9, exact(AGENCY, "", Map.of("unit", R1.toString(), "rollUp", "true")).getLong("grandTotal"));
        assertEquals(7, exact(AGENCY, "", Map.of("unit", C1.toString(), "rollUp", "true")).getLong("grandTotal"));
        JsonPath underR1 = exact(AGENCY, "unit,gender", Map.of("unit", R1.toString(), "rollUp", "true"));
        assertEquals(Map.of(R1.toString(), 2, C1.toString(), 7), unitTotals(underR1), "R1's own staff, and C1 with G1");
        assertEquals(9, underR1.getLong("grandTotal"));

        request("viewer", AGENCY, "", Map.of("unit", "not-a-unit", "rollUp", "true")).get("/headcounts").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("unit"));
    }

    @Test
    void shouldCountEveryAgencyByAgencyWhenNoneIsNamed() {
        JsonPath national = exact(null, "agency", Map.of());
        Map<String, Object> byAgency = national.getMap("totals.agency");
        assertEquals(16, byAgency.get(AGENCY));
        assertEquals(2, byAgency.get(OTHER));
        assertEquals(national.getLong("grandTotal"), byAgency.values().stream().mapToLong(v -> ((Number) v).longValue()).sum());
        assertEquals(Map.of(OTHER, 2), exact(null, "agency", Map.of("agency", OTHER)).getMap("totals.agency"));
        request("viewer", " ", "", Map.of()).get("/headcounts").then().statusCode(400).body("violations[0].field", equalTo("instansi"));
    }

    @Test
    void shouldSuppressSmallCellsForTheIntegrationRoleOnly() {
        JsonPath suppressed = request("integration", AGENCY, "unit", Map.of("rollUp", "true")).get("/headcounts")
                .then().statusCode(200).body("suppression.k", equalTo(5)).extract().jsonPath();
        Map<String, Object> totals = unitTotals(suppressed);
        assertNull(totals.get("(unknown)"), "1 employee: below k");
        assertTrue(totals.containsKey("(unknown)"));
        assertNull(totals.get(R2.toString()), "the complement: otherwise 16 - 9 - 6 gives the 1 away");
        assertEquals(9, totals.get(R1.toString()));
        assertEquals(16, suppressed.getLong("grandTotal"));
        assertEquals(1, suppressed.getInt("suppression.primary"));
        assertEquals(1, suppressed.getInt("suppression.complementary"));
        Map<String, Object> unknownCell = suppressed.getMap("cells.find { it.key.unit == '(unknown)' }");
        assertEquals(true, unknownCell.get("suppressed"));
        assertNull(unknownCell.get("count"));

        Map<String, Object> twoDimensions = new HashMap<>(request("integration", AGENCY, "unit,gender", Map.of()).get("/headcounts")
                .then().statusCode(200).extract().jsonPath().getMap("totals.unit"));
        assertNull(twoDimensions.get(R1.toString()), "2 employees directly in R1: below k");

        JsonPath flows = given().auth().oauth2(TestTokens.of("integration")).queryParam("instansi", OTHER).queryParam("month", "2015-03")
                .get("/headcounts/flows").then().statusCode(200).extract().jsonPath();
        assertTrue(flows.getMap("additions").containsKey("employee-registered"));
        assertNull(flows.getMap("additions").get("employee-registered"), "2 appointed: below k");
        assertNull(flows.get("closing"), "or the closing count would give it away");
        assertEquals(0, flows.getLong("opening"));
        assertEquals(2, flows.getInt("suppression.primary"));
        assertEquals(2, given().auth().oauth2(TestTokens.of("viewer", OTHER)).queryParam("instansi", OTHER).queryParam("month", "2015-03")
                .get("/headcounts/flows").then().statusCode(200).extract().jsonPath().getLong("closing"));

        JsonPath asViewer = exact(AGENCY, "unit", Map.of("rollUp", "true"));
        assertNull(asViewer.get("suppression"));
        assertEquals(1, unitTotals(asViewer).get("(unknown)"));
        assertFalse(asViewer.getList("cells.suppressed").contains(true));
    }
}
