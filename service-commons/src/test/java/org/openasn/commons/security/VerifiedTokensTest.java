package org.openasn.commons.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    /** Stands for smallrye-jwt's verification: tokens "exp:<seconds>" are valid until then, anything else is refused. */
    private final List<String> verifications = new ArrayList<>();
    private final VerifiedTokens tokens = new VerifiedTokens();
    private long now = 1_000;

    @BeforeEach
    void setUp() {
        tokens.verifier = new DefaultJWTParser() {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                verifications.add(token);
                if (!token.startsWith("exp:")) {
                    throw new ParseException("not signed by a trusted key");
                }
                long exp = Long.parseLong(token.substring(4).split("#")[0]);
                if (exp <= now) {
                    throw new ParseException("expired");
                }
                return new Token(token, exp);
            }
        };
        tokens.capacity = 3;
        tokens.epochSecond = () -> now;
    }

    @Test
    void aTokenIsVerifiedOnceAndServedUntilItsExpiry() throws ParseException {
        JsonWebToken first = tokens.parse("exp:1060");
        now = 1_059;
        assertSame(first, tokens.parse("exp:1060"));
        assertEquals(List.of("exp:1060"), verifications);
        now = 1_060;
        assertThrows(ParseException.class, () -> tokens.parse("exp:1060"), "at its exp the token is verified again, and refused");
        assertEquals(List.of("exp:1060", "exp:1060"), verifications);
        assertEquals(0, tokens.size());
    }

    @Test
    void aRefusedTokenIsVerifiedEveryTime() {
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertEquals(List.of("forged", "forged"), verifications);
        assertEquals(0, tokens.size());
    }

    @Test
    void onlyTheExactTextIsRecognised() throws ParseException {
        tokens.parse("exp:2000#a");
        tokens.parse("exp:2000#b");
        assertEquals(List.of("exp:2000#a", "exp:2000#b"), verifications);
    }

    @Test
    void theCacheIsBoundedExpiredTokensGoingFirst() throws ParseException {
        tokens.parse("exp:1010");
        tokens.parse("exp:2000#a");
        tokens.parse("exp:2000#b");
        now = 1_010;
        tokens.parse("exp:2000#c");
        assertEquals(3, tokens.size(), "the expired token made room");
        tokens.parse("exp:2000#d");
        assertTrue(tokens.size() <= 3);
        verifications.clear();
        tokens.parse("exp:2000#d");
        assertEquals(List.of(), verifications, "the newest token is kept");
    }

    @Test
    void aCapacityOfZeroKeepsNothing() throws ParseException {
        tokens.capacity = 0;
        tokens.parse("exp:2000");
        tokens.parse("exp:2000");
        assertEquals(2, verifications.size());
    }

    private record Token(String raw, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return raw;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) Map.of("exp", (Object) exp).get(claimName);
        }
    }
}
