package org.openasn.personnel.employee;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.personnel.support.Fixtures;
import org.openasn.personnel.support.TopicReader;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EmployeeMutationTest {

    private static final LocalDate BIRTH = LocalDate.of(1990, 7, 14);
    private static final LocalDate TMT_CPNS = LocalDate.of(2015, 3, 1);

    private String unit;

    @BeforeEach
    void unit() {
        unit = Fixtures.unit();
    }

    private ExtractableResponse<Response> appoint(Map<String, Object> request) {
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(request)
                .post("/agencies/{instansi}/employees", TestTokens.AGENCY).then().extract();
    }

    private String appointCpns() {
        return appoint(Fixtures.cpnsAppointment(unit, BIRTH, TMT_CPNS, "P")).path("employee.nip");
    }

    private String etag(String nip) {
        return given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", nip).then().statusCode(200).extract().header("ETag");
    }

    private ExtractableResponse<Response> mutate(String nip, Map<String, Object> request) {
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).header("If-Match", etag(nip)).body(request)
                .post("/employees/{nip}/mutations", nip).then().extract();
    }

    private String golonganOf(String nip, String asOf, String knownAt) {
        var request = given().auth().oauth2(TestTokens.of("operator")).queryParam("asOf", asOf);
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt);
        }
        return request.get("/employees/{nip}", nip).then().statusCode(200).extract().path("state.golongan");
    }

    @Test
    void shouldAppointACpnsAndPublishTheEventWithTheWholeState() {
        ExtractableResponse<Response> created = appoint(Fixtures.cpnsAppointment(unit, BIRTH, TMT_CPNS, "P"));
        assertEquals(201, created.statusCode(), created.asString());
        assertTrue(created.header("Location").endsWith("/employees/" + created.path("employee.nip")));
        String id = created.path("employee.id");

        List<ConsumerRecord<String, String>> records = TopicReader.await(Topics.PERSONNEL, r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertEquals(1, records.size());
        EventEnvelope event = EventCodec.read(records.get(0).value());
        assertEquals("asn.personnel.cpns-appointed.v1", event.type());
        EmployeeChange change = EventCodec.data(event, EventTypes.CPNS_APPOINTED_V1);
        assertEquals(TMT_CPNS, change.mutation().tmt());
        assertEquals("P", change.person().gender());
        assertEquals(1, change.timeline().size());
        assertEquals("CPNS", change.timeline().get(0).employeeKind());
        assertEquals("III/a", change.timeline().get(0).golongan());
        assertEquals("ADMINISTRATION", change.timeline().get(0).bupCategory());
        assertTrue(change.timeline().get(0).inService());
    }

    @Test
    void shouldAnswerTheOldGolonganBeforeAPromotionAndTheNewOneAfter() {
        String nip = appointCpns();
        assertEquals(201, mutate(nip, Fixtures.mutation("pns-confirmed", LocalDate.of(2016, 3, 1), Map.of())).statusCode());
        Instant beforePromotion = Instant.now();
        ExtractableResponse<Response> promoted = mutate(nip, Fixtures.mutation("promoted", LocalDate.of(2019, 4, 1), Map.of("golongan", "III/b")));
        assertEquals(201, promoted.statusCode(), promoted.asString());

        assertEquals("III/a", golonganOf(nip, "2019-03-31", null));
        assertEquals("III/b", golonganOf(nip, "2019-04-01", null));
        assertEquals("III/a", golonganOf(nip, "2019-04-01", beforePromotion.toString()), "as known before the promotion was recorded");
    }

    @Test
    void shouldPublishTheMasaKerjaGolonganOfEachPeriod() {
        String nip = appointCpns();
        ExtractableResponse<Response> step = mutate(nip, Fixtures.mutation("salary-step-granted", LocalDate.of(2021, 3, 1),
                Map.of("masaKerja", Map.of("years", 6, "months", 0))));
        assertEquals(201, step.statusCode(), step.asString());
        String id = step.path("employee.id");

        List<ConsumerRecord<String, String>> records = TopicReader.await(Topics.PERSONNEL,
                r -> id.equals(r.key()) && r.value().contains("salary-step-granted"), Duration.ofSeconds(20));
        EmployeeChange change = EventCodec.data(EventCodec.read(records.get(0).value()), EventTypes.SALARY_STEP_GRANTED_V1);
        var last = change.timeline().get(change.timeline().size() - 1);
        assertEquals(LocalDate.of(2021, 3, 1), last.validFrom());
        assertEquals(6, last.masaKerjaYears());
        assertEquals(0, last.masaKerjaMonths());
    }

    @Test
    void shouldRefuseToPromoteARetiredEmployee() {
        String nip = appointCpns();
        assertEquals(201, mutate(nip, Fixtures.mutation("retired", LocalDate.of(2024, 1, 1), Map.of("retirementKind", "APS"))).statusCode());

        mutate(nip, Fixtures.mutation("promoted", LocalDate.of(2024, 4, 1), Map.of("golongan", "III/b")));
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).header("If-Match", etag(nip))
                .body(Fixtures.mutation("promoted", LocalDate.of(2024, 4, 1), Map.of("golongan", "III/b")))
                .post("/employees/{nip}/mutations", nip)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/employee-separated"))
                .body("detail", containsString("2024-01-01"));
    }

    /** A retirement without its kind is a 400 saying the kind is required (it was a 500), and nothing is recorded. */
    @Test
    void shouldRequireTheKindOfARetirement() {
        String nip = appointCpns();
        String before = etag(nip);
        ExtractableResponse<Response> refused = mutate(nip, Fixtures.mutation("retired", LocalDate.of(2024, 1, 1), Map.of()));
        assertEquals(400, refused.statusCode(), refused.asString());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("retirementKind", refused.path("violations[0].field"));
        assertEquals("is required for a retired mutation", refused.path("violations[0].message"));
        assertEquals(before, etag(nip), "nothing recorded");
    }

    @Test
    void shouldRefuseATmtBeforeTheTmtCpns() {
        String nip = appointCpns();
        ExtractableResponse<Response> refused = mutate(nip, Fixtures.mutation("unit-transferred", TMT_CPNS.minusDays(1), Map.of("unitId", Fixtures.unit())));
        assertEquals(422, refused.statusCode());
        assertEquals("https://openasn.org/problems/tmt-before-start", refused.path("type"));
    }

    @Test
    void shouldRefuseANipThatDisagreesWithTheRecord() {
        Map<String, Object> request = Fixtures.cpnsAppointment(unit, BIRTH, TMT_CPNS, "P");
        @SuppressWarnings("unchecked") Map<String, Object> person = (Map<String, Object>) request.get("person");
        person.put("birthDate", BIRTH.plusDays(1).toString());
        person.put("gender", "L");

        ExtractableResponse<Response> refused = appoint(request);

        assertEquals(422, refused.statusCode(), refused.asString());
        List<String> messages = refused.path("violations.message");
        assertTrue(messages.stream().anyMatch(m -> m.contains("birth")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("gender")), messages.toString());
        given().auth().oauth2(TestTokens.of("admin")).get("/employees/{nip}", person.get("nip")).then().statusCode(404);
    }

    @Test
    void shouldRequireACurrentEtagToChangeAnEmployee() {
        String nip = appointCpns();
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(Fixtures.mutation("pns-confirmed", LocalDate.of(2016, 3, 1), Map.of()))
                .post("/employees/{nip}/mutations", nip).then().statusCode(428).contentType("application/problem+json");
        String stale = etag(nip);
        assertEquals(201, mutate(nip, Fixtures.mutation("pns-confirmed", LocalDate.of(2016, 3, 1), Map.of())).statusCode());
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).header("If-Match", stale)
                .body(Fixtures.mutation("promoted", LocalDate.of(2019, 4, 1), Map.of("golongan", "III/b")))
                .post("/employees/{nip}/mutations", nip).then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void shouldKeepAFutureDatedMutationPendingUntilItsTmt() {
        String nip = appointCpns();
        LocalDate nextMonth = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        String otherUnit = Fixtures.unit();
        ExtractableResponse<Response> future = mutate(nip, Fixtures.mutation("unit-transferred", nextMonth, Map.of("unitId", otherUnit)));
        assertEquals(201, future.statusCode(), future.asString());
        assertEquals(Boolean.TRUE, future.path("mutation.pending"));
        assertEquals(Boolean.FALSE, future.path("mutation.backdated"));

        given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}", nip).then().body("state.unitId", equalTo(unit));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", nextMonth.toString()).get("/employees/{nip}", nip)
                .then().body("state.unitId", equalTo(otherUnit));
    }

    @Test
    void shouldRecordACorrectionWithoutRewritingHistory() {
        String nip = appointCpns();
        mutate(nip, Fixtures.mutation("pns-confirmed", LocalDate.of(2016, 3, 1), Map.of()));
        String wrong = mutate(nip, Fixtures.mutation("promoted", LocalDate.of(2019, 4, 1), Map.of("golongan", "III/c"))).path("mutation.id");
        Instant beforeCorrection = Instant.now();

        ExtractableResponse<Response> corrected = mutate(nip, Fixtures.mutation("data-corrected", LocalDate.of(2019, 4, 1),
                Map.of("correctsMutationId", wrong, "golongan", "III/b")));
        assertEquals(201, corrected.statusCode(), corrected.asString());

        assertEquals("III/b", golonganOf(nip, "2020-01-01", null));
        assertEquals("III/c", golonganOf(nip, "2020-01-01", beforeCorrection.toString()));
        given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/history", nip).then().statusCode(200)
                .body("mutations.find { it.id == '" + wrong + "' }.voidedAt", org.hamcrest.Matchers.notNullValue())
                .body("mutations.kind", hasItem("data-corrected"));
    }

    @Test
    void shouldReadTheSameStateFromThePeriodTableAsFromFoldingTheLog() {
        String nip = appointCpns();
        mutate(nip, Fixtures.mutation("pns-confirmed", LocalDate.of(2016, 3, 1), Map.of()));
        String wrong = mutate(nip, Fixtures.mutation("promoted", LocalDate.of(2019, 4, 1), Map.of("golongan", "III/c"))).path("mutation.id");
        mutate(nip, Fixtures.mutation("unit-transferred", LocalDate.of(2021, 7, 1), Map.of("unitId", Fixtures.unit())));
        mutate(nip, Fixtures.mutation("data-corrected", LocalDate.of(2019, 4, 1), Map.of("correctsMutationId", wrong, "golongan", "III/b")));
        mutate(nip, Fixtures.mutation("retired", LocalDate.of(2025, 2, 1), Map.of("retirementKind", "APS")));
        String farFuture = Instant.now().plus(Duration.ofDays(3650)).toString();   // a knownAt read folds the mutation log

        for (String date : List.of("2014-12-31", "2015-03-01", "2016-02-29", "2016-03-01", "2019-04-01", "2021-06-30", "2021-07-01",
                "2025-01-31", "2025-02-01", "2030-01-01")) {
            Map<String, Object> fromPeriods = given().auth().oauth2(TestTokens.of("operator")).queryParam("asOf", date)
                    .get("/employees/{nip}", nip).then().statusCode(200).extract().path("state");
            Map<String, Object> folded = given().auth().oauth2(TestTokens.of("operator")).queryParam("asOf", date).queryParam("knownAt", farFuture)
                    .get("/employees/{nip}", nip).then().statusCode(200).extract().path("state");
            assertEquals(folded, fromPeriods, "state on " + date);
        }
        assertEquals("III/b", golonganOf(nip, "2020-01-01", null));
    }

    @Test
    void shouldRefuseFieldsThatAMutationKindDoesNotDecide() {
        String nip = appointCpns();
        ExtractableResponse<Response> refused = mutate(nip, Fixtures.mutation("unit-transferred", LocalDate.of(2020, 1, 1),
                Map.of("golongan", "IV/a")));
        assertEquals(400, refused.statusCode());
        assertEquals(List.of("golongan", "unitId"), refused.path("violations.field"));
        ExtractableResponse<Response> unknownKind = mutate(nip, Fixtures.mutation("teleported", LocalDate.of(2020, 1, 1), Map.of()));
        assertEquals(400, unknownKind.statusCode());
        assertEquals("kind", unknownKind.path("violations[0].field"));
    }

    @Test
    void shouldMaskPersonalDataForViewersAndLetEmployeesReadOnlyTheirOwnRecord() {
        String nip = appointCpns();
        given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}", nip).then().statusCode(200)
                .body("birthDate", nullValue()).body("phone", nullValue()).body("name", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(TestTokens.self(nip)).get("/employees/{nip}", nip).then().statusCode(200)
                .body("birthDate", equalTo(BIRTH.toString()));
    }

    @Test
    void shouldAnswerARecordOutsideTheCallersViewExactlyAsAnUnknownNip() {
        String nip = appointCpns();
        String unknown = "199001012015031001";
        Map<String, Object> notFound = given().auth().oauth2(TestTokens.of("operator", "OTHER")).get("/employees/{nip}", unknown).then()
                .statusCode(404).contentType("application/problem+json").extract().jsonPath().getMap("");
        for (String token : new String[] {TestTokens.of("operator", "OTHER"), TestTokens.of("viewer", "OTHER"), TestTokens.self(unknown)}) {
            for (String path : new String[] {"/employees/{nip}", "/employees/{nip}/history", "/employees/{nip}/data-quality",
                    "/employees/{nip}/supervisor", "/employees/{nip}/supervisor/history"}) {
                Map<String, Object> answer = given().auth().oauth2(token).get(path, nip).then().statusCode(404)
                        .contentType("application/problem+json").extract().jsonPath().getMap("");
                assertEquals(Map.of("type", notFound.get("type"), "title", notFound.get("title"), "status", 404,
                        "detail", "No employee with NIP " + nip + ".", "instance", path.replace("{nip}", nip)), answer, path);
            }
        }
        given().auth().oauth2(TestTokens.of("operator", "OTHER")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.mutation("salary-step-granted", LocalDate.of(2021, 1, 1), Map.of())).post("/employees/{nip}/mutations", nip)
                .then().statusCode(404).body("detail", equalTo("No employee with NIP " + nip + "."));
        given().auth().oauth2(TestTokens.of("operator", "OTHER")).contentType(ContentType.JSON).body(Map.of("supervisorNip", nip))
                .put("/employees/{nip}/supervisor", nip).then().statusCode(404).body("detail", equalTo("No employee with NIP " + nip + "."));
        // a role that never reads records keeps its 403, and an admin sees every agency
        given().auth().oauth2(TestTokens.of("viewer", "OTHER")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.mutation("salary-step-granted", LocalDate.of(2021, 1, 1), Map.of())).post("/employees/{nip}/mutations", nip)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.of("admin", "OTHER")).get("/employees/{nip}", nip).then().statusCode(200);
    }
}
