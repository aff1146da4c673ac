package org.openasn.personnel.employee;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasn.commons.time.Wib;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.retirement.RetirementDue;
import org.openasn.personnel.support.Fixtures;
import org.openasn.personnel.support.TopicReader;
import org.openasn.testing.DeadLetters;
import org.openasn.testing.EventPublisher;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pindah antar instansi between two agencies of the platform: the old agency records the transfer out, the new one the
 * transfer in, and the employee's record moves with its whole history while the periods before stay the old agency's.
 */
@QuarkusTest
class AgencyTransferTest {

    private static final String NEW_AGENCY = "D120";
    private static final LocalDate BIRTH = LocalDate.of(1988, 5, 12);
    private static final LocalDate TMT_CPNS = LocalDate.of(2014, 3, 1);
    private static final LocalDate TRANSFER = LocalDate.of(2026, 3, 1);

    @BeforeEach
    void registerTheNewAgency() {
        Fixtures.registerAgency(NEW_AGENCY);
    }

    private static String unitOf(String instansi) {
        return given().auth().oauth2(TestTokens.of("operator", instansi)).contentType(ContentType.JSON)
                .body(Map.of("code", "U" + UUID.randomUUID().toString().substring(0, 8), "name", "Dinas Tujuan", "validFrom", "2000-01-01"))
                .post("/agencies/{instansi}/units", instansi).then().statusCode(201).extract().path("id");
    }

    private static ExtractableResponse<Response> appoint(String instansi, Map<String, Object> request) {
        return given().auth().oauth2(TestTokens.of("operator", instansi)).contentType(ContentType.JSON).body(request)
                .post("/agencies/{instansi}/employees", instansi).then().extract();
    }

    private static ExtractableResponse<Response> mutate(String instansi, String nip, Map<String, Object> request) {
        String etag = given().auth().oauth2(TestTokens.of("operator", instansi)).get("/employees/{nip}", nip).then().statusCode(200)
                .extract().header("ETag");
        return given().auth().oauth2(TestTokens.of("operator", instansi)).contentType(ContentType.JSON).header("If-Match", etag).body(request)
                .post("/employees/{nip}/mutations", nip).then().extract();
    }

    /** The transfer in as the new agency records it: the same person, the golongan (III/a) and position the SK states, its own unit. */
    private static Map<String, Object> transferIn(Map<String, Object> appointment, String unitId, String kind) {
        Map<String, Object> request = new HashMap<>(appointment);
        request.put("kind", kind);
        request.put("skNumber", "800/2231/BKN/2026");
        request.put("skDate", TRANSFER.minusDays(20).toString());
        request.put("tmt", TRANSFER.toString());
        request.put("reason", "Pindah antar instansi");
        request.put("unitId", unitId);
        return request;
    }

    @Test
    void shouldMoveTheRecordToTheNewAgencyAndKeepThePeriodsBeforeTheTransferWithTheOld() {
        Map<String, Object> appointment = Fixtures.cpnsAppointment(Fixtures.unit(), BIRTH, TMT_CPNS, "P");
        String nip = appoint(TestTokens.AGENCY, appointment).path("employee.nip");
        assertEquals(201, mutate(TestTokens.AGENCY, nip, Fixtures.mutation("pns-confirmed", TMT_CPNS.plusYears(1), Map.of())).statusCode());
        String subordinate = appoint(TestTokens.AGENCY, Fixtures.cpnsAppointment(Fixtures.unit(), LocalDate.of(1995, 2, 14), LocalDate.of(2020, 3, 1), "P"))
                .path("employee.nip");
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(Map.of("supervisorNip", nip, "validFrom", "2025-01-01"))
                .put("/employees/{nip}/supervisor", subordinate).then().statusCode(200);
        String newUnit = unitOf(NEW_AGENCY);

        ExtractableResponse<Response> stillThere = appoint(NEW_AGENCY, transferIn(appointment, newUnit, "transferred-in"));
        assertEquals(409, stillThere.statusCode(), stillThere.asString());
        assertEquals("An employee with NIP " + nip + " is already recorded in another agency, which has not recorded them as transferred out.",
                stillThere.path("detail"));

        ExtractableResponse<Response> out = mutate(TestTokens.AGENCY, nip, Fixtures.mutation("transferred-out", TRANSFER, Map.of()));
        assertEquals(201, out.statusCode(), out.asString());
        ExtractableResponse<Response> notATransfer = appoint(NEW_AGENCY, transferIn(appointment, newUnit, "cpns-appointed"));
        assertEquals(409, notATransfer.statusCode(), notATransfer.asString());
        assertEquals("An employee with NIP " + nip + " transferred out of another agency on " + TRANSFER
                + "; record their arrival as transferred-in, not cpns-appointed.", notATransfer.path("detail"));
        Map<String, Object> golonganLater = transferIn(appointment, newUnit, "transferred-in");
        golonganLater.put("tmtGolongan", TRANSFER.plusDays(1).toString());
        appoint(NEW_AGENCY, golonganLater).response().then().statusCode(400).body("violations.field", equalTo(List.of("tmtGolongan")));
        given().auth().oauth2(TestTokens.of("operator", NEW_AGENCY)).get("/employees/{nip}", nip).then().statusCode(404);

        ExtractableResponse<Response> in = appoint(NEW_AGENCY, transferIn(appointment, newUnit, "transferred-in"));
        assertEquals(201, in.statusCode(), in.asString());
        String id = in.path("employee.id");
        assertEquals(NEW_AGENCY, in.path("employee.instansi"));

        String supervisor = appoint(NEW_AGENCY, Fixtures.cpnsAppointment(newUnit, LocalDate.of(1975, 1, 9), LocalDate.of(2000, 3, 1), "L"))
                .path("employee.nip");
        given().auth().oauth2(TestTokens.of("operator", NEW_AGENCY)).contentType(ContentType.JSON).body(Map.of("supervisorNip", supervisor))
                .put("/employees/{nip}/supervisor", nip).then().statusCode(200);

        // the record is the new agency's now; the old one reads only the dates the employee was with it, without the new
        // agency's supervisor
        given().auth().oauth2(TestTokens.of("operator", NEW_AGENCY)).queryParam("asOf", "2025-12-31").get("/employees/{nip}", nip).then()
                .statusCode(200).body("supervisorId", notNullValue());
        given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", nip).then().statusCode(404)
                .body("detail", equalTo("Employee " + nip + " was not with agency " + TestTokens.AGENCY + " on " + LocalDate.now(Wib.ZONE)
                        + ": they have moved to another agency, and " + TestTokens.AGENCY + " reads only the dates they were with it."));
        given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}/data-quality", nip).then().statusCode(404)
                .body("detail", containsString("is not with agency " + TestTokens.AGENCY + " today"));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", TRANSFER.minusDays(1).toString()).get("/employees/{nip}", nip).then()
                .statusCode(200).body("instansi", equalTo(NEW_AGENCY)).body("state.instansi", equalTo(TestTokens.AGENCY))
                .body("state.kind", equalTo("PNS")).body("supervisorId", nullValue());
        given().auth().oauth2(TestTokens.of("operator", "D121")).queryParam("asOf", TRANSFER.minusDays(1).toString()).get("/employees/{nip}", nip)
                .then().statusCode(404).body("detail", equalTo("No employee with NIP " + nip + "."));
        for (String[] asOf : new String[][] {{"2025-12-31", "1"}, {TRANSFER.toString(), "0"}}) {
            given().auth().oauth2(TestTokens.of("operator")).queryParam("nipPrefix", nip).queryParam("asOf", asOf[0])
                    .get("/agencies/{instansi}/employees", TestTokens.AGENCY).then().statusCode(200).body("total", equalTo(Integer.parseInt(asOf[1])));
        }
        given().auth().oauth2(TestTokens.of("operator")).queryParam("nipPrefix", nip).get("/agencies/{instansi}/employees", TestTokens.AGENCY)
                .then().statusCode(200).body("total", equalTo(0));
        // whom they supervised here needs another supervisor: the chain stops before them, and names them, not their new record
        given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}/supervisor", subordinate).then().statusCode(200)
                .body("supervisors", equalTo(List.of())).body("unavailableSupervisorNip", equalTo(nip));
        given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}/data-quality", subordinate).then().statusCode(200)
                .body("findings.find { it.code == 'supervisor-unavailable' }.message", containsString(nip));
        given().auth().oauth2(TestTokens.of("operator")).queryParam("asOf", "2025-12-31").get("/employees/{nip}/supervisor", subordinate).then()
                .statusCode(200).body("supervisors.nip", equalTo(List.of(nip))).body("unavailableSupervisorNip", nullValue());
        given().auth().oauth2(TestTokens.of("operator", NEW_AGENCY)).queryParam("asOf", "2025-12-31").get("/employees/{nip}", nip).then()
                .statusCode(200).body("state.instansi", equalTo(TestTokens.AGENCY)).body("state.golongan", equalTo("III/a"));
        given().auth().oauth2(TestTokens.of("operator", NEW_AGENCY)).queryParam("asOf", TRANSFER.toString()).get("/employees/{nip}", nip)
                .then().statusCode(200).body("state.instansi", equalTo(NEW_AGENCY)).body("state.unitId", equalTo(newUnit))
                .body("state.cause", equalTo("transferred-in"))
                .body("state.golongan", equalTo("III/a")).body("state.tmtGolongan", equalTo(TMT_CPNS.toString()));
        for (String[] asOf : new String[][] {{"2025-12-31", "0"}, {TRANSFER.toString(), "1"}}) {
            given().auth().oauth2(TestTokens.of("operator", NEW_AGENCY)).queryParam("nipPrefix", nip).queryParam("asOf", asOf[0])
                    .get("/agencies/{instansi}/employees", NEW_AGENCY).then().statusCode(200).body("total", equalTo(Integer.parseInt(asOf[1])));
        }
        List<String> agencies = given().auth().oauth2(TestTokens.of("operator", NEW_AGENCY)).get("/employees/{nip}/history", nip).then()
                .statusCode(200).extract().path("timeline.instansi");
        assertEquals(List.of(TestTokens.AGENCY, TestTokens.AGENCY, NEW_AGENCY), agencies);

        List<ConsumerRecord<String, String>> records = TopicReader.await(Topics.PERSONNEL,
                r -> id.equals(r.key()) && r.value().contains("asn.personnel.transferred-in.v1"), Duration.ofSeconds(20));
        EventEnvelope event = EventCodec.read(records.get(0).value());
        assertEquals(NEW_AGENCY, event.instansi());
        EmployeeChange change = EventCodec.data(event, EventTypes.TRANSFERRED_IN_V1);
        assertEquals(List.of(TestTokens.AGENCY, TestTokens.AGENCY, NEW_AGENCY), change.timeline().stream().map(EmploymentPeriod::instansi).toList());
        assertEquals(4, event.sequence(), "the sequence goes on from the old agency's events: one subject, one order");

        // the new agency now changes the record; the old agency's mutations stay in its history
        ExtractableResponse<Response> promoted = mutate(NEW_AGENCY, nip, Fixtures.mutation("promoted", LocalDate.of(2026, 4, 1),
                Map.of("golongan", "III/b")));
        assertEquals(201, promoted.statusCode(), promoted.asString());
        given().auth().oauth2(TestTokens.of("operator", NEW_AGENCY)).get("/employees/{nip}/history", nip).then().statusCode(200)
                .body("mutations.kind", equalTo(List.of("cpns-appointed", "pns-confirmed", "transferred-out", "transferred-in", "promoted")));
        // the old agency's history: its periods, and the mutations it recorded; not the new agency's
        given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}/history", nip).then().statusCode(200)
                .body("mutations.kind", equalTo(List.of("cpns-appointed", "pns-confirmed", "transferred-out")))
                .body("timeline.instansi", equalTo(List.of(TestTokens.AGENCY, TestTokens.AGENCY)))
                .body("timeline.validTo", equalTo(List.of(TMT_CPNS.plusYears(1).toString(), TRANSFER.toString())));
        // the old agency records what happened while the employee was with it, and nothing after, nor the new agency's
        ExtractableResponse<Response> lateStep = mutateAsOf(TestTokens.AGENCY, nip, TRANSFER.minusDays(1), Fixtures.mutation("salary-step-granted",
                TRANSFER.minusMonths(1), Map.of("masaKerja", Map.of("years", 11, "months", 11))));
        assertEquals(201, lateStep.statusCode(), lateStep.asString());
        assertEquals(NEW_AGENCY, lateStep.path("employee.instansi"), "the record stays the new agency's");
        assertEquals(TestTokens.AGENCY, lateStep.path("employee.state.instansi"), "shown as of the step's TMT, not today with the new agency");
        assertEquals(null, lateStep.<String>path("employee.supervisorId"));
        EventEnvelope stepEvent = EventCodec.read(TopicReader.await(Topics.PERSONNEL,
                r -> id.equals(r.key()) && r.value().contains("asn.personnel.salary-step-granted.v1"), Duration.ofSeconds(20)).get(0).value());
        assertEquals(NEW_AGENCY, stepEvent.instansi(), "published under the record's agency, whose is the last period");
        given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}/history", nip).then().statusCode(200)
                .body("mutations.kind", equalTo(List.of("cpns-appointed", "pns-confirmed", "transferred-out", "salary-step-granted")));
        ExtractableResponse<Response> afterTheMove = mutateAsOf(TestTokens.AGENCY, nip, TRANSFER.minusDays(1),
                Fixtures.mutation("promoted", LocalDate.of(2026, 5, 1), Map.of("golongan", "III/c")));
        assertEquals(403, afterTheMove.statusCode(), afterTheMove.asString());
        assertEquals("Employee " + nip + " has moved to agency " + NEW_AGENCY + ", which now records their mutations; " + TestTokens.AGENCY
                + " reads the dates they were with it, and it records only mutations dated while they were with it (before " + TRANSFER + ").",
                afterTheMove.path("detail"));
        Map<String, Object> correction = Fixtures.mutation("data-corrected", TRANSFER, Map.of("unitId", Fixtures.unit()));
        correction.put("correctsMutationId", in.path("mutation.id"));
        ExtractableResponse<Response> ofTheNewAgencys = mutateAsOf(TestTokens.AGENCY, nip, TRANSFER.minusDays(1), correction);
        assertEquals(403, ofTheNewAgencys.statusCode(), ofTheNewAgencys.asString());
        assertTrue(ofTheNewAgencys.<String>path("detail").endsWith("it corrects only the mutations it recorded."), ofTheNewAgencys.asString());
        Map<String, Object> identity = Fixtures.mutation("data-corrected", TRANSFER.minusMonths(1), Map.of());
        identity.put("person", Fixtures.person(nip, BIRTH, "P"));
        ExtractableResponse<Response> personalData = mutateAsOf(TestTokens.AGENCY, nip, TRANSFER.minusDays(1), identity);
        assertEquals(403, personalData.statusCode(), personalData.asString());
        assertTrue(personalData.<String>path("detail").endsWith("it does not correct their personal data."), personalData.asString());
        ExtractableResponse<Response> byTheNewAgency = mutate(NEW_AGENCY, nip, Fixtures.mutation("salary-step-granted", TRANSFER.minusMonths(2),
                Map.of("masaKerja", Map.of("years", 11, "months", 10))));
        assertEquals(201, byTheNewAgency.statusCode(), "the record's agency still records a change of a date before the move: "
                + byTheNewAgency.asString());
    }

    /** A mutation with the ETag read as of {@code asOf}: an agency the employee left reads only the dates it had them. */
    private static ExtractableResponse<Response> mutateAsOf(String instansi, String nip, LocalDate asOf, Map<String, Object> request) {
        String etag = given().auth().oauth2(TestTokens.of("operator", instansi)).queryParam("asOf", asOf.toString()).get("/employees/{nip}", nip)
                .then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(TestTokens.of("operator", instansi)).contentType(ContentType.JSON).header("If-Match", etag).body(request)
                .post("/employees/{nip}/mutations", nip).then().extract();
    }

    /**
     * A move recorded ahead of its TMT (an SK signed now for next month): until the TMT the employee is still the old
     * agency's in search and export, from it the new agency's, although the record moved when the transfer in was recorded.
     */
    @Test
    void shouldKeepAnEmployeeWhoseMoveIsAheadInTheOldAgencysListsUntilItsTmt() {
        LocalDate today = LocalDate.now(Wib.ZONE);
        LocalDate move = today.withDayOfMonth(1).plusMonths(1);
        Map<String, Object> appointment = Fixtures.cpnsAppointment(Fixtures.unit(), LocalDate.of(1990, 7, 3), TMT_CPNS, "P");
        String nip = appoint(TestTokens.AGENCY, appointment).path("employee.nip");
        assertEquals(201, mutate(TestTokens.AGENCY, nip, Fixtures.mutation("transferred-out", move, Map.of())).statusCode());
        Map<String, Object> in = transferIn(appointment, unitOf(NEW_AGENCY), "transferred-in");
        in.put("tmt", move.toString());
        in.put("skDate", today.toString());
        Map<String, Long> scored = Map.of(TestTokens.AGENCY, scoredEmployees(TestTokens.AGENCY), NEW_AGENCY, scoredEmployees(NEW_AGENCY));
        ExtractableResponse<Response> moved = appoint(NEW_AGENCY, in);
        assertEquals(201, moved.statusCode(), moved.asString());
        for (String agency : scored.keySet()) {
            assertEquals(scored.get(agency), scoredEmployees(agency), agency + "'s data quality scores the same employees until the TMT");
        }

        for (String[] agencyAsOfTotal : new String[][] {{TestTokens.AGENCY, null, "1"}, {NEW_AGENCY, null, "0"},
                {TestTokens.AGENCY, move.toString(), "0"}, {NEW_AGENCY, move.toString(), "1"}}) {
            var search = given().auth().oauth2(TestTokens.of("operator", agencyAsOfTotal[0])).queryParam("nipPrefix", nip);
            if (agencyAsOfTotal[1] != null) {
                search.queryParam("asOf", agencyAsOfTotal[1]);
            }
            search.get("/agencies/{instansi}/employees", agencyAsOfTotal[0]).then().statusCode(200)
                    .body("total", equalTo(Integer.parseInt(agencyAsOfTotal[2])));
        }
        given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", nip).then().statusCode(200)
                .body("state.instansi", equalTo(TestTokens.AGENCY));
        // until the TMT the employee works in the old agency's unit, which is not "inactive" for the record's new agency
        for (String agency : List.of(TestTokens.AGENCY, NEW_AGENCY)) {
            given().auth().oauth2(TestTokens.of("operator", agency)).get("/employees/{nip}/data-quality", nip).then().statusCode(200)
                    .body("employed", equalTo(true)).body("findings.code", not(hasItem("unit-inactive")));
        }
        // until the TMT the old agency still records what happens with it (a KGB due this month), not what comes after
        ExtractableResponse<Response> step = mutate(TestTokens.AGENCY, nip, Fixtures.mutation("salary-step-granted", today,
                Map.of("masaKerja", Map.of("years", 12, "months", 0))));
        assertEquals(201, step.statusCode(), step.asString());
        ExtractableResponse<Response> onTheMove = mutate(TestTokens.AGENCY, nip, Fixtures.mutation("promoted", move, Map.of("golongan", "III/b")));
        assertEquals(403, onTheMove.statusCode(), onTheMove.asString());
        assertEquals("record-moved", onTheMove.<String>path("type").replaceAll(".*/", ""));
        List<String> seniority = given().auth().oauth2(TestTokens.of("operator")).queryParam("unitId", appointment.get("unitId"))
                .get("/agencies/{instansi}/duk", TestTokens.AGENCY).then().statusCode(200).extract().path("nip");
        assertTrue(seniority.contains(nip), "still in the old agency's DUK until the TMT");
        for (String[] agencyRows : new String[][] {{TestTokens.AGENCY, "1"}, {NEW_AGENCY, "0"}}) {
            io.restassured.response.Response export = given().auth().oauth2(TestTokens.of("operator", agencyRows[0])).queryParam("nipPrefix", nip)
                    .get("/agencies/{instansi}/exports/siasn", agencyRows[0]);
            assertEquals(200, export.statusCode(), export.asString());
            assertEquals(agencyRows[1], export.header("X-Row-Count"), agencyRows[0] + "'s export");
            if (agencyRows[1].equals("1")) {
                String row = export.asString().lines().skip(1).findFirst().orElseThrow();
                assertTrue(row.contains(nip) && row.contains(TestTokens.AGENCY) && !row.contains(NEW_AGENCY), row);
            }
        }
    }

    /** How many employees the agency's data-quality index scores today. */
    private static long scoredEmployees(String instansi) {
        return given().auth().oauth2(TestTokens.of("operator", instansi)).get("/agencies/{instansi}/data-quality", instansi).then().statusCode(200)
                .extract().jsonPath().getLong("employees");
    }

    /**
     * An employee whose TMT pensiun comes while they move: retirement-service announced the retirement under the old agency
     * before the move reached it. That announcement is ignored, not dead-lettered; the one under the new agency retires them.
     */
    @Test
    void shouldIgnoreARetirementDueOfTheAgencyTheEmployeeLeftAndApplyTheNewAgencys() {
        LocalDate birth = LocalDate.of(1967, 4, 20);
        LocalDate move = LocalDate.of(2025, 4, 1);
        LocalDate tmtPensiun = LocalDate.of(2025, 5, 1);
        Map<String, Object> appointment = Fixtures.cpnsAppointment(Fixtures.unit(), birth, LocalDate.of(1995, 3, 1), "L");
        String nip = appoint(TestTokens.AGENCY, appointment).path("employee.nip");
        assertEquals(201, mutate(TestTokens.AGENCY, nip, Fixtures.mutation("transferred-out", move, Map.of())).statusCode());
        Map<String, Object> in = transferIn(appointment, unitOf(NEW_AGENCY), "transferred-in");
        in.put("tmt", move.toString());
        in.put("skDate", move.minusDays(20).toString());
        ExtractableResponse<Response> moved = appoint(NEW_AGENCY, in);
        assertEquals(201, moved.statusCode(), moved.asString());
        UUID id = UUID.fromString(moved.path("employee.id"));

        EventEnvelope oldAgencys = EventEnvelope.create(EventTypes.RETIREMENT_DUE_V1, "/openasn/retirement-service", id.toString(), TestTokens.AGENCY,
                1, Instant.now(), new RetirementDue(id, TestTokens.AGENCY, nip, tmtPensiun, 58, "ADMINISTRATION", null, "PP 11/2017"));
        EventEnvelope newAgencys = EventEnvelope.create(EventTypes.RETIREMENT_DUE_V1, "/openasn/retirement-service", id.toString(), NEW_AGENCY,
                2, Instant.now(), new RetirementDue(id, NEW_AGENCY, nip, tmtPensiun, 58, "ADMINISTRATION", null, "PP 11/2017"));
        try (EventPublisher events = new EventPublisher()) {
            events.send(oldAgencys);
            events.send(newAgencys);
        }

        // one subject, one partition: once the second is applied, the first was handled
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("operator", NEW_AGENCY))
                .queryParam("asOf", tmtPensiun.toString()).get("/employees/{nip}", nip).then().statusCode(200)
                .body("state.separation", equalTo("RETIRED_BUP")).body("state.instansi", equalTo(NEW_AGENCY)));
        assertTrue(DeadLetters.received().stream().noneMatch(letter -> oldAgencys.id().equals(letter.get("eventId"))),
                "the old agency's announcement is not dead-lettered");
        given().auth().oauth2(TestTokens.of("operator", NEW_AGENCY)).get("/employees/{nip}/history", nip).then().statusCode(200)
                .body("mutations.kind", equalTo(List.of("cpns-appointed", "transferred-out", "transferred-in", "retired")));
    }

    @Test
    void shouldRefuseToTakeOnSomeoneWhoLeftTheOtherAgencyOtherwiseThanByATransfer() {
        Map<String, Object> appointment = Fixtures.cpnsAppointment(Fixtures.unit(), BIRTH, TMT_CPNS, "P");
        String nip = appoint(TestTokens.AGENCY, appointment).path("employee.nip");
        assertEquals(201, mutate(TestTokens.AGENCY, nip, Fixtures.mutation("resigned", TRANSFER, Map.of())).statusCode());

        appoint(NEW_AGENCY, transferIn(appointment, unitOf(NEW_AGENCY), "transferred-in")).response().then().statusCode(409)
                .body("detail", containsString("recorded in another agency, which they left on " + TRANSFER + " (RESIGNED)"));
        given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", nip).then().statusCode(200).body("instansi", equalTo(TestTokens.AGENCY));
    }
}
