package org.openasn.infra.stack;

import org.openasn.infra.LocalInfra;
import org.openasn.infra.token.TokenIssuer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The settings a service needs to run against {@link LocalInfra}, as system properties for {@link ServiceLauncher}. */
public final class ServiceSettings {

    private ServiceSettings() {
    }

    /**
     * Database, Kafka and token verification.
     *
     * @param database      the service's database, one of {@link LocalInfra#DATABASES}
     * @param publicKeyFile the PEM file of the key that signs tokens ({@code SigningKeys.PUBLIC_FILE})
     */
    public static Map<String, String> forLocalInfra(LocalInfra infra, String database, Path publicKeyFile) {
        if (!LocalInfra.DATABASES.contains(database)) {
            throw new IllegalArgumentException("database must be one of " + LocalInfra.DATABASES + ", was " + database);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database));
        settings.put("quarkus.datasource.username", infra.postgres().user());
        settings.put("quarkus.datasource.password", infra.postgres().password());
        settings.put("kafka.bootstrap.servers", infra.kafka().bootstrapServers());
        settings.put("mp.jwt.verify.publickey.location", publicKeyFile.toAbsolutePath().toString());
        settings.put("mp.jwt.verify.issuer", TokenIssuer.DEFAULT_ISSUER);
        return settings;
    }
}
