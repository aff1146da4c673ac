package org.openasn.personnel.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.openasn.personnel.support.Fixtures;
import org.openasn.testing.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Malformed requests found by probing the running stack: each is a 400 problem+json naming what is wrong, never a 500 or
 * a bare 404 (the mappers and filters are service-commons', shared by the three services).
 */
@QuarkusTest
class MalformedRequestTest {

    private static ValidatableResponse search(String parameter, String value) {
        return given().auth().oauth2(TestTokens.of("admin")).urlEncodingEnabled(true).queryParam(parameter, value)
                .get("/agencies/{instansi}/employees", TestTokens.AGENCY).then();
    }

    private static void assertInvalid(ValidatableResponse response, String field, String message) {
        response.statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field)).body("violations[0].message", containsString(message));
    }

    @Test
    void shouldRefuseTheNulCharacterInQueryPathAndBodyBeforeItReachesPostgresql() {
        assertInvalid(search("name", "a\u0000b"), "name", "NUL");
        assertInvalid(given().auth().oauth2(TestTokens.of("admin")).get("/agencies/{instansi}", "A\u0000B").then(), "instansi", "NUL");
        assertInvalid(given().auth().oauth2(TestTokens.of("admin")).get("/employees/{nip}", "1984\u0000").then(), "nip", "NUL");

        assertInvalid(given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON)
                .body("{\"name\":\"Kota\\u0000Nul\",\"level\":\"KOTA\"}").put("/agencies/{instansi}", "KNUL").then(), "name", "NUL");
        given().auth().oauth2(TestTokens.of("admin")).get("/agencies/{instansi}", "KNUL").then().statusCode(404);
    }

    @Test
    void shouldRefuseAPageWhoseFirstRowIsBeyondWhatTheDatabaseCanSkip() {
        assertInvalid(given().auth().oauth2(TestTokens.of("admin")).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .get("/agencies/{instansi}/employees", TestTokens.AGENCY).then(), "page", "at most 10737418");
        assertInvalid(given().auth().oauth2(TestTokens.of("admin")).queryParam("page", Integer.MAX_VALUE)
                .get("/admin/events/dead-letters").then(), "page", "at most");
    }

    @Test
    void shouldNameAQueryParameterThatIsNotOfItsType() {
        assertInvalid(search("size", "abc"), "size", "'abc' is not a whole number");
        assertInvalid(search("page", "99999999999999999999"), "page", "is not a whole number");
        assertInvalid(search("unitId", "notauuid"), "unitId", "'notauuid' is not a UUID");
        assertInvalid(search("inService", "maybe"), "inService", "'maybe' is not true or false");
        assertInvalid(search("includeSubUnits", "yes"), "includeSubUnits", "'yes' is not true or false");
        search("inService", "TRUE").statusCode(200);
    }

    @Test
    void shouldRefuseAParameterThatTakesOneValueGivenMoreThanOnce() {
        given().auth().oauth2(TestTokens.of("admin")).queryParam("size", 5, 50).queryParam("asOf", "2026-01-01", "2025-01-01")
                .get("/agencies/{instansi}/employees", TestTokens.AGENCY).then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("parameter asOf is given 2 times; it takes one value; parameter size is given 2 times; it takes one value"))
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("size", "asOf"));
        given().auth().oauth2(TestTokens.of("admin")).queryParam("knownAt", "2026-01-01", "2026-01-01", "2026-01-02")
                .get("/employees/{nip}", "199001012015031001").then().statusCode(400)
                .body("detail", equalTo("parameter knownAt is given 3 times; it takes one value"));
        search("size", "5").statusCode(200);
    }

    @Test
    void shouldSayThatAMissingBodyIsRequiredAndWhatItShouldBe() {
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).put("/agencies/{instansi}", "KEMPTY").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://openasn.org/problems/malformed-request"))
                .body("detail", equalTo("The request body is required: a JSON object (AgencyDetails)."));
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).post("/agencies/{instansi}/units", TestTokens.AGENCY)
                .then().statusCode(400).body("detail", startsWith("The request body is required: a JSON object ("));
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).put("/employees/{nip}/supervisor", "199001012015031001")
                .then().statusCode(400).body("detail", startsWith("The request body is required: a JSON object ("));
        given().auth().oauth2(TestTokens.of("admin")).get("/agencies/{instansi}", "KEMPTY").then().statusCode(404);
    }

    @Test
    void shouldSayThatANullBodyIsNotTheObjectRequired() {
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body("null").put("/agencies/{instansi}", "KNULL").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://openasn.org/problems/malformed-request"))
                .body("detail", equalTo("The request body is required: a JSON object (AgencyDetails), not null."));
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(" null ")
                .put("/employees/{nip}/supervisor", "199001012015031001")
                .then().statusCode(400).body("detail", startsWith("The request body is required: a JSON object ("));
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body("{\"name\": null}").put("/agencies/{instansi}", "KNULL")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", org.hamcrest.Matchers.hasItems("name", "level"));
        given().auth().oauth2(TestTokens.of("admin")).get("/agencies/{instansi}", "KNULL").then().statusCode(404);
    }

    @Test
    void shouldAnswer404NamingAPathParameterThatIsNotOfItsType() {
        given().auth().oauth2(TestTokens.of("admin")).get("/imports/{id}", "notauuid").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("'notauuid' is not a UUID"));
    }

    @Test
    void shouldExplainABodyThatIsNotJson() {
        for (String body : new String[] {"{", "{\"name\":", "{\"name\":\"x\",}", "abc"}) {
            given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body(body).put("/agencies/{instansi}", "KJSON")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://openasn.org/problems/malformed-request"))
                    .body("detail", startsWith("The body is not valid JSON: "));
        }
    }

    @Test
    void shouldSayWhatAMalformedBodyValueShouldLookLikeWithoutNamingJavaClasses() {
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body("{\"name\":\"Kota\",\"level\":\"GALAXY\"}")
                .put("/agencies/{instansi}", "KGALAXY").then().statusCode(400).body("violations[0].field", equalTo("level"))
                .body("violations[0].message", equalTo("'GALAXY' is not one of [PUSAT, PROVINSI, KABUPATEN, KOTA]"));
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body("{\"person\":{\"birthDate\":\"1990-02-30\"}}")
                .post("/agencies/{instansi}/employees", TestTokens.AGENCY).then().statusCode(400)
                .body("violations[0].field", equalTo("person.birthDate"))
                .body("violations[0].message", equalTo("'1990-02-30' is not a date yyyy-MM-dd"))
                .body("detail", not(containsString("java.")));
    }

    /**
     * A body's date of a year outside 1–9999 is a 400 naming the field: ISO parsing read +999999999-12-31, and a formasi
     * valid from then failed its insert in PostgreSQL (date out of range), a 500.
     */
    @Test
    void shouldRefuseABodyDateOutsideTheFourDigitYears() {
        for (String date : List.of("+999999999-12-31", "+10000-01-01", "0000-01-01", "-0001-01-01")) {
            given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON)
                    .body(Map.of("unitId", UUID.randomUUID(), "positionId", UUID.randomUUID(), "slots", 1, "validFrom", date))
                    .put("/agencies/{instansi}/formasi", TestTokens.AGENCY).then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("validFrom"))
                    .body("violations[0].message", equalTo("'" + date + "' is not a date yyyy-MM-dd"));
            given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON)
                    .body(Map.of("code", "Y" + date.hashCode(), "name", "Dinas", "validFrom", date))
                    .post("/agencies/{instansi}/units", TestTokens.AGENCY).then().statusCode(400)
                    .body("violations[0].field", equalTo("validFrom"));
        }
    }

    /**
     * A value of another kind does not stand for a date, a whole number or a choice: a number was a count of days since
     * 1970 (2147483648 the year 5881580, a 500 at the formasi's insert), 1.5 slots were 1, an empty list order cleared
     * it, and level 0 was PUSAT.
     */
    @Test
    void shouldRefuseAValueOfAnotherKindForADateANumberOrAChoice() {
        String unit = Fixtures.unit();
        Map<String, Object> formasi = Map.of("unitId", UUID.randomUUID(), "positionId", UUID.randomUUID(), "slots", 1);
        for (Object date : List.of(-1, 2147483648L, List.of(), "", " ")) {
            Map<String, Object> body = new java.util.HashMap<>(formasi);
            body.put("validFrom", date);
            given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body(body)
                    .put("/agencies/{instansi}/formasi", TestTokens.AGENCY).then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("validFrom"));
        }
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body(Map.of("unitId", UUID.randomUUID(),
                        "positionId", UUID.randomUUID(), "slots", 1.5)).put("/agencies/{instansi}/formasi", TestTokens.AGENCY).then()
                .statusCode(400).body("violations[0].field", equalTo("slots"))
                .body("violations[0].message", equalTo("'1.5' is not a whole number (at most 2147483647)"));
        for (String order : List.of("", " ")) {
            given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body(Map.of("listOrder", order))
                    .put("/agencies/{instansi}/units/{id}/classification", TestTokens.AGENCY, unit).then().statusCode(400)
                    .body("violations[0].field", equalTo("listOrder"));
        }
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body("{\"name\":\"Kota\",\"level\":0}")
                .put("/agencies/{instansi}", "KLEVEL").then().statusCode(400).body("violations[0].field", equalTo("level"))
                .body("violations[0].message", equalTo("'0' is not one of [PUSAT, PROVINSI, KABUPATEN, KOTA]"));
    }

    @Test
    void shouldSayWhatShapeTheBodyOrAFieldShouldHave() {
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body("[]").put("/agencies/{instansi}", "KSHAPE")
                .then().statusCode(400).body("detail", equalTo("The body has the wrong shape: expected an object, got array"));
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body("{\"name\":[\"a\"],\"level\":\"KOTA\"}")
                .put("/agencies/{instansi}", "KSHAPE").then().statusCode(400).body("violations[0].field", equalTo("name"))
                .body("violations[0].message", equalTo("expected a string, got array"));
    }

    @Test
    void shouldRefuseAFieldTheRequestDoesNotHaveNamingTheFieldsItHas() {
        // "regioncode" for "regionCode": ignored, the agency would have been registered without its region
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON)
                .body("{\"name\":\"Kota Uji\",\"level\":\"KOTA\",\"regioncode\":\"18.72\"}").put("/agencies/{instansi}", "KFIELD")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("regioncode"))
                .body("detail", equalTo("regioncode: is not a known field; the fields there are level, name, regionCode, siasnInstansiId"));
        given().auth().oauth2(TestTokens.of("admin")).get("/agencies/{instansi}", "KFIELD").then().statusCode(404);
    }

    @Test
    void shouldDocumentTheStatusCodesThatComeBack() {
        var paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        for (String path : new String[] {"'/agencies/{instansi}/employees'.get", "'/imports/{id}/issues'.get", "'/changes'.get",
                "'/admin/events/dead-letters'.get", "'/agencies/{instansi}/imports'.post", "'/agencies/{instansi}'.put"}) {
            org.hamcrest.MatcherAssert.assertThat(path, paths.getMap("paths." + path + ".responses"), hasKey("400"));
        }
        for (String path : new String[] {"'/employees/{nip}'.get", "'/imports/{id}'.get", "'/agencies/{instansi}'.get",
                "'/employees/{nip}/history'.get", "'/agencies/{instansi}/units'.post", "'/agencies/{instansi}/imports'.post"}) {
            org.hamcrest.MatcherAssert.assertThat(path, paths.getMap("paths." + path + ".responses"), hasKey("404"));
        }
    }
}
