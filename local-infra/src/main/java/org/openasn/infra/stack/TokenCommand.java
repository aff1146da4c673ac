package org.openasn.infra.stack;

import org.openasn.infra.token.SigningKeys;
import org.openasn.infra.token.TokenIssuer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** {@code ./stack token}: a JWT signed with the data directory's key, which the stack's services trust. */
final class TokenCommand {

    /** How long a local token is valid. */
    static final Duration VALIDITY = Duration.ofHours(12);

    private TokenCommand() {
    }

    static String issue(TokenRequest request, Instant now) {
        Path keys = new DataDirectory(request.dataDir()).keys();
        if (!Files.isRegularFile(keys.resolve(SigningKeys.PRIVATE_FILE)) || !Files.isRegularFile(keys.resolve(SigningKeys.PUBLIC_FILE))) {
            throw new IllegalStateException("no signing key in " + keys + ": start the stack once with this data directory (./stack up"
                    + (request.dataDir().endsWith(StackArguments.DEFAULT_DATA_DIR) ? "" : " --data-dir " + request.dataDir()) + ")");
        }
        TokenIssuer issuer = new TokenIssuer(SigningKeys.loadOrCreate(keys), TokenIssuer.DEFAULT_ISSUER);
        return issuer.issue(request.subject(), request.roles(), request.agency(), request.nip(), now, VALIDITY);
    }
}
