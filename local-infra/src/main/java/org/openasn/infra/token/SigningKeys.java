package org.openasn.infra.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs local tokens: generated on first use, never committed. The services verify
 * tokens with the public key file ({@code mp.jwt.verify.publickey.location}).
 */
public record SigningKeys(PrivateKey privateKey, PublicKey publicKey) {

    public static final String PRIVATE_FILE = "jwt-private.pem";
    public static final String PUBLIC_FILE = "jwt-public.pem";

    public static SigningKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKeys(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** Loads the pair from {@code dir}, generating and storing it (private key readable by owner only) the first time. */
    public static SigningKeys loadOrCreate(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new SigningKeys(rsa.generatePrivate(new PKCS8EncodedKeySpec(pemBody(privateFile))),
                        rsa.generatePublic(new X509EncodedKeySpec(pemBody(publicFile))));
            }
            SigningKeys keys = generate();
            Files.createDirectories(dir);
            Files.writeString(privateFile, pem("PRIVATE KEY", keys.privateKey.getEncoded()), StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(publicFile, keys.publicKeyPem(), StandardCharsets.US_ASCII);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing keys in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("invalid signing keys in " + dir + ": delete them to generate new ones", e);
        }
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] pemBody(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }
}
