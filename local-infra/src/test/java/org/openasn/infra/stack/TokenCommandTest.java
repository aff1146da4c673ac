package org.openasn.infra.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openasn.infra.token.SigningKeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldSignWithTheDataDirectorysKey() throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(new DataDirectory(dataDir).keys());

        String token = TokenCommand.issue(new TokenRequest(List.of("admin"), null, null, dataDir), Instant.parse("2026-01-05T00:00:00Z"));

        String[] parts = token.split("\\.");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(keys.publicKey());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"admin\"]"), claims);
        assertTrue(claims.contains("\"exp\":" + Instant.parse("2026-01-05T12:00:00Z").getEpochSecond()), claims);
    }

    @Test
    void shouldRefuseWhenTheStackNeverRanInTheDataDirectory() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TokenCommand.issue(new TokenRequest(List.of("admin"), null, null, dataDir), Instant.now()));

        assertTrue(e.getMessage().contains("start the stack once"), e.getMessage());
    }
}
