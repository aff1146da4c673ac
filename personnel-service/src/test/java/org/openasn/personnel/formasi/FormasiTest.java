package org.openasn.personnel.formasi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openasn.events.EventCodec;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.personnel.FormasiSet;
import org.openasn.personnel.support.Fixtures;
import org.openasn.personnel.support.TopicReader;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class FormasiTest {

    private static final String AGENCY = TestTokens.AGENCY;

    private static String position(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(body)
                .post("/agencies/{instansi}/positions", AGENCY).then().statusCode(201).extract().path("id");
    }

    private static void formasi(String unit, String position, int slots, int prepared) {
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit, "positionId", position, "slots", slots, "prepared", prepared))
                .put("/agencies/{instansi}/formasi", AGENCY).then().statusCode(200);
    }

    @Test
    void shouldCountFilledVacantAndPreparedPostsAndHeadcountsUpTheTree() {
        String parent = Fixtures.unit();
        String child = given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(Map.of("code", "SUB-" + UUID.randomUUID().toString().substring(0, 6), "name", "Bidang Mutasi", "parentId", parent,
                        "validFrom", "2010-01-01"))
                .post("/agencies/{instansi}/units", AGENCY).then().statusCode(201).extract().path("id");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String kabid = position(Map.of("jabatanId", "KABID-" + suffix, "name", "Kepala Bidang Mutasi", "jenisJabatan", "1", "eselon", "31",
                "group", "LAINNYA"));
        String analis = position(Map.of("jabatanId", "ANALIS-" + suffix, "name", "Analis SDM Aparatur Ahli Muda", "jenisJabatan", "2",
                "jenjang", "AHLI_MUDA", "group", "LAINNYA"));
        formasi(child, kabid, 1, 0);
        formasi(child, analis, 2, 1);
        formasi(child, analis, 3, 1);

        Map<String, Object> appointment = Fixtures.cpnsAppointment(child, LocalDate.of(1975, 2, 2), LocalDate.of(2000, 3, 1), "L");
        appointment.put("kind", "transferred-in");
        appointment.put("golongan", "IV/a");
        appointment.put("position", Map.of("jenisJabatan", "1", "eselon", "31", "jabatanId", "KABID-" + suffix, "name", "Kepala Bidang Mutasi",
                "group", "LAINNYA"));
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(appointment)
                .post("/agencies/{instansi}/employees", AGENCY).then().statusCode(201);

        JsonPath rows = given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", child).get("/agencies/{instansi}/formasi", AGENCY)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("slots", 1, "filled", 1, "vacant", 0, "prepared", 0), counts(rows, kabid));
        assertEquals(Map.of("slots", 3, "filled", 0, "vacant", 3, "prepared", 1), counts(rows, analis));

        List<ConsumerRecord<String, String>> published = TopicReader.await(Topics.PERSONNEL,
                r -> r.value().contains(EventTypes.FORMASI_SET_V1.name()) && r.value().contains(analis), Duration.ofSeconds(10));
        List<FormasiSet> sets = published.stream().map(r -> EventCodec.data(EventCodec.read(r.value()), EventTypes.FORMASI_SET_V1)).toList();
        assertEquals(List.of(2, 3), sets.stream().map(FormasiSet::slots).toList(), "one event per change, in order");
        FormasiSet last = sets.get(1);
        assertEquals("ANALIS-" + suffix, last.jabatanId());
        assertEquals(UUID.fromString(child), last.unitId());
        assertEquals("AHLI_MUDA", last.jenjang());
        assertEquals(1, last.prepared());

        JsonPath tree = given().auth().oauth2(TestTokens.of("viewer")).get("/agencies/{instansi}/units/tree", AGENCY)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(0, tree.getInt("find { it.id == '" + parent + "' }.headcount"));
        assertEquals(1, tree.getInt("find { it.id == '" + parent + "' }.totalHeadcount"));
        assertEquals(1, tree.getInt("find { it.id == '" + parent + "' }.children.find { it.id == '" + child + "' }.headcount"));
    }

    @Test
    void shouldKeepEveryFormasiVersionAndAnswerAsOfADate() {
        String unit = Fixtures.unit();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String kasi = position(Map.of("jabatanId", "KASI-" + suffix, "name", "Kepala Seksi Data", "jenisJabatan", "1", "eselon", "41",
                "group", "LAINNYA"));
        setFrom(unit, kasi, 1, 0, "2020-01-01");
        setFrom(unit, kasi, 2, 1, "2025-06-01");
        Map<String, Object> appointment = Fixtures.cpnsAppointment(unit, LocalDate.of(1980, 6, 6), LocalDate.of(2005, 3, 1), "P");
        appointment.put("kind", "transferred-in");
        appointment.put("tmt", "2024-07-01");
        appointment.put("golongan", "III/d");
        appointment.put("position", Map.of("jenisJabatan", "1", "eselon", "41", "jabatanId", "KASI-" + suffix, "name", "Kepala Seksi Data",
                "group", "LAINNYA"));
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(appointment)
                .post("/agencies/{instansi}/employees", AGENCY).then().statusCode(201);

        assertEquals(Map.of("slots", 1, "filled", 0, "vacant", 1, "prepared", 0), countsOn(unit, kasi, "2024-06-30"));
        assertEquals(Map.of("slots", 1, "filled", 1, "vacant", 0, "prepared", 0), countsOn(unit, kasi, "2024-07-01"));
        assertEquals(Map.of("slots", 2, "filled", 1, "vacant", 1, "prepared", 1), countsOn(unit, kasi, "2025-06-01"));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", unit).queryParam("asOf", "2019-12-31")
                .get("/agencies/{instansi}/formasi", AGENCY).then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", "2025-13-01").get("/agencies/{instansi}/formasi", AGENCY)
                .then().statusCode(400);

        String formasiId = given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", unit).get("/agencies/{instansi}/formasi", AGENCY)
                .then().extract().path("[0].formasiId");
        JsonPath history = given().auth().oauth2(TestTokens.of("viewer")).get("/agencies/{instansi}/formasi/{id}/history", AGENCY, formasiId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2020-01-01", "2025-06-01"), history.getList("validFrom"));
        assertEquals(List.of(1, 2), history.getList("slots"));
        given().auth().oauth2(TestTokens.of("viewer", "OTHER")).get("/agencies/{instansi}/formasi/{id}/history", "OTHER", formasiId)
                .then().statusCode(404);
    }

    private static void setFrom(String unit, String position, int slots, int prepared, String validFrom) {
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit, "positionId", position, "slots", slots, "prepared", prepared, "validFrom", validFrom))
                .put("/agencies/{instansi}/formasi", AGENCY).then().statusCode(200);
    }

    private static Map<String, Integer> countsOn(String unit, String position, String asOf) {
        return counts(given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", unit).queryParam("asOf", asOf)
                .get("/agencies/{instansi}/formasi", AGENCY).then().statusCode(200).extract().jsonPath(), position);
    }

    @Test
    void shouldRefuseAFormasiDatedBeforeItsUnit() {
        String unit = Fixtures.unit();
        String position = position(Map.of("jabatanId", "PENGELOLA-" + UUID.randomUUID().toString().substring(0, 6), "name", "Pengelola Data",
                "jenisJabatan", "4", "group", "LAINNYA"));
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit, "positionId", position, "slots", 2, "validFrom", "1900-01-01"))
                .put("/agencies/{instansi}/formasi", AGENCY).then().statusCode(400).body("violations[0].field", equalTo("validFrom"));
    }

    @Test
    void shouldRefuseAnInvalidPositionAndADuplicate() {
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(Map.of("jabatanId", "X1", "name", "Kepala", "jenisJabatan", "1", "group", "LAINNYA"))
                .post("/agencies/{instansi}/positions", AGENCY).then().statusCode(400).body("violations[0].field", equalTo("position"));
        given().auth().oauth2(TestTokens.of("viewer")).contentType(ContentType.JSON)
                .body(Map.of("unitId", UUID.randomUUID(), "positionId", UUID.randomUUID(), "slots", 1))
                .put("/agencies/{instansi}/formasi", AGENCY).then().statusCode(403);
    }

    private static Map<String, Integer> counts(JsonPath rows, String positionId) {
        String row = "find { it.positionId == '" + positionId + "' }";
        return Map.of("slots", rows.getInt(row + ".slots"), "filled", rows.getInt(row + ".filled"), "vacant", rows.getInt(row + ".vacant"),
                "prepared", rows.getInt(row + ".prepared"));
    }
}
