package org.openasn.personnel.retirement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openasn.commons.time.Wib;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.events.retirement.RetirementDue;
import org.openasn.personnel.support.Fixtures;
import org.openasn.testing.EventPublisher;
import org.openasn.testing.MutableClock;
import org.openasn.testing.DeadLetters;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RetirementEventsHandlerTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** Publishes the event twice (a duplicate delivery). */
    private static void publish(String employeeId, long sequence, RetirementDue due) {
        publish(employeeId, sequence, due, 2);
    }

    private static void publish(String employeeId, long sequence, RetirementDue due, int times) {
        try (EventPublisher events = new EventPublisher()) {
            EventEnvelope event = due(employeeId, TestTokens.AGENCY, due).withSequence(sequence);
            for (int i = 0; i < times; i++) {
                events.send(event);
            }
        }
    }

    private static List<String> kinds(String nip) {
        return given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/history", nip).then().extract().jsonPath().getList("mutations.kind");
    }

    /** The employee's retired mutations. */
    private static List<Map<String, Object>> retirements(String nip) {
        return given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/history", nip).then()
                .extract().jsonPath().getList("mutations.findAll { it.kind == 'retired' }");
    }

    /** A CPNS appointed on 1 March 1995, born on {@code birth}: the created employee. */
    private static JsonPath appointed(LocalDate birth) {
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(Fixtures.cpnsAppointment(Fixtures.unit(), birth, LocalDate.of(1995, 3, 1), "L"))
                .post("/agencies/{instansi}/employees", TestTokens.AGENCY).then().statusCode(201).extract().jsonPath();
    }

    @Test
    void shouldRecordTheRetirementOnceOnTmtPensiun() throws Exception {
        LocalDate birth = LocalDate.of(1967, 4, 20);
        JsonPath created = appointed(birth);
        String nip = created.getString("employee.nip");
        String id = created.getString("employee.id");
        LocalDate tmt = LocalDate.of(2025, 5, 1);

        publish(id, 1, new RetirementDue(UUID.fromString(id), TestTokens.AGENCY, nip, tmt, 58, "ADMINISTRATION", null, "PP 11/2017"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", tmt.toString())
                .get("/employees/{nip}", nip).then().body("state.separation", equalTo("RETIRED_BUP")));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", tmt.minusDays(1).toString()).get("/employees/{nip}", nip)
                .then().body("state.inService", equalTo(true));
        assertEquals(1, kinds(nip).stream().filter("retired"::equals).count(), "a duplicate delivery records nothing more");
        assertEquals("Mencapai batas usia pensiun 58 tahun (PP 11/2017)", retirements(nip).get(0).get("reason"));

        publish(id, 2, new RetirementDue(UUID.fromString(id), TestTokens.AGENCY, nip, tmt, 58, "ADMINISTRATION", null, "PP 11/2017"));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.of("admin")).get("/admin/events/consumers")
                .then().extract().jsonPath().getLong("find { it.group == 'personnel-service' }.applied") >= 2);
        assertEquals(1, kinds(nip).stream().filter("retired"::equals).count(), "an employee who has left is not retired again");
    }

    @Test
    void shouldNotRetireAnEmployeeWhoseBupIsExtendedBeforeTheExtensionsTmtPensiun() throws Exception {
        LocalDate birth = LocalDate.of(1967, 4, 20);
        LocalDate regular = LocalDate.of(2025, 5, 1);
        LocalDate extended = LocalDate.of(2026, 5, 1);
        JsonPath created = appointed(birth);
        String nip = created.getString("employee.nip");
        String id = created.getString("employee.id");
        String etag = given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", nip).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Fixtures.mutation("bup-extended", regular, Map.of("bupExtendedUntil", extended.toString())))
                .post("/employees/{nip}/mutations", nip).then().statusCode(201);

        // the same key, so one partition: the first is handled before the second
        publish(id, 1, new RetirementDue(UUID.fromString(id), TestTokens.AGENCY, nip, regular, 58, "ADMINISTRATION", null, "PP 11/2017"), 1);
        publish(id, 2, new RetirementDue(UUID.fromString(id), TestTokens.AGENCY, nip, extended, 58, "ADMINISTRATION", null, null), 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", extended.toString())
                .get("/employees/{nip}", nip).then().body("state.separation", equalTo("RETIRED_BUP")));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", extended.minusDays(1).toString()).get("/employees/{nip}", nip)
                .then().body("state.inService", equalTo(true)).body("state.bupExtendedUntil", equalTo(extended.toString()));
        List<Map<String, Object>> retirements = retirements(nip);
        assertEquals(1, retirements.size(), "retired once, on the extension's TMT pensiun, not on the regular one");
        assertEquals(extended.toString(), retirements.get(0).get("tmt"));
        assertEquals("Akhir perpanjangan batas usia pensiun (BUP 58 tahun)", retirements.get(0).get("reason"), "no legal basis in the event, none named");
    }

    /** The contract lets a RetirementDue carry no legal basis: the reason then names none, instead of "(null)". */
    @Test
    void shouldNameNoLegalBasisInTheReasonWhenTheEventCarriesNone() {
        JsonPath created = appointed(LocalDate.of(1967, 4, 20));
        String nip = created.getString("employee.nip");
        String id = created.getString("employee.id");
        LocalDate tmt = LocalDate.of(2025, 5, 1);

        publish(id, 1, new RetirementDue(UUID.fromString(id), TestTokens.AGENCY, nip, tmt, 58, "ADMINISTRATION", null, null), 1);

        await().atMost(Duration.ofSeconds(30)).until(() -> !retirements(nip).isEmpty());
        assertEquals("Mencapai batas usia pensiun 58 tahun", retirements(nip).get(0).get("reason"));
    }

    /**
     * RetirementDue events that cannot be right for the employee they name, each dead-lettered with its reason; the
     * employee's next, right one (same subject, so same partition) retires them.
     */
    @Test
    void shouldDeadLetterARetirementDueThatCannotBeTheEmployeesAndApplyTheNextOne() {
        LocalDate birth = LocalDate.of(1967, 4, 20);
        JsonPath created = appointed(birth);
        String nip = created.getString("employee.nip");
        String id = created.getString("employee.id");
        UUID employee = UUID.fromString(id);
        LocalDate tmt = LocalDate.of(2025, 5, 1);
        Map<String, EventEnvelope> wrong = new LinkedHashMap<>();
        wrong.put("RetirementDue names agency OTHER but employee " + nip + " is of " + TestTokens.AGENCY,
                due(id, "OTHER", new RetirementDue(employee, "OTHER", nip, tmt, 58, "ADMINISTRATION", null, "PP 11/2017")));
        wrong.put("data: $.instansi: OTHER is not the event's instansi " + TestTokens.AGENCY,
                due(id, TestTokens.AGENCY, new RetirementDue(employee, "OTHER", nip, tmt, 58, "ADMINISTRATION", null, "PP 11/2017")));
        wrong.put("RetirementDue for " + nip + " on 2100-01-01, which has not come yet",
                due(id, TestTokens.AGENCY, new RetirementDue(employee, TestTokens.AGENCY, nip, LocalDate.of(2100, 1, 1), 58, "ADMINISTRATION", null, null)));
        wrong.put("RetirementDue for " + nip + " on 1990-01-01 is neither the TMT pensiun of birth date 1967-04-20 at BUP 58 (2025-05-01)",
                due(id, TestTokens.AGENCY, new RetirementDue(employee, TestTokens.AGENCY, nip, LocalDate.of(1990, 1, 1), 58, "ADMINISTRATION", null, null)));
        wrong.put("is neither the TMT pensiun of birth date 1967-04-20 at BUP 60 (2027-05-01)",
                due(id, TestTokens.AGENCY, new RetirementDue(employee, TestTokens.AGENCY, nip, tmt, 60, "ADMINISTRATION", null, null)));
        try (EventPublisher events = new EventPublisher()) {
            long sequence = 1;
            for (EventEnvelope event : wrong.values()) {
                events.send(event.withSequence(sequence++));
            }
            events.send(due(id, TestTokens.AGENCY, new RetirementDue(employee, TestTokens.AGENCY, nip, tmt, 58, "ADMINISTRATION", null, "PP 11/2017"))
                    .withSequence(sequence));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", tmt.toString())
                .get("/employees/{nip}", nip).then().body("state.separation", equalTo("RETIRED_BUP")));
        List<Map<String, Object>> letters = DeadLetters.received();
        wrong.forEach((reason, event) -> assertTrue(letters.stream().anyMatch(d -> event.id().equals(d.get("eventId"))
                && String.valueOf(d.get("reason")).contains(reason)), reason + ": " + letters));
        assertEquals(1, kinds(nip).stream().filter("retired"::equals).count());
    }

    /**
     * retirement-service announces a retirement on its TMT pensiun, by its own clock: a RetirementDue for tomorrow, by
     * this service's clock, comes from clocks that disagree around midnight and is recorded; one for the day after is
     * refused. TMT pensiun is the first of a month, so the clock is moved to the day before the next first, or two.
     */
    @Test
    void shouldRecordARetirementDueForTomorrowButNotForTheDayAfter() {
        LocalDate today = LocalDate.now(Wib.ZONE);
        LocalDate tmt = today.withDayOfMonth(1).plusMonths(1);
        LocalDate birth = tmt.minusMonths(1).minusYears(58).withDayOfMonth(10); // TMT pensiun at BUP 58: the first of the next month
        JsonPath created = appointed(birth);
        String nip = created.getString("employee.nip");
        String id = created.getString("employee.id");
        RetirementDue due = new RetirementDue(UUID.fromString(id), TestTokens.AGENCY, nip, tmt, 58, "ADMINISTRATION", null, "PP 11/2017");
        EventEnvelope early = due(id, TestTokens.AGENCY, due).withSequence(1);
        try (EventPublisher events = new EventPublisher()) {
            clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, tmt.minusDays(2))));
            events.send(early);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertTrue(DeadLetters.received().stream().anyMatch(d -> early.id().equals(d.get("eventId"))
                    && String.valueOf(d.get("reason")).contains("on " + tmt + ", which has not come yet"))));
            clock.advance(Duration.ofDays(1));
            events.send(due(id, TestTokens.AGENCY, due).withSequence(2));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", tmt.toString())
                .get("/employees/{nip}", nip).then().body("state.separation", equalTo("RETIRED_BUP")));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", tmt.minusDays(1).toString()).get("/employees/{nip}", nip)
                .then().body("state.inService", equalTo(true));
    }

    /** A subject that is not an employee id at all (the handler parsed it as a UUID and stalled on the exception). */
    @Test
    void shouldDeadLetterARetirementDueWhoseSubjectIsNotAnEmployeeId() {
        UUID employee = UUID.randomUUID();
        EventEnvelope event = due("not-an-employee-id", TestTokens.AGENCY, new RetirementDue(employee, TestTokens.AGENCY, "196704202000031001",
                LocalDate.of(2025, 5, 1), 58, "ADMINISTRATION", null, null));
        EventEnvelope unknown = due(employee.toString(), TestTokens.AGENCY, new RetirementDue(employee, TestTokens.AGENCY, "196704202000031001",
                LocalDate.of(2025, 5, 1), 58, "ADMINISTRATION", null, null));
        try (EventPublisher events = new EventPublisher()) {
            events.send(event);
            events.send(unknown);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> letters = DeadLetters.received();
            assertTrue(letters.stream().anyMatch(d -> event.id().equals(d.get("eventId"))
                    && ("data: $.employeeId: " + employee + " is not the event's subject not-an-employee-id").equals(d.get("reason"))), letters.toString());
            assertTrue(letters.stream().anyMatch(d -> unknown.id().equals(d.get("eventId"))
                    && ("RetirementDue for an unknown employee " + employee).equals(d.get("reason"))), letters.toString());
        });
        assertNull(given().auth().oauth2(TestTokens.of("admin")).get("/admin/events/consumers").then().extract().jsonPath()
                .get("find { it.group == 'personnel-service' }.stalledBy"));
    }

    /** Publishes rules for pelaksana and administrators only (other categories keep their statutory ages), as a newer version. */
    private static void publishRules(int administrationAge, String legalBasis) {
        publishRules(new BupRulesPublished(List.of(
                new BupRulesPublished.Range("ADMINISTRATION", null, null, administrationAge, UUID.randomUUID(), legalBasis))));
    }

    private static void publishRules(BupRulesPublished rules) {
        try (EventPublisher events = new EventPublisher()) {
            events.send(EventEnvelope.create(EventTypes.BUP_RULES_PUBLISHED_V1, "/openasn/retirement-service", BupRulesPublished.SUBJECT,
                    BupRulesPublished.NATIONAL, System.currentTimeMillis(), Instant.now(), rules));
        }
    }

    private static List<String> findings(String nip) {
        return given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/data-quality", nip).then().statusCode(200)
                .extract().jsonPath().getList("findings.code");
    }

    @Test
    void shouldCheckBupAgainstTheRulesRetirementServicePublishes() {
        // born 20 April 1967, a pelaksana: at the statutory BUP 58 the TMT pensiun was 1 May 2025, passed
        String nip = appointed(LocalDate.of(1967, 4, 20)).getString("employee.nip");
        assertTrue(findings(nip).contains("past-bup-active"), findings(nip).toString());
        try {
            // at 60 it is 1 May 2027, still ahead
            publishRules(60, "PP 99/2026 (uji)");
            await().atMost(Duration.ofSeconds(30)).until(() -> !findings(nip).contains("past-bup-active"));
            String etag = given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", nip).then().extract().header("ETag");
            given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Fixtures.mutation("bup-extended", LocalDate.of(2025, 5, 1), Map.of("bupExtendedUntil", "2026-05-01")))
                    .post("/employees/{nip}/mutations", nip).then().statusCode(422)
                    .body("detail", containsString("regular TMT pensiun is 2027-05-01 (BUP 60, "))
                    .body("detail", containsString("PP 99/2026 (uji)"));
        } finally {
            // the rules in force again for the other tests: the statutory age, published later
            publishRules(58, "PP 11/2017");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> findings(nip).contains("past-bup-active"));
    }

    private static String pastBupFinding(String nip) {
        return given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/data-quality", nip).then().statusCode(200)
                .extract().jsonPath().getString("findings.find { it.code == 'past-bup-active' }.message");
    }

    /**
     * Rules whose second version lowered BUP of administration from 60 to 56 on 1 January 2025 (whoever reaches 60 before
     * then, born before 1965, keeps the first). Born on 20 April 1967, the employee reached 56 on 20 April 2023, before that
     * rule existed: BUP counts as reached on 1 January 2025 and the TMT pensiun is 1 February 2025, not 1 May 2023. The
     * finding says so, an extension ending by 1 February 2025 is refused, and retirement-service's RetirementDue on it is
     * recorded (not dead-lettered as a TMT pensiun that cannot be the employee's).
     */
    @Test
    void shouldCountBupUnderALoweredAgeAsReachedNoEarlierThanTheRulesEffectiveDate() {
        JsonPath created = appointed(LocalDate.of(1967, 4, 20));
        String nip = created.getString("employee.nip");
        String id = created.getString("employee.id");
        try {
            publishRules(new BupRulesPublished(List.of(
                    new BupRulesPublished.Range("ADMINISTRATION", null, LocalDate.of(1965, 1, 1), 60, UUID.randomUUID(), "PP 11/2017 (uji)", null),
                    new BupRulesPublished.Range("ADMINISTRATION", LocalDate.of(1965, 1, 1), null, 56, UUID.randomUUID(), "PP 98/2024 (uji)",
                            LocalDate.of(2025, 1, 1)))));
            await().atMost(Duration.ofSeconds(30)).until(() -> String.valueOf(pastBupFinding(nip)).contains("BUP 56"));
            String finding = pastBupFinding(nip);
            assertTrue(finding.startsWith("reached the retirement age on 2023-04-20 (BUP 56, "), finding);
            assertTrue(finding.endsWith(", PP 98/2024 (uji), counted as reached on 2025-01-01, when the rule took effect); TMT pensiun 2025-02-01 "
                    + "has passed but the employee is still in service"), finding);

            String etag = given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", nip).then().extract().header("ETag");
            given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Fixtures.mutation("bup-extended", LocalDate.of(2025, 1, 1), Map.of("bupExtendedUntil", "2025-02-01")))
                    .post("/employees/{nip}/mutations", nip).then().statusCode(422)
                    .body("detail", containsString("regular TMT pensiun is 2025-02-01 (BUP 56, "));

            LocalDate tmt = LocalDate.of(2025, 2, 1);
            publish(id, 1, new RetirementDue(UUID.fromString(id), TestTokens.AGENCY, nip, tmt, 56, "ADMINISTRATION", null, "PP 98/2024 (uji)"), 1);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", tmt.toString())
                    .get("/employees/{nip}", nip).then().body("state.separation", equalTo("RETIRED_BUP")));
            given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", "2025-01-31").get("/employees/{nip}", nip)
                    .then().body("state.inService", equalTo(true));
            assertEquals("Mencapai batas usia pensiun 56 tahun (PP 98/2024 (uji))", retirements(nip).get(0).get("reason"));
        } finally {
            // the rules in force again for the other tests: the statutory age, published later
            publishRules(58, "PP 11/2017");
        }
        String other = appointed(LocalDate.of(1967, 4, 20)).getString("employee.nip");
        await().atMost(Duration.ofSeconds(30)).until(() -> String.valueOf(pastBupFinding(other)).contains("(BUP 58, "));
    }

    private static EventEnvelope due(String subject, String agency, RetirementDue due) {
        return EventEnvelope.create(EventTypes.RETIREMENT_DUE_V1, "/openasn/retirement-service", subject, agency, 1, Instant.now(), due);
    }
}
