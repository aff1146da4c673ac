package org.openasn.retirement.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openasn.testing.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Malformed requests to retirement-service: 400 problem+json saying what is wrong (service-commons' filters), never the first value or a null body. */
@QuarkusTest
class MalformedRequestTest {

    @Test
    void shouldRefuseAParameterThatTakesOneValueGivenMoreThanOnce() {
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "X", "Y").get("/forecasts/retirements").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("parameter instansi is given 2 times; it takes one value"))
                .body("violations[0].field", equalTo("instansi"));
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "X").queryParam("years", 1, 5).get("/forecasts/retirements")
                .then().statusCode(400).body("violations[0].field", equalTo("years"));
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "X").queryParam("years", 1).get("/forecasts/retirements")
                .then().statusCode(200);
    }

    @Test
    void shouldSayThatAMissingBodyIsRequiredAndWhatItShouldBe() {
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).post("/bup-rules").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("https://openasn.org/problems/malformed-request"))
                .body("detail", equalTo("The request body is required: a JSON object (AddBupRuleSet)."));
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).queryParam("instansi", "X")
                .post("/forecasts/retirements/what-if").then().statusCode(400)
                .body("detail", equalTo("The request body is required: a JSON object (AddBupRuleSet)."));
    }

    /**
     * A date parameter (LocalDate) of a year outside 1–9999 is a 400 naming it, as QueryValues answers for asOf: JAX-RS read
     * +999999999-12-31, which PostgreSQL cannot hold (a 500), and took 0000-01-01 as a date.
     */
    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "+10000-01-01", "0000-01-01", "-0001-01-01"})
    void shouldRefuseADateParameterOutsideTheFourDigitYears(String date) {
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "X").queryParam("from", "2026-01-01").queryParam("to", date)
                .get("/retirements").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("to")).body("violations[0].message", equalTo("'" + date + "' is not a date yyyy-MM-dd"));
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "X").queryParam("from", date).queryParam("to", "2026-12-31")
                .get("/forecasts/pppk-contracts").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "X").queryParam("from", "2026-01-01").queryParam("to", "9999-12-31")
                .get("/forecasts/pppk-contracts").then().statusCode(200);
    }

    /**
     * An agency filter is checked for its form (decision 8): retirement-service knows agencies only from events, and
     * instansi=' OR 1=1-- or A-B was answered as an agency without employees.
     */
    @Test
    void shouldRefuseAnAgencyThatIsNotAnAgencyCode() {
        for (String instansi : List.of(" ", "' OR 1=1--", "A-B", "X".repeat(21))) {
            for (String path : List.of("/forecasts/retirements", "/retirements", "/retirements/overdue", "/forecasts/pppk-contracts")) {
                given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", instansi).queryParam("from", "2026-01-01")
                        .queryParam("to", "2026-12-31").get(path).then().statusCode(400).contentType("application/problem+json")
                        .body("violations.field", hasItem("instansi"))
                        .body("violations.message", hasItem("must be an agency code (instansi) of 1 to 20 letters and digits"));
            }
        }
    }
}
