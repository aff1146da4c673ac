package org.openasn.personnel.agency;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openasn.testing.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AgencyTest {

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
}
