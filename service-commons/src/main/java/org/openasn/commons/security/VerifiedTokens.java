package org.openasn.commons.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The bearer-token parser every endpoint's authentication uses, verifying each token once: a token that smallrye-jwt
 * verified (signature, issuer, expiry, the same checks as before) is kept, keyed by its exact text, and the next request
 * bearing the same text gets the verified token back until its {@code exp}; from then on, or for a token never seen, the
 * full verification runs again. A client sends the same token for as long as it is valid, so a request no longer pays
 * for decoding the token, checking its RSA signature and parsing its claims (see docs/benchmarks.md, "Fixed cost of a
 * request"). Only tokens that passed verification are kept, so a forged or expired token is refused exactly as before.
 * The services check no token age other than {@code exp} (no {@code smallrye.jwt.verify.max-token-age}); a token is kept
 * no longer than its {@code exp} (the verifier alone adds its clock skew after it).
 * <p>
 * At most {@code asn.security.verified-tokens} tokens are kept (0: none): when full, expired ones are dropped, and if
 * that frees nothing everything is forgotten (they are verified again on their next use).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    @Inject
    DefaultJWTParser verifier;
    @ConfigProperty(name = "asn.security.verified-tokens", defaultValue = "1000")
    int capacity;
    /** Seconds since the epoch, as {@code exp} counts them. */
    LongSupplier epochSecond = () -> System.currentTimeMillis() / 1000;

    private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = epochSecond.getAsLong();
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (now < expiry(known)) {
                return known;
            }
            verified.remove(token, known);
        }
        JsonWebToken parsed = verifier.parse(token);
        keep(token, parsed, now);
        return parsed;
    }

    /** How many verified tokens are kept now. */
    int size() {
        return verified.size();
    }

    private void keep(String token, JsonWebToken parsed, long now) {
        if (capacity <= 0 || expiry(parsed) <= now) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(t -> expiry(t) <= now);
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, parsed);
    }

    /** The token's {@code exp} in seconds since the epoch; 0 (never kept) when it has none. */
    private static long expiry(JsonWebToken token) {
        Object exp = token.getClaim(Claims.exp.name());
        return exp instanceof Number seconds ? seconds.longValue() : 0;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
