package org.openasn.retirement.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openasn.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Malformed requests to retirement-service: 400 problem+json saying what is wrong (service-commons' filters), never the first of two values. */
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
}
