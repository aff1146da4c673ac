package org.openasn.system;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.openasn.infra.LocalInfra;
import org.openasn.infra.process.Ports;
import org.openasn.infra.process.RunDirectory;
import org.openasn.infra.stack.ServiceLauncher;
import org.openasn.infra.stack.ServiceProcess;
import org.openasn.infra.stack.ServiceSettings;
import org.openasn.infra.token.SigningKeys;
import org.openasn.infra.token.TokenIssuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Real PostgreSQL and Kafka plus some of the packaged services, each its own process as in production, with a
 * signing key whose tokens they trust. Services are recorded in a run directory, so a killed test JVM's
 * services are reaped by the next run.
 */
final class RunningSystem implements AutoCloseable {

    private final LocalInfra infra;
    private final Path work;
    private final TokenIssuer tokens;
    private final String agency;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private RunningSystem(LocalInfra infra, Path work, TokenIssuer tokens, String agency) {
        this.infra = infra;
        this.work = work;
        this.tokens = tokens;
        this.agency = agency;
    }

    /** @param databases the services to start, by database name: {@code personnel}, {@code retirement}, {@code reporting} */
    static RunningSystem start(String agency, String... databases) {
        LocalInfra infra = LocalInfra.start(LocalInfra.Options.throwaway());
        try {
            Path work = Files.createTempDirectory("openasn-system");
            SigningKeys keys = SigningKeys.loadOrCreate(work.resolve("keys"));
            RunningSystem system = new RunningSystem(infra, work, new TokenIssuer(keys, TokenIssuer.DEFAULT_ISSUER), agency);
            ServiceLauncher launcher = ServiceLauncher.fromRepoRootProperty().recordingIn(RunDirectory.claim(work.resolve("run")));
            Path key = work.resolve("keys").resolve(SigningKeys.PUBLIC_FILE);
            for (String database : databases) {
                system.services.put(database, launcher.start(database + "-service", Ports.free(),
                        ServiceSettings.forLocalInfra(infra, database, key), work));
            }
            for (ServiceProcess service : system.services.values()) {
                service.awaitReady(Duration.ofMinutes(3));
            }
            if (system.services.containsKey("personnel")) {
                // an agency's data is recorded only once it is in the register
                system.as("personnel", "admin").contentType(ContentType.JSON).body(Map.of("name", "Instansi " + agency, "level", "KOTA"))
                        .put("/agencies/{instansi}", agency).then().statusCode(201);
            }
            return system;
        } catch (IOException e) {
            infra.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
    }

    LocalInfra infra() {
        return infra;
    }

    /** A request to one service (by database name) with a token of {@code role} for the system's agency. */
    RequestSpecification as(String database, String role) {
        String token = tokens.issue("it-" + role, List.of(role), agency, null, Instant.now(), Duration.ofHours(1));
        return given().baseUri(services.get(database).baseUrl()).auth().oauth2(token);
    }

    @Override
    public void close() {
        for (ServiceProcess service : services.values()) {
            service.close();
        }
        infra.close();
        RunDirectory.deleteRecursively(work);
        RunDirectory.deleteRecursively(infra.dir());
    }
}
