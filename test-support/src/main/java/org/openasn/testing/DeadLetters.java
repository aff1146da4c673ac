package org.openasn.testing;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** What the running service has dead-lettered, as its admin endpoint lists it. */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** The dead letters of the service under test (up to 500): each with its key, event id, reason and payload. */
    public static List<Map<String, Object>> received() {
        return given().auth().oauth2(TestTokens.of("admin")).queryParam("size", 500).get("/admin/events/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
