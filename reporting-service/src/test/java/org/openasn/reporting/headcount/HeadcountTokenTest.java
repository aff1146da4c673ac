package org.openasn.reporting.headcount;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import org.junit.jupiter.api.Test;
import org.openasn.commons.security.VerifiedTokens;
import org.openasn.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Tokens are verified once and then recognised by their exact text (service-commons {@link VerifiedTokens}): a token
 * that was accepted is accepted again, and nothing about it makes a refused token pass.
 */
@QuarkusTest
class HeadcountTokenTest {

    @Test
    void theServiceVerifiesTokensThroughTheCacheOfVerifiedTokens() {
        assertInstanceOf(VerifiedTokens.class, ClientProxy.unwrap(Arc.container().instance(JWTParser.class).get()));
    }

    @Test
    void anAcceptedTokenIsAcceptedAgainAndItsAlteredOrForgedNeighboursAreRefused() {
        String token = TestTokens.of("admin");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).queryParam("instansi", "NONE").get("/headcounts").then().statusCode(200)
                    .body("grandTotal", equalTo(0));
        }
        int signature = token.lastIndexOf('.') + 1;
        String signatureChanged = token.substring(0, signature) + (token.charAt(signature) == 'A' ? 'B' : 'A') + token.substring(signature + 1);
        given().auth().oauth2(signatureChanged).queryParam("instansi", "NONE").get("/headcounts").then().statusCode(401);
        given().auth().oauth2(TestTokens.forged("admin")).queryParam("instansi", "NONE").get("/headcounts").then().statusCode(401);
        given().auth().oauth2(TestTokens.expired("admin")).queryParam("instansi", "NONE").get("/headcounts").then().statusCode(401);
        given().auth().oauth2(token).queryParam("instansi", "NONE").get("/headcounts").then().statusCode(200);
    }

    @Test
    void rolesStillComeFromTheVerifiedToken() {
        String operator = TestTokens.of("operator", "D110");
        given().auth().oauth2(operator).get("/headcounts").then().statusCode(403);
        given().auth().oauth2(operator).get("/headcounts").then().statusCode(403);
        given().auth().oauth2(operator).queryParam("instansi", "D110").get("/headcounts").then().statusCode(200);
        given().auth().oauth2(operator).queryParam("instansi", "D999").get("/headcounts").then().statusCode(403);
    }
}
