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
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.personnel.support.Fixtures;
import org.openasn.personnel.support.TopicReader;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A BUP extension (bup-extended) recorded end to end: REST, the rules, the periods read as of a date, the change feed and
 * the event on Kafka. The employees are pejabat administrasi (BUP 58) whose regular TMT pensiun is four months ahead, so
 * that the extension's TMT stays within the year ahead that a mutation may be dated.
 */
@QuarkusTest
class BupExtensionTest {

    /** The regular TMT pensiun of the employees here: the first day of the month four months from now. */
    private static final LocalDate REGULAR = LocalDate.now().withDayOfMonth(1).plusMonths(4);
    /** Born on the 10th of the month before it, 58 years earlier: the 58th birthday falls in that month. */
    private static final LocalDate BIRTH = REGULAR.minusMonths(1).withDayOfMonth(10).minusYears(58);
    private static final LocalDate TMT_CPNS = BIRTH.plusYears(25).withDayOfMonth(1);
    private static final LocalDate EXTENDED = REGULAR.plusYears(2);

    private String unit;

    @BeforeEach
    void unit() {
        unit = Fixtures.unit();
    }

    private String appointPns() {
        String nip = given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(Fixtures.cpnsAppointment(unit, BIRTH, TMT_CPNS, "L"))
                .post("/agencies/{instansi}/employees", TestTokens.AGENCY).then().statusCode(201).extract().path("employee.nip");
        assertEquals(201, mutate(nip, Fixtures.mutation("pns-confirmed", TMT_CPNS.plusYears(1), Map.of())).statusCode());
        return nip;
    }

    private String etag(String nip) {
        return given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", nip).then().statusCode(200).extract().header("ETag");
    }

    private ExtractableResponse<Response> mutate(String nip, Map<String, Object> request) {
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).header("If-Match", etag(nip)).body(request)
                .post("/employees/{nip}/mutations", nip).then().extract();
    }

    private static Map<String, Object> extension(LocalDate tmt, Object until) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("bupExtendedUntil", until);
        return Fixtures.mutation("bup-extended", tmt, fields);
    }

    private static String extendedUntil(String nip, LocalDate asOf, String knownAt) {
        var request = given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", asOf.toString());
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt);
        }
        return request.get("/employees/{nip}", nip).then().statusCode(200).extract().path("state.bupExtendedUntil");
    }

    @Test
    void shouldRecordAnExtensionPendingUntilItsTmtAndPublishIt() {
        String nip = appointPns();
        long cursor = Fixtures.changeFeedEnd();

        ExtractableResponse<Response> recorded = mutate(nip, extension(REGULAR, EXTENDED.toString()));

        assertEquals(201, recorded.statusCode(), recorded.asString());
        assertEquals(Boolean.TRUE, recorded.path("mutation.pending"));
        assertEquals("bup-extended", recorded.path("mutation.kind"));
        assertNull(extendedUntil(nip, REGULAR.minusDays(1), null), "before its TMT the BUP is not extended");
        assertEquals(EXTENDED.toString(), extendedUntil(nip, REGULAR, null));
        assertEquals(EXTENDED.toString(), extendedUntil(nip, REGULAR, Instant.now().plusSeconds(3600).toString()), "folded from the log too");
        assertNull(given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}", nip).then().extract().path("state.bupExtendedUntil"),
                "today's state: the extension is still pending");
        List<String> feed = given().auth().oauth2(TestTokens.of("admin")).queryParam("after", cursor).get("/changes").then().statusCode(200)
                .extract().jsonPath().getList("changes.findAll { it.nip == '" + nip + "' }.kind");
        assertEquals(List.of("bup-extended"), feed);

        String id = recorded.path("employee.id");
        List<ConsumerRecord<String, String>> records = TopicReader.await(Topics.PERSONNEL,
                r -> id.equals(r.key()) && r.value().contains("\"asn.personnel.bup-extended.v1\""), Duration.ofSeconds(20));
        assertEquals(1, records.size());
        EventEnvelope event = EventCodec.read(records.get(0).value());
        EmployeeChange change = EventCodec.data(event, EventTypes.BUP_EXTENDED_V1);   // validates against the contract's schema
        assertEquals("bup-extended", change.mutation().kind());
        assertEquals(REGULAR, change.mutation().tmt());
        EmploymentPeriod last = change.timeline().get(change.timeline().size() - 1);
        assertEquals(REGULAR, last.validFrom());
        assertEquals(EXTENDED, last.bupExtendedUntil());
        assertEquals("bup-extended", last.cause());
        assertNull(change.timeline().get(change.timeline().size() - 2).bupExtendedUntil());
    }

    @Test
    void shouldRefuseAnExtensionWithoutItsDateOrNotOnTheFirstOfAMonthOrNotAfterItsTmt() {
        String nip = appointPns();

        ExtractableResponse<Response> missing = mutate(nip, extension(REGULAR, null));
        assertEquals(400, missing.statusCode(), missing.asString());
        assertEquals("application/problem+json", missing.contentType());
        assertEquals(List.of("bupExtendedUntil"), missing.path("violations.field"));
        assertTrue(missing.<String>path("violations[0].message").contains("required"), missing.asString());

        ExtractableResponse<Response> midMonth = mutate(nip, extension(REGULAR, EXTENDED.withDayOfMonth(15).toString()));
        assertEquals(400, midMonth.statusCode(), midMonth.asString());
        assertEquals(List.of("bupExtendedUntil"), midMonth.path("violations.field"));
        assertTrue(midMonth.<String>path("violations[0].message").contains("first day of a month"), midMonth.asString());

        ExtractableResponse<Response> beforeTmt = mutate(nip, extension(REGULAR, REGULAR.toString()));
        assertEquals(400, beforeTmt.statusCode(), beforeTmt.asString());
        assertTrue(beforeTmt.<String>path("violations[0].message").contains("after the TMT " + REGULAR), beforeTmt.asString());

        ExtractableResponse<Response> otherKind = mutate(nip, Fixtures.mutation("promoted", REGULAR.minusMonths(1),
                Map.of("golongan", "III/b", "bupExtendedUntil", EXTENDED.toString())));
        assertEquals(400, otherKind.statusCode(), otherKind.asString());
        assertEquals(List.of("bupExtendedUntil"), otherKind.path("violations.field"));
    }

    @Test
    void shouldRefuseAnExtensionEndingByTheRegularTmtPensiun() {
        String nip = appointPns();
        ExtractableResponse<Response> refused = mutate(nip, extension(REGULAR.minusMonths(2), REGULAR.toString()));
        assertEquals(422, refused.statusCode(), refused.asString());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("https://openasn.org/problems/bup-not-extended", refused.path("type"));
        assertTrue(refused.<String>path("detail").contains("regular TMT pensiun is " + REGULAR), refused.asString());
    }

    @Test
    void shouldRefuseToExtendTheBupOfSomeoneWhoLeftOrOfAPppk() {
        String nip = appointPns();
        assertEquals(201, mutate(nip, Fixtures.mutation("resigned", LocalDate.now().minusMonths(1).withDayOfMonth(1), Map.of())).statusCode());
        ExtractableResponse<Response> left = mutate(nip, extension(REGULAR, EXTENDED.toString()));
        assertEquals(422, left.statusCode(), left.asString());
        assertEquals("https://openasn.org/problems/employee-separated", left.path("type"));

        String pppk = appointPppk(REGULAR.minusDays(1)).path("employee.nip");
        ExtractableResponse<Response> contract = mutate(pppk, extension(REGULAR, EXTENDED.toString()));
        assertEquals(422, contract.statusCode(), contract.asString());
        assertEquals("https://openasn.org/problems/pppk-bup-not-extended", contract.path("type"));
        assertTrue(contract.<String>path("detail").contains("pppk-contract-extended"), contract.asString());
    }

    @Test
    void shouldEndAPppkContractByTheTmtPensiun() {
        ExtractableResponse<Response> beyond = appointPppk(REGULAR);
        assertEquals(422, beyond.statusCode(), beyond.asString());
        assertEquals("https://openasn.org/problems/contract-beyond-bup", beyond.path("type"));
        assertTrue(beyond.<String>path("detail").contains("ends on " + REGULAR.minusDays(1) + " at the latest"), beyond.asString());
        assertEquals(201, appointPppk(REGULAR.minusDays(1)).statusCode());
    }

    /** A PPPK pelaksana born on {@link #BIRTH}, appointed on 1 March 2024 with a contract to {@code contractEnd}: the response. */
    private ExtractableResponse<Response> appointPppk(LocalDate contractEnd) {
        LocalDate tmt = LocalDate.of(2024, 3, 1);
        String nip = String.format("%04d%02d%02d%04d21%d%03d", BIRTH.getYear(), BIRTH.getMonthValue(), BIRTH.getDayOfMonth(), tmt.getYear(), 1,
                System.nanoTime() % 1000);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("kind", "pppk-appointed");
        request.put("person", Fixtures.person(nip, BIRTH, "L"));
        request.put("skNumber", "800/PPPK/2024");
        request.put("skDate", "2024-02-01");
        request.put("tmt", tmt.toString());
        request.put("reason", "Pengadaan PPPK 2024");
        request.put("golongan", "IX");
        request.put("position", Map.of("jenisJabatan", "4", "name", "Pengelola Layanan Operasional", "group", "LAINNYA"));
        request.put("unitId", unit);
        request.put("pendidikan", "40");
        request.put("contractEnd", contractEnd.toString());
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(request)
                .post("/agencies/{instansi}/employees", TestTokens.AGENCY).then().extract();
    }

    @Test
    void shouldCorrectAnExtensionByVoidingAndReplacingIt() {
        String nip = appointPns();
        String wrong = mutate(nip, extension(REGULAR, EXTENDED.toString())).path("mutation.id");
        String beforeCorrection = Instant.now().toString();

        ExtractableResponse<Response> replaced = mutate(nip, Fixtures.mutation("data-corrected", REGULAR,
                Map.of("correctsMutationId", wrong, "bupExtendedUntil", REGULAR.plusYears(1).toString())));
        assertEquals(201, replaced.statusCode(), replaced.asString());
        assertEquals(REGULAR.plusYears(1).toString(), extendedUntil(nip, REGULAR, null));
        assertEquals(EXTENDED.toString(), extendedUntil(nip, REGULAR, beforeCorrection), "as known before the correction");

        ExtractableResponse<Response> voided = mutate(nip, Fixtures.mutation("data-corrected", REGULAR,
                Map.of("correctsMutationId", replaced.path("mutation.id"))));
        assertEquals(201, voided.statusCode(), voided.asString());
        assertNull(extendedUntil(nip, REGULAR, null), "the extension voided: none");

        ExtractableResponse<Response> again = mutate(nip, Fixtures.mutation("data-corrected", REGULAR,
                Map.of("correctsMutationId", wrong, "bupExtendedUntil", REGULAR.plusYears(3).toString())));
        assertEquals(409, again.statusCode(), "the first extension was already corrected: " + again.asString());
    }
}
