package org.openasn.personnel.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.personnel.UnitClassified;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.personnel.support.TopicReader;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class UnitResourceTest {

    private static final String AGENCY = TestTokens.AGENCY;

    @Test
    void shouldRegisterAUnitAndPublishItsEventThroughTheOutbox() {
        String code = "DISDIK-" + UUID.randomUUID().toString().substring(0, 6);
        String id = given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "Dinas Pendidikan dan Kebudayaan", "siasnUnorId": "A1B2", "validFrom": "2017-01-01"}
                        """.formatted(code))
                .when().post("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(201)
                .header("Location", containsString("/agencies/" + AGENCY + "/units/"))
                .body("code", equalTo(code))
                .extract().path("id");

        given().auth().oauth2(TestTokens.of("viewer")).get("/agencies/{instansi}/units/{id}", AGENCY, id)
                .then().statusCode(200).body("name", equalTo("Dinas Pendidikan dan Kebudayaan"));

        List<ConsumerRecord<String, String>> records = TopicReader.await(Topics.PERSONNEL, r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertEquals(1, records.size(), "exactly one event for the unit");
        EventEnvelope event = EventCodec.read(records.get(0).value());
        assertEquals("asn.personnel.unit-registered.v1", event.type());
        assertEquals("/openasn/personnel-service", event.source());
        assertEquals(AGENCY, event.instansi());
        assertEquals(1, event.sequence());
        UnitRegistered data = EventCodec.data(event, EventTypes.UNIT_REGISTERED_V1);
        assertEquals(new UnitRegistered(UUID.fromString(id), AGENCY, code, "Dinas Pendidikan dan Kebudayaan", null, "A1B2",
                LocalDate.of(2017, 1, 1), "DINAS", null, null), data, "the type read from a name that states it");
    }

    @Test
    void shouldTakeTheTypeGivenAndReadOnlyAClearNameOtherwise() {
        String school = register("""
                {"code": "%s", "name": "UPTD SD Negeri 4 Metro Pusat", "validFrom": "2017-01-01"}""");
        String rsud = register("""
                {"code": "%s", "name": "UPTD RSUD A Yani", "validFrom": "2017-01-01", "unitType": "uptd"}""");
        String unclear = register("""
                {"code": "%s", "name": "BKPSDM", "validFrom": "2017-01-01"}""");
        String explicitSchool = register("""
                {"code": "%s", "name": "UPTD Satuan Pendidikan 7", "validFrom": "2017-01-01", "schoolLevel": "SMP"}""");

        assertClassified(school, "SEKOLAH", "SD");
        assertClassified(rsud, "UPTD", null);
        assertClassified(unclear, null, null);
        assertClassified(explicitSchool, "SEKOLAH", "SMP");
        UnitRegistered published = EventCodec.data(EventCodec.read(TopicReader.await(Topics.PERSONNEL, r -> school.equals(r.key()),
                Duration.ofSeconds(20)).get(0).value()), EventTypes.UNIT_REGISTERED_V1);
        assertEquals(List.of("SEKOLAH", "SD"), List.of(published.unitType(), published.schoolLevel()));
    }

    @Test
    void shouldSetATypeThroughTheApiAndPublishItOnlyWhenItChanges() {
        String id = register("""
                {"code": "%s", "name": "BKPSDM", "validFrom": "2017-01-01"}""");

        classify(id, """
                {"unitType": "BADAN"}""").then().statusCode(200).body("unitType", equalTo("BADAN")).body("schoolLevel", equalTo(null));
        classify(id, """
                {"unitType": "BADAN"}""").then().statusCode(200);

        assertClassified(id, "BADAN", null);
        List<ConsumerRecord<String, String>> records = TopicReader.await(Topics.PERSONNEL,
                r -> id.equals(r.key()) && r.value().contains("unit-classified"), Duration.ofSeconds(20));
        assertEquals(1, records.size(), "setting the same type again publishes nothing");
        EventEnvelope event = EventCodec.read(records.get(0).value());
        assertEquals(2, event.sequence(), "after the registration, in the unit's order");
        assertEquals(new UnitClassified(UUID.fromString(id), AGENCY, "BADAN", null), EventCodec.data(event, EventTypes.UNIT_CLASSIFIED_V1));
    }

    @Test
    void shouldRefuseAnUnknownTypeOrALevelOnAUnitThatIsNoSchool() {
        String id = register("""
                {"code": "%s", "name": "Dinas Sosial", "validFrom": "2017-01-01"}""");

        classify(id, """
                {"unitType": "KANTOR"}""").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("unitType")).body("violations[0].message", containsString("is not a unit type"));
        classify(id, """
                {"unitType": "DINAS", "schoolLevel": "SD"}""").then().statusCode(400)
                .body("violations[0].field", equalTo("schoolLevel"));
        classify(id, """
                {"schoolLevel": "SMU"}""").then().statusCode(400).body("violations[0].field", equalTo("schoolLevel"));
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body("""
                        {"code": "X%s", "name": "Y", "validFrom": "2017-01-01", "unitType": "RT"}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
                .post("/agencies/{instansi}/units", AGENCY).then().statusCode(400).body("violations[0].field", equalTo("unitType"));
        given().auth().oauth2(TestTokens.of("viewer")).contentType(ContentType.JSON).body("{}")
                .put("/agencies/{instansi}/units/{id}/classification", AGENCY, id).then().statusCode(403);
        classify(UUID.randomUUID().toString(), "{}").then().statusCode(404);
        assertClassified(id, "DINAS", null);
    }

    private static String register(String body) {
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(body.formatted("U-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/agencies/{instansi}/units", AGENCY).then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response classify(String id, String body) {
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(body)
                .put("/agencies/{instansi}/units/{id}/classification", AGENCY, id);
    }

    private static void assertClassified(String id, String unitType, String schoolLevel) {
        given().auth().oauth2(TestTokens.of("viewer")).get("/agencies/{instansi}/units/{id}", AGENCY, id)
                .then().statusCode(200).body("unitType", equalTo(unitType)).body("schoolLevel", equalTo(schoolLevel));
    }

    @Test
    void shouldRefuseADuplicateCodeWithAConflict() {
        String body = """
                {"code": "DUP-%s", "name": "Inspektorat", "validFrom": "2017-01-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6));
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(body)
                .post("/agencies/{instansi}/units", AGENCY).then().statusCode(201);
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(body)
                .post("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/unit-code-taken"));
    }

    @Test
    void shouldListEveryInvalidFieldAsAViolation() {
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body("""
                        {"code": "bad code!", "name": ""}""")
                .post("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", contains("code", "name", "validFrom"));
    }

    @Test
    void shouldExplainAMalformedBody() {
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body("""
                        {"code": "X", "name": "Y", "validFrom": "31-12-2025"}""")
                .post("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("validFrom"));
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body("{\"code\": ")
                .post("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAParentFromAnotherAgency() {
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body("""
                        {"code": "SUB", "name": "Bidang", "parentId": "%s", "validFrom": "2020-01-01"}""".formatted(UUID.randomUUID()))
                .post("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(400).body("violations[0].field", equalTo("parentId"));
    }

    @Test
    void shouldAnswer401WithoutAValidTokenAnd403ForTheWrongRole() {
        given().get("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", endsWith("/unauthenticated"));
        given().auth().oauth2(TestTokens.forged("admin")).get("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.expired("admin")).get("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of("viewer")).contentType(ContentType.JSON).body("{}")
                .post("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/forbidden"));
        given().auth().oauth2(TestTokens.of("integration")).get("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldListUnitsSideBySideInTheTreeByNameWithNumbersByValue() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String parent = register("Z-" + suffix, "Dinas Pendidikan " + suffix, null);
        // codes in the opposite order of the names, as random SIASN ids may be
        String second = register("C-" + suffix, "UPTD SD Negeri 2", parent);
        String tenth = register("B-" + suffix, "UPTD SD Negeri 10", parent);
        String first = register("A-" + suffix, "UPTD SD Negeri 1 Metro", parent);
        assertEquals(List.of(first, second, tenth), children(parent));
    }

    @Test
    void shouldListUnitsSideBySideByTheAgencysListOrderFirstAndPublishIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String parent = register("P-" + suffix, "Sekretariat Daerah " + suffix, null);
        // the regulation's order, which is neither the names' nor the codes'
        String hukum = registerOrdered("A-" + suffix, "Bagian Hukum", parent, 3);
        String pemerintahan = registerOrdered("B-" + suffix, "Bagian Pemerintahan", parent, 1);
        String unordered = register("C-" + suffix, "Bagian Akuntansi", parent);
        String umum = register("D-" + suffix, "Bagian Umum", parent);

        assertEquals(List.of(pemerintahan, hukum, unordered, umum), children(parent), "ordered first, then by name");
        classify(umum, """
                {"listOrder": 2}""").then().statusCode(200).body("listOrder", equalTo(2)).body("unitType", equalTo(null));
        assertEquals(List.of(pemerintahan, umum, hukum, unordered), children(parent));

        UnitRegistered registered = EventCodec.data(EventCodec.read(TopicReader.await(Topics.PERSONNEL, r -> hukum.equals(r.key()),
                Duration.ofSeconds(20)).get(0).value()), EventTypes.UNIT_REGISTERED_V1);
        assertEquals(3, registered.listOrder());
        List<ConsumerRecord<String, String>> classified = TopicReader.await(Topics.PERSONNEL,
                r -> umum.equals(r.key()) && r.value().contains("unit-classified"), Duration.ofSeconds(20));
        assertEquals(new UnitClassified(UUID.fromString(umum), AGENCY, null, null, 2),
                EventCodec.data(EventCodec.read(classified.get(0).value()), EventTypes.UNIT_CLASSIFIED_V1));
    }

    @Test
    void shouldRefuseAListOrderBelowOneOrAboveTheLimit() {
        String id = register("""
                {"code": "%s", "name": "Bagian Umum", "validFrom": "2017-01-01"}""");

        classify(id, """
                {"listOrder": 0}""").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("listOrder"));
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body("""
                        {"code": "X%s", "name": "Y", "validFrom": "2017-01-01", "listOrder": 100000}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
                .post("/agencies/{instansi}/units", AGENCY).then().statusCode(400).body("violations[0].field", equalTo("listOrder"));
        given().auth().oauth2(TestTokens.of("viewer")).get("/agencies/{instansi}/units/{id}", AGENCY, id)
                .then().statusCode(200).body("listOrder", equalTo(null));
    }

    private static List<String> children(String parent) {
        return given().auth().oauth2(TestTokens.of("viewer")).get("/agencies/{instansi}/units/tree", AGENCY)
                .then().statusCode(200).extract().jsonPath().getList("find { it.id == '" + parent + "' }.children.id");
    }

    private static String registerOrdered(String code, String name, String parent, int listOrder) {
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"%s\", \"parentId\": \"%s\", \"validFrom\": \"2017-01-01\", \"listOrder\": %d}"
                        .formatted(code, name, parent, listOrder))
                .post("/agencies/{instansi}/units", AGENCY).then().statusCode(201).body("listOrder", equalTo(listOrder)).extract().path("id");
    }

    private static String register(String code, String name, String parent) {
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(parent == null ? "{\"code\": \"%s\", \"name\": \"%s\", \"validFrom\": \"2017-01-01\"}".formatted(code, name)
                        : "{\"code\": \"%s\", \"name\": \"%s\", \"parentId\": \"%s\", \"validFrom\": \"2017-01-01\"}".formatted(code, name, parent))
                .post("/agencies/{instansi}/units", AGENCY).then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldKeepOperatorsInsideTheirOwnAgency() {
        given().auth().oauth2(TestTokens.of("operator", "OTHER")).get("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/agency-forbidden"));
    }

    @Test
    void shouldReportHealthAndServeItsApiDocument() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/agencies/{instansi}/units"));
        given().auth().oauth2(TestTokens.of("admin")).get("/admin/events/outbox").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("asn_outbox_pending"));
    }
}
