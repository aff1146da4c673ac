package org.openasn.reporting.unit;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events that satisfy the contract's schemas but cannot be true, or that the database cannot store: each is dead-lettered
 * with a reason that says what is wrong, counts nobody, and the employee's next event (same subject, so same partition)
 * is applied.
 */
@QuarkusTest
class ImpossibleEventTest {

    private static final LocalDate START = LocalDate.of(2015, 3, 1);
    private static final LocalDate BIRTH = LocalDate.of(1980, 1, 1);

    @AutoClose
    private static final PersonnelEvents events = new PersonnelEvents();

    @Test
    void shouldDeadLetterValuesLongerThanTheReadModelKeepsThemAndGoOn() {
        String agency = "L" + UUID.randomUUID().toString().substring(0, 6);
        UUID longName = UUID.randomUUID();
        events.send(registered(longName, agency, List.of(new EmploymentPeriod(START, null, "PNS", "01", true, null, "III/a", START, "2", null,
                "J".repeat(101), "Analis ".repeat(43), null, "LAINNYA", "ADMINISTRATION", null, "40", null, UUID.randomUUID(),
                "employee-registered"))));
        UUID longCause = UUID.randomUUID();
        events.send(registered(longCause, agency, List.of(period(START, null, null, "a" + "-b".repeat(20)))));
        events.send(PersonnelEvents.employee(longName, agency, 2, "promoted", Instant.now(), "L", BIRTH, "1", List.of(period(START, null, null))));
        events.send(PersonnelEvents.employee(longCause, agency, 2, "promoted", Instant.now(), "L", BIRTH, "1", List.of(period(START, null, null))));

        await().atMost(Duration.ofSeconds(60)).until(() -> headcount(agency) == 2);
        Map<String, String> reasons = reasonsByKey();
        String name = reasons.get(longName.toString());
        assertTrue(name.contains("jabatanId") && name.contains("jabatanName"), name);
        assertTrue(reasons.get(longCause.toString()).contains("cause"), reasons.get(longCause.toString()));
        assertNull(consumer("stalledBy"));
    }

    /** A date PostgreSQL cannot store (year 0) passes the contract: the database's refusal dead-letters it, the partition goes on. */
    @Test
    void shouldDeadLetterAValueTheDatabaseRefusesInsteadOfStallingForGood() {
        String agency = "Y" + UUID.randomUUID().toString().substring(0, 6);
        UUID employee = UUID.randomUUID();
        events.send(PersonnelEvents.employee(employee, agency, 1, "employee-registered", Instant.now(), "L", LocalDate.of(0, 1, 1), "1",
                List.of(period(START, null, null))));
        events.send(PersonnelEvents.employee(employee, agency, 2, "promoted", Instant.now(), "L", BIRTH, "1", List.of(period(START, null, null))));

        await().atMost(Duration.ofSeconds(60)).until(() -> headcount(agency) == 1);
        String reason = reasonsByKey().get(employee.toString());
        assertTrue(reason.startsWith("the database refuses a value of the event: ") && reason.contains("birth_date"), reason);
        assertNull(consumer("stalledBy"));
    }

    private static EventEnvelope registered(UUID employee, String agency, List<EmploymentPeriod> timeline) {
        return PersonnelEvents.employee(employee, agency, 1, "employee-registered", Instant.now(), "L", BIRTH, "1", timeline);
    }

    private static EmploymentPeriod period(LocalDate from, LocalDate to, String separation) {
        return period(from, to, separation, "employee-registered");
    }

    private static EmploymentPeriod period(LocalDate from, LocalDate to, String separation, String cause) {
        return PersonnelEvents.period(from, to, "PNS", "III/a", "2", null, separation, cause);
    }

    private static long headcount(String agency) {
        return given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("asOf", "2026-06-30")
                .get("/headcounts").then().statusCode(200).extract().jsonPath().getLong("grandTotal");
    }

    private static List<Map<String, Object>> deadLetters() {
        return given().auth().oauth2(TestTokens.of("admin")).queryParam("size", 500).get("/admin/events/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The reason of the newest dead letter of each key. */
    private static Map<String, String> reasonsByKey() {
        Map<String, String> reasons = new LinkedHashMap<>();
        deadLetters().forEach(d -> reasons.putIfAbsent(String.valueOf(d.get("key")), String.valueOf(d.get("reason"))));
        return reasons;
    }

    private static Object consumer(String field) {
        return given().auth().oauth2(TestTokens.of("admin")).get("/admin/events/consumers").then().statusCode(200).extract().jsonPath()
                .get("find { it.group == '" + PersonnelEventsHandler.GROUP + "' }." + field);
    }
}
