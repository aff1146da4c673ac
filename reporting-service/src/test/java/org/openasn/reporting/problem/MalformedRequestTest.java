package org.openasn.reporting.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openasn.testing.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Malformed requests to reporting-service found by probing the running stack: 400 problem+json naming the parameter, never a 500. */
@QuarkusTest
class MalformedRequestTest {

    @Test
    void shouldNameTheMalformedParameter() {
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "X").get("/headcounts").then().statusCode(200)
                .body("rollUp", equalTo(false));
        given().auth().oauth2(TestTokens.of("admin")).queryParams("instansi", "X", "rollUp", "").get("/headcounts").then().statusCode(200);
        given().auth().oauth2(TestTokens.of("admin")).queryParams("instansi", "X", "rollUp", "TRUE").get("/headcounts").then().statusCode(200)
                .body("rollUp", equalTo(true));
        given().auth().oauth2(TestTokens.of("admin")).queryParams("instansi", "X", "rollUp", "1").get("/headcounts").then().statusCode(200)
                .body("rollUp", equalTo(true));
        given().auth().oauth2(TestTokens.of("admin")).queryParams("instansi", "X", "rollUp", "maybe").get("/headcounts").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("rollUp"))
                .body("violations[0].message", equalTo("'maybe' is not true or false"));
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "A\u0000B").get("/units").then()
                .statusCode(400).body("violations[0].field", equalTo("instansi")).body("violations[0].message", containsString("NUL"));
        given().auth().oauth2(TestTokens.of("admin")).queryParams("instansi", "A\u0000B", "month", "2025-12").get("/headcounts/flows").then()
                .statusCode(400).body("violations[0].field", equalTo("instansi"));
        given().auth().oauth2(TestTokens.of("admin")).queryParam("page", Integer.MAX_VALUE).get("/admin/events/dead-letters").then()
                .statusCode(400).body("violations[0].field", equalTo("page"));
    }

    /**
     * An agency filter is checked for its form (decision 8): a blank code, punctuation or more than 20 characters named no
     * agency and was answered as one without employees.
     */
    @Test
    void shouldRefuseAnAgencyThatIsNotAnAgencyCode() {
        for (String instansi : List.of(" ", "' OR 1=1--", "A-B", "X".repeat(21))) {
            for (String path : List.of("/headcounts", "/headcounts/flows", "/headcounts/flows/cells", "/units", "/profile/tables/3.1")) {
                var request = given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", instansi);
                if (!path.equals("/headcounts") && !path.equals("/units")) {
                    request.queryParam("month", "2025-12");
                }
                request.get(path).then().statusCode(400).contentType("application/problem+json")
                        .body("violations.field", hasItem("instansi"))
                        .body("violations.message", hasItem("must be an agency code (instansi) of 1 to 20 letters and digits"));
            }
        }
        given().auth().oauth2(TestTokens.of("admin")).queryParam("month", "2025-12").get("/headcounts/flows/cells").then().statusCode(200);
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "X".repeat(20)).get("/units").then().statusCode(200);
    }

    @Test
    void shouldRefuseAParameterOrFilterThatTakesOneValueGivenMoreThanOnce() {
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "X", "Y").get("/headcounts").then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("parameter instansi is given 2 times; it takes one value"));
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "X").queryParam("month", "2025-12", "2025-11")
                .get("/profile/tables/{number}", "3.1").then().statusCode(400).body("violations[0].field", equalTo("month"));
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "X").queryParam("gender", "L", "P").get("/headcounts").then()
                .statusCode(400).body("violations[0].field", equalTo("gender"))
                .body("violations[0].message", equalTo("is given 2 times; it takes one value"));
    }

    @Test
    void shouldSayThatATokenNamesNoAgency() {
        given().auth().oauth2(TestTokens.of("viewer", null)).queryParam("instansi", "X").get("/profile/tables/{number}", "3.1").then()
                .statusCode(403).body("detail", equalTo("Your token names no agency (no instansi claim); it gives no access to agency X."));
    }

    @Test
    void shouldDocumentTheStatusCodesThatComeBack() {
        var openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertTrue(openApi.getMap("paths.'/profile/tables/{number}'.get.responses").keySet().containsAll(List.of("200", "400", "404")));
        assertTrue(openApi.getMap("paths.'/headcounts'.get.responses").containsKey("400"));
        assertTrue(openApi.getMap("paths.'/headcounts/flows'.get.responses").containsKey("400"));
        assertTrue(openApi.getMap("paths.'/admin/read-model/rebuild'.post.responses").keySet().containsAll(List.of("202", "409")),
                "the rebuild documents what it answers");
    }
}
