package org.openasn.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.openasn.infra.LocalInfra;
import org.openasn.infra.token.TokenIssuer;

import java.util.Map;

/**
 * Points the service under test at real PostgreSQL and Kafka, started once per test JVM by
 * {@link LocalInfra#shared()} and stopped by its shutdown hook. Takes the service's database name as the
 * {@code database} init argument:
 * <pre>
 * &#64;WithTestResource(value = LocalInfraTestResource.class, scope = TestResourceScope.GLOBAL,
 *         initArgs = &#64;ResourceArg(name = "database", value = "personnel"))
 * </pre>
 */
public class LocalInfraTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null || !LocalInfra.DATABASES.contains(database)) {
            throw new IllegalArgumentException("init argument 'database' must be one of " + LocalInfra.DATABASES + ", was " + database);
        }
    }

    @Override
    public Map<String, String> start() {
        LocalInfra infra = LocalInfra.shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database),
                "quarkus.datasource.username", infra.postgres().user(),
                "quarkus.datasource.password", infra.postgres().password(),
                "kafka.bootstrap.servers", infra.kafka().bootstrapServers(),
                "mp.jwt.verify.publickey", TestTokens.publicKeyPem(),
                "mp.jwt.verify.issuer", TokenIssuer.DEFAULT_ISSUER);
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM; LocalInfra's shutdown hook stops it
    }
}
