package org.openasn.testing;

import org.openasn.infra.token.SigningKeys;
import org.openasn.infra.token.TokenIssuer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Real RS256 tokens for tests, signed with a key pair made once per test JVM; {@link LocalInfraTestResource}
 * hands its public key to the service under test.
 */
public final class TestTokens {

    /** The agency of test operators unless a test names another. */
    public static final String AGENCY = "D110";

    private static final SigningKeys KEYS = SigningKeys.generate();
    private static final TokenIssuer ISSUER = new TokenIssuer(KEYS, TokenIssuer.DEFAULT_ISSUER);

    private TestTokens() {
    }

    /** A token with one role, for a user of {@link #AGENCY}. */
    public static String of(String role) {
        return of(role, AGENCY);
    }

    public static String of(String role, String instansi) {
        return ISSUER.issue("test-" + role, List.of(role), instansi, null, Instant.now(), Duration.ofHours(1));
    }

    /** A token of the {@code self} role for the employee with this NIP. */
    public static String self(String nip) {
        return ISSUER.issue("employee-" + nip, List.of("self"), AGENCY, nip, Instant.now(), Duration.ofHours(1));
    }

    /** A token that expired an hour ago. */
    public static String expired(String role) {
        return ISSUER.issue("test-" + role, List.of(role), AGENCY, null, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
    }

    /** A token signed by a key the services do not trust. */
    public static String forged(String role) {
        return new TokenIssuer(SigningKeys.generate(), TokenIssuer.DEFAULT_ISSUER)
                .issue("intruder", List.of(role), AGENCY, null, Instant.now(), Duration.ofHours(1));
    }

    static String publicKeyPem() {
        return KEYS.publicKeyPem();
    }
}
