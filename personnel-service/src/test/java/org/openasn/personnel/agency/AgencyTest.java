package org.openasn.personnel.agency;

import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openasn.personnel.support.Fixtures;
import org.openasn.testing.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AgencyTest {

    @Inject
    AgroalDataSource dataSource;

    private static io.restassured.response.ValidatableResponse put(String role, String instansi, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.of(role, instansi)).contentType(ContentType.JSON).body(body)
                .put("/agencies/{instansi}", instansi).then();
    }

    @Test
    void shouldRegisterAnAgencyUpdateItAndShowItOnlyToItsOwnPeople() {
        put("admin", "KMETRO", Map.of("name", "Pemerintah Kota Metro", "level", "KOTA", "regionCode", "18.72",
                "siasnInstansiId", "a5eb03e23ce8f6a0e040640a0402ffff")).statusCode(201)
                .body("siasnInstansiId", equalTo("A5EB03E23CE8F6A0E040640A0402FFFF"));
        put("admin", "KMETRO", Map.of("name", "Pemerintah Kota Metro (Lampung)", "level", "KOTA", "regionCode", "18.72",
                "siasnInstansiId", "A5EB03E23CE8F6A0E040640A0402FFFF")).statusCode(200).body("name", equalTo("Pemerintah Kota Metro (Lampung)"));

        given().auth().oauth2(TestTokens.of("viewer", "KMETRO")).get("/agencies/{instansi}", "KMETRO").then().statusCode(200)
                .body("level", equalTo("KOTA")).body("regionCode", equalTo("18.72"));
        given().auth().oauth2(TestTokens.of("viewer", "KMETRO")).get("/agencies").then().statusCode(200).body("instansi", contains("KMETRO"));
        given().auth().oauth2(TestTokens.of("admin")).get("/agencies").then().statusCode(200).body("instansi", hasItem("KMETRO"));
        given().auth().oauth2(TestTokens.of("viewer", "OTHER")).get("/agencies/{instansi}", "KMETRO").then().statusCode(403)
                .body("detail", equalTo("Your token is for agency OTHER; it gives no access to agency KMETRO."));
        given().auth().oauth2(TestTokens.of("viewer", null)).get("/agencies/{instansi}", "KMETRO").then().statusCode(403)
                .body("detail", equalTo("Your token names no agency (no instansi claim); it gives no access to agency KMETRO."));
        put("operator", "KMETRO", Map.of("name", "X", "level", "KOTA")).statusCode(403);
    }

    @Test
    void shouldRefuseInvalidDetailsAndATakenSiasnId() {
        put("admin", "KBAD", Map.of("name", "Kabupaten", "level", "DESA")).statusCode(400);
        put("admin", "KBAD", Map.of("level", "KABUPATEN")).statusCode(400).body("violations[0].field", containsString("name"));
        put("admin", "KBAD", Map.of("name", "Kabupaten", "level", "KABUPATEN", "regionCode", "18-01")).statusCode(400);
        put("admin", "PROVA", Map.of("name", "Provinsi A", "level", "PROVINSI", "siasnInstansiId", "ABCDEF0123456789ABCDEF0123456789"))
                .statusCode(201);
        put("admin", "PROVB", Map.of("name", "Provinsi B", "level", "PROVINSI", "siasnInstansiId", "ABCDEF0123456789ABCDEF0123456789"))
                .statusCode(409);
        given().auth().oauth2(TestTokens.of("admin")).get("/agencies/{instansi}", "NOPE").then().statusCode(404);
    }

    /** A valid body for each agency-scoped write, so that only the agency can be wrong. */
    private static final Map<String, Object> WRITES = Map.of(
            "post /agencies/{instansi}/units", Map.of("code", "U1", "name", "Dinas Uji", "validFrom", "2000-01-01"),
            "put /agencies/{instansi}/units/{id}/classification", Map.of("unitType", "DINAS"),
            "post /agencies/{instansi}/employees", Fixtures.cpnsAppointment(UUID.randomUUID().toString(), LocalDate.of(1990, 1, 1),
                    LocalDate.of(2020, 1, 1), "L"),
            "post /agencies/{instansi}/positions", Map.of("jenisJabatan", "4", "name", "Analis", "group", "LAINNYA"),
            "put /agencies/{instansi}/formasi", Map.of("unitId", UUID.randomUUID(), "positionId", UUID.randomUUID(), "slots", 1),
            "post /agencies/{instansi}/imports", "PNS_ID,NIP_BARU\n");

    @Test
    void shouldAnswer404ForEveryOperationOnAnAgencyThatIsNotRegisteredBeforeAnyWorkStarts() throws Exception {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        int checked = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/agencies/{instansi}/")) {
                continue;
            }
            for (String method : path.getValue().keySet()) {
                String operation = method + " " + path.getKey();
                Object body = WRITES.get(operation);
                assertTrue(method.equals("get") || body != null, operation + " needs a valid body in WRITES");
                for (String token : new String[] {TestTokens.of("admin"), TestTokens.of("operator", "NOPE")}) {
                    var request = given().auth().oauth2(token).queryParam("unitId", UUID.randomUUID()); // the seniority list needs one
                    if (body instanceof String csv) {
                        request = request.contentType("text/csv").body(csv);
                    } else if (body != null) {
                        request = request.contentType(ContentType.JSON).body(body);
                    }
                    request.request(method.toUpperCase(Locale.ROOT), path.getKey().replace("{instansi}", "NOPE").replaceAll("\\{[^}]+}",
                                    UUID.randomUUID().toString()))
                            .then().log().ifValidationFails().statusCode(404).contentType("application/problem+json")
                            .body("detail", equalTo("Agency NOPE is not registered (an admin registers it with PUT /agencies/NOPE)."));
                    checked++;
                }
            }
        }
        assertTrue(checked >= 2 * 16, "every agency-scoped operation was asked, " + checked);
        try (Connection c = dataSource.getConnection(); ResultSet rows = c.createStatement()
                .executeQuery("SELECT (SELECT count(*) FROM import_job WHERE instansi = 'NOPE') + (SELECT count(*) FROM unit WHERE instansi = 'NOPE')")) {
            rows.next();
            assertEquals(0, rows.getLong(1), "nothing was started or stored for NOPE");
        }
        // a caller of another agency is refused the agency first, whether or not it is registered: the register stays private
        given().auth().oauth2(TestTokens.of("viewer", "OTHER")).get("/agencies/{instansi}/units", "NOPE").then().statusCode(403);
    }
}
