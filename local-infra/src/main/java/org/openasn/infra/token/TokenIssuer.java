package org.openasn.infra.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Issues RS256-signed JWTs as an identity provider would, for the local stack and the tests. Claims:
 * {@code iss}, {@code sub}, {@code upn}, {@code groups} (the roles), {@code instansi} (the caller's agency,
 * which limits what an operator may change), optionally {@code nip} (for the {@code self} role),
 * {@code iat}, {@code exp}, {@code jti}.
 */
public final class TokenIssuer {

    /** The issuer the services expect by default ({@code mp.jwt.verify.issuer}). */
    public static final String DEFAULT_ISSUER = "https://openasn.local/issuer";

    private final SigningKeys keys;
    private final String issuer;

    public TokenIssuer(SigningKeys keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    /**
     * @param subject  the user name
     * @param roles    {@code admin}, {@code operator}, {@code viewer}, {@code integration}, {@code self}
     * @param instansi the agency code, or {@code null} for a national user
     * @param nip      the caller's own NIP, or {@code null}
     */
    public String issue(String subject, List<String> roles, String instansi, String nip, Instant now, Duration validity) {
        List<String> claims = new ArrayList<>();
        claims.add(field("iss", issuer));
        claims.add(field("sub", subject));
        claims.add(field("upn", subject));
        claims.add("\"groups\":[" + String.join(",", roles.stream().map(TokenIssuer::quote).toList()) + "]");
        if (instansi != null) {
            claims.add(field("instansi", instansi));
        }
        if (nip != null) {
            claims.add(field("nip", nip));
        }
        claims.add("\"iat\":" + now.getEpochSecond());
        claims.add("\"exp\":" + now.plus(validity).getEpochSecond());
        claims.add(field("jti", UUID.randomUUID().toString()));
        String signingInput = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64("{" + String.join(",", claims) + "}");
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.privateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String field(String name, String value) {
        return quote(name) + ":" + quote(value);
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
