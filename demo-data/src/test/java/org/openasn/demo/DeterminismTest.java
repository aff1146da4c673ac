package org.openasn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Same seed, byte-identical file; another seed, another file. */
class DeterminismTest {

    @Test
    void shouldWriteTheSameCityForTheSameSeed() throws Exception {
        assertEquals(cityHash(7), cityHash(7));
        assertNotEquals(cityHash(7), cityHash(8));
    }

    @Test
    void shouldWriteTheSameNationalFileForTheSameSeed() throws Exception {
        assertEquals(nationalHash(3), nationalHash(3));
        assertNotEquals(nationalHash(3), nationalHash(4));
    }

    private static String cityHash(long seed) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            CityDataset.generate(seed).writeCsv(out);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String nationalHash(long seed) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            NationalDataset.of(40_000, 25, seed).writeCsv(out);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
