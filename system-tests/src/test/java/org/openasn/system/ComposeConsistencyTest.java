package org.openasn.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openasn.infra.LocalInfra;
import org.openasn.infra.token.TokenIssuer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * docker-compose.yml can't be started here (no Docker engine), so this test checks, without Docker, that it
 * agrees with the code: each service's Dockerfile, port, database, Kafka address, environment variables and
 * health check. Each test collects every mismatch and fails with all of them, each naming the file and key.
 */
class ComposeConsistencyTest {

    private static final List<String> SERVICES = List.of("personnel-service", "retirement-service", "reporting-service");

    /**
     * Runtime keys that the applications read but that neither application.properties nor the commons defaults
     * set (they differ per deployment), with who reads them. An environment variable must map to one of these
     * or to a key in those files.
     */
    private static final Map<String, String> RUNTIME_KEYS = Map.of(
            "quarkus.datasource.jdbc.url", "quarkus-agroal/quarkus-jdbc-postgresql: the service's database",
            "quarkus.datasource.username", "quarkus-agroal: database user",
            "quarkus.datasource.password", "quarkus-agroal: database password",
            "kafka.bootstrap.servers", "quarkus-kafka-client (Kafka health check) and service-commons EventsConfig "
                    + "(asn.events.bootstrap-servers defaults to ${kafka.bootstrap.servers})",
            "mp.jwt.verify.publickey.location", "quarkus-smallrye-jwt: the PEM or JWKS that verifies bearer tokens");

    /** The port of the postgres image (PGPORT is not changed). */
    private static final int POSTGRES_PORT = 5432;
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::?([-?])([^}]*))?}");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?/]+)(?:\\?.*)?");
    private static final Pattern LOOPBACK_PORT = Pattern.compile("(?:127\\.0\\.0\\.1|localhost)[:/](\\d+)");
    private static final Pattern OPTION_PORT = Pattern.compile("(?:^|\\s)(?:-p|--port)[ =](\\d+)");
    private static final Pattern CREATE_DATABASE = Pattern.compile("CREATE\\s+DATABASE\\s+\"?(\\w+)\"?", Pattern.CASE_INSENSITIVE);

    private static Path root;
    private static JsonNode compose;
    private static Properties commonsDefaults;

    @BeforeAll
    static void readCompose() throws IOException {
        root = repositoryRoot();
        compose = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("docker-compose.yml").toFile());
        commonsDefaults = properties(root.resolve("service-commons/src/main/resources/META-INF/microprofile-config.properties"));
    }

    @Test
    void shouldBuildEachServiceFromItsJvmDockerfile() {
        List<String> problems = new ArrayList<>();
        for (String name : SERVICES) {
            Optional<JsonNode> service = service(name, problems);
            if (service.isEmpty()) {
                continue;
            }
            JsonNode build = service.get().path("build");
            String context = build.isTextual() ? build.asText() : build.path("context").asText("");
            if (!root.resolve(context).normalize().equals(root.resolve(name))) {
                problems.add(name + ": build context is '" + context + "', expected ./" + name);
                continue;
            }
            String dockerfile = build.path("dockerfile").asText("Dockerfile");
            Path file = root.resolve(context).resolve(dockerfile).normalize();
            if (!Files.isRegularFile(file)) {
                problems.add(name + ": build.dockerfile " + dockerfile + " does not exist (" + root.relativize(file) + ")");
                continue;
            }
            String text = read(file);
            if (!Pattern.compile("(?m)^FROM\\s+eclipse-temurin:17-jre\\s*$").matcher(text).find()) {
                problems.add(name + ": " + root.relativize(file) + " is not FROM eclipse-temurin:17-jre");
            }
            for (String part : List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/", "target/quarkus-app/quarkus/")) {
                if (!Pattern.compile("(?m)^COPY\\s+(--\\S+\\s+)*" + Pattern.quote(part) + "\\s").matcher(text).find()) {
                    problems.add(name + ": " + root.relativize(file) + " does not COPY " + part + " (the Quarkus fast-jar layout)");
                }
            }
            Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(text);
            String lastUser = null;
            while (user.find()) {
                lastUser = user.group(1);
            }
            if (lastUser == null || lastUser.equals("root") || lastUser.equals("0") || lastUser.startsWith("0:") || lastUser.startsWith("root:")) {
                problems.add(name + ": " + root.relativize(file) + " must end with a non-root USER, has " + lastUser);
            }
            if (!Pattern.compile("(?m)^ENV\\s+JAVA_OPTS[= ]").matcher(text).find() || !text.contains("${JAVA_OPTS}")) {
                problems.add(name + ": " + root.relativize(file) + " must set a JAVA_OPTS default and pass it to java");
            }
            if (service.get().path("restart").asText("").isEmpty()) {
                problems.add(name + ": no restart policy");
            }
        }
        assertNone(problems);
    }

    @Test
    void shouldUseOnePortPerServiceEverywhere() {
        List<String> problems = new ArrayList<>();
        for (String name : SERVICES) {
            Optional<JsonNode> service = service(name, problems);
            if (service.isEmpty()) {
                continue;
            }
            Path propertiesFile = applicationProperties(name);
            String configured = prodValue(properties(propertiesFile), "quarkus.http.port");
            String env = environment(service.get()).get("QUARKUS_HTTP_PORT");
            if (configured == null) {
                problems.add(name + ": quarkus.http.port is not set in " + root.relativize(propertiesFile));
                continue;
            }
            if (!configured.equals(env)) {
                problems.add(name + ": QUARKUS_HTTP_PORT=" + env + " in docker-compose.yml but quarkus.http.port=" + configured
                        + " in " + root.relativize(propertiesFile));
            }
            Path dockerfile = root.resolve(name).resolve(service.get().path("build").path("dockerfile").asText("Dockerfile"));
            Set<String> exposed = new TreeSet<>();
            if (Files.isRegularFile(dockerfile)) {
                Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(.+)$").matcher(read(dockerfile));
                while (expose.find()) {
                    for (String port : expose.group(1).trim().split("\\s+")) {
                        exposed.add(port.replaceFirst("/tcp$", ""));
                    }
                }
            }
            if (!exposed.equals(Set.of(configured))) {
                problems.add(name + ": " + root.relativize(dockerfile) + " EXPOSEs " + exposed + " but quarkus.http.port=" + configured);
            }
            List<int[]> ports = publishedPorts(service.get());
            if (ports.isEmpty()) {
                problems.add(name + ": publishes no port; expected \"" + configured + ":" + configured + "\"");
            }
            for (int[] port : ports) {
                if (port[0] != Integer.parseInt(configured) || port[1] != Integer.parseInt(configured)) {
                    problems.add(name + ": publishes " + port[0] + " → container port " + port[1] + "; both must be quarkus.http.port=" + configured);
                }
            }
        }
        assertNone(problems);
    }

    @Test
    void shouldGiveEachServiceItsOwnDatabaseCreatedByTheInitScript() {
        List<String> problems = new ArrayList<>();
        JsonNode postgres = compose.path("services").path("postgres");
        Map<String, String> postgresEnv = environment(postgres);
        Path initScript = initScript(postgres, problems);
        Set<String> created = new LinkedHashSet<>();
        if (initScript != null) {
            Matcher matcher = CREATE_DATABASE.matcher(read(initScript));
            while (matcher.find()) {
                created.add(matcher.group(1));
            }
            if (!created.equals(new LinkedHashSet<>(LocalInfra.DATABASES))) {
                problems.add(root.relativize(initScript) + " creates databases " + created + "; ./stack and the tests use "
                        + LocalInfra.DATABASES);
            }
        }
        for (String name : SERVICES) {
            Optional<JsonNode> service = service(name, problems);
            if (service.isEmpty()) {
                continue;
            }
            Map<String, String> env = environment(service.get());
            String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
            Matcher jdbc = url == null ? null : JDBC_URL.matcher(url);
            if (jdbc == null || !jdbc.matches()) {
                problems.add(name + ": QUARKUS_DATASOURCE_JDBC_URL=" + url + " is not jdbc:postgresql://HOST:PORT/DATABASE");
                continue;
            }
            String own = name.replaceFirst("-service$", "");
            if (!jdbc.group(3).equals(own)) {
                problems.add(name + ": QUARKUS_DATASOURCE_JDBC_URL names database '" + jdbc.group(3) + "', its own is '" + own + "'");
            }
            if (!created.contains(jdbc.group(3))) {
                problems.add(name + ": database '" + jdbc.group(3) + "' is not created by " + (initScript == null ? "an init script" : root.relativize(initScript)));
            }
            if (!compose.path("services").path(jdbc.group(1)).path("image").asText("").startsWith("postgres:")) {
                problems.add(name + ": QUARKUS_DATASOURCE_JDBC_URL host '" + jdbc.group(1) + "' is not a postgres service of docker-compose.yml");
            }
            int port = jdbc.group(2) == null ? POSTGRES_PORT : Integer.parseInt(jdbc.group(2));
            if (port != POSTGRES_PORT) {
                problems.add(name + ": QUARKUS_DATASOURCE_JDBC_URL port " + port + " is not PostgreSQL's " + POSTGRES_PORT);
            }
            if (!String.valueOf(env.get("QUARKUS_DATASOURCE_USERNAME")).equals(postgresEnv.get("POSTGRES_USER"))) {
                problems.add(name + ": QUARKUS_DATASOURCE_USERNAME=" + env.get("QUARKUS_DATASOURCE_USERNAME")
                        + " differs from postgres' POSTGRES_USER=" + postgresEnv.get("POSTGRES_USER") + " (the databases' owner)");
            }
            if (!String.valueOf(env.get("QUARKUS_DATASOURCE_PASSWORD")).equals(postgresEnv.get("POSTGRES_PASSWORD"))) {
                problems.add(name + ": QUARKUS_DATASOURCE_PASSWORD=" + env.get("QUARKUS_DATASOURCE_PASSWORD")
                        + " differs from postgres' POSTGRES_PASSWORD=" + postgresEnv.get("POSTGRES_PASSWORD"));
            }
        }
        assertNone(problems);
    }

    @Test
    void shouldPointKafkaClientsAtTheBrokersAdvertisedListener() {
        List<String> problems = new ArrayList<>();
        JsonNode kafka = compose.path("services").path("kafka");
        if (kafka.isMissingNode()) {
            fail("docker-compose.yml has no 'kafka' service");
        }
        Map<String, String> kafkaEnv = environment(kafka);
        if (!"false".equals(kafkaEnv.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))) {
            problems.add("kafka: KAFKA_AUTO_CREATE_TOPICS_ENABLE must be false (the services create their topics)");
        }
        if (!String.valueOf(kafkaEnv.get("KAFKA_PROCESS_ROLES")).replace(" ", "").matches("broker,controller|controller,broker")) {
            problems.add("kafka: KAFKA_PROCESS_ROLES=" + kafkaEnv.get("KAFKA_PROCESS_ROLES") + ", expected broker,controller (KRaft combined)");
        }
        Set<String> controllers = Set.of(String.valueOf(kafkaEnv.get("KAFKA_CONTROLLER_LISTENER_NAMES")).split(","));
        Map<String, String> advertised = listeners(kafkaEnv.get("KAFKA_ADVERTISED_LISTENERS"));
        Map<String, String> bound = listeners(kafkaEnv.get("KAFKA_LISTENERS"));
        Set<String> clientAddresses = new TreeSet<>();
        advertised.forEach((listener, address) -> {
            if (controllers.contains(listener)) {
                return;
            }
            clientAddresses.add(address);
            String boundAddress = bound.get(listener);
            if (boundAddress == null || !port(boundAddress).equals(port(address))) {
                problems.add("kafka: advertised listener " + listener + "://" + address + " has no KAFKA_LISTENERS entry on port "
                        + port(address) + " (KAFKA_LISTENERS=" + kafkaEnv.get("KAFKA_LISTENERS") + ")");
            }
            if (!host(address).equals("kafka")) {
                problems.add("kafka: advertised listener " + listener + "://" + address + " is not reachable as 'kafka' inside the compose network");
            }
        });
        for (String name : SERVICES) {
            Optional<JsonNode> service = service(name, problems);
            if (service.isEmpty()) {
                continue;
            }
            String servers = environment(service.get()).get("KAFKA_BOOTSTRAP_SERVERS");
            if (servers == null) {
                problems.add(name + ": KAFKA_BOOTSTRAP_SERVERS is not set");
                continue;
            }
            for (String server : servers.split(",")) {
                if (!clientAddresses.contains(server.trim())) {
                    problems.add(name + ": KAFKA_BOOTSTRAP_SERVERS has " + server.trim() + ", which is not an advertised client listener of kafka "
                            + clientAddresses + " (KAFKA_ADVERTISED_LISTENERS=" + kafkaEnv.get("KAFKA_ADVERTISED_LISTENERS") + ")");
                }
            }
        }
        assertNone(problems);
    }

    @Test
    void shouldSetOnlyVariablesThatTheApplicationsRead() {
        List<String> problems = new ArrayList<>();
        for (String name : SERVICES) {
            Optional<JsonNode> service = service(name, problems);
            if (service.isEmpty()) {
                continue;
            }
            Path propertiesFile = applicationProperties(name);
            Map<String, String> readKeys = new TreeMap<>();
            properties(propertiesFile).stringPropertyNames().forEach(k -> readKeys.put(withoutProfile(k), root.relativize(propertiesFile).toString()));
            commonsDefaults.stringPropertyNames().forEach(k -> readKeys.putIfAbsent(withoutProfile(k), "service-commons defaults"));
            RUNTIME_KEYS.forEach((k, why) -> readKeys.putIfAbsent(k, why));
            Map<String, List<String>> byEnvName = readKeys.keySet().stream().collect(Collectors.groupingBy(ComposeConsistencyTest::envName));
            for (String variable : environment(service.get()).keySet()) {
                if (!byEnvName.containsKey(variable)) {
                    problems.add(name + ": environment variable " + variable + " maps to no property the application reads "
                            + "(not in " + root.relativize(propertiesFile) + ", the service-commons defaults or the documented runtime keys "
                            + RUNTIME_KEYS.keySet() + ")");
                }
            }
            Map<String, String> env = environment(service.get());
            if (!"true".equals(env.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"))) {
                problems.add(name + ": QUARKUS_LOG_CONSOLE_JSON_ENABLED must be true (JSON log lines in containers)");
            }
            for (String required : List.of("quarkus.http.port", "quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                    "quarkus.datasource.password", "kafka.bootstrap.servers", "mp.jwt.verify.publickey.location")) {
                if (!env.containsKey(envName(required))) {
                    problems.add(name + ": " + envName(required) + " (" + required + ") is not set; the service cannot run without it");
                }
            }
        }
        assertNone(problems);
    }

    @Test
    void shouldVerifyTokensWithAMountedPublicKeyOnly() {
        List<String> problems = new ArrayList<>();
        String commonsIssuer = commonsDefaults.getProperty("mp.jwt.verify.issuer");
        for (String name : SERVICES) {
            Optional<JsonNode> service = service(name, problems);
            if (service.isEmpty()) {
                continue;
            }
            Map<String, String> env = environment(service.get());
            String location = valueOrDefault(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
            List<String> mounts = new ArrayList<>();
            service.get().path("volumes").forEach(v -> mounts.add(v.isTextual() ? v.asText()
                    : v.path("source").asText() + ":" + v.path("target").asText() + (v.path("read_only").asBoolean() ? ":ro" : "")));
            boolean mounted = mounts.stream().anyMatch(m -> m.endsWith(":" + location + ":ro"));
            if (location == null || !mounted) {
                problems.add(name + ": MP_JWT_VERIFY_PUBLICKEY_LOCATION (default " + location + ") is not a read-only mounted file; mounts: " + mounts);
            }
            mounts.stream().filter(m -> m.toLowerCase(Locale.ROOT).contains("private")).forEach(m ->
                    problems.add(name + ": mounts " + m + ": a service needs the public key only"));
            String issuer = valueOrDefault(env.get("MP_JWT_VERIFY_ISSUER"));
            if (issuer != null && !issuer.equals(TokenIssuer.DEFAULT_ISSUER)) {
                problems.add(name + ": MP_JWT_VERIFY_ISSUER defaults to " + issuer + " but ./stack token issues " + TokenIssuer.DEFAULT_ISSUER);
            }
        }
        if (!TokenIssuer.DEFAULT_ISSUER.equals(commonsIssuer)) {
            problems.add("service-commons defaults: mp.jwt.verify.issuer=" + commonsIssuer + " but ./stack token issues " + TokenIssuer.DEFAULT_ISSUER);
        }
        assertNone(problems);
    }

    @Test
    void shouldCheckHealthOnEachContainersOwnPort() {
        List<String> problems = new ArrayList<>();
        for (String name : SERVICES) {
            Optional<JsonNode> service = service(name, problems);
            if (service.isEmpty()) {
                continue;
            }
            String port = prodValue(properties(applicationProperties(name)), "quarkus.http.port");
            String check = healthcheck(service.get());
            Set<String> targeted = ports(check, LOOPBACK_PORT);
            if (check == null || !targeted.equals(Set.of(String.valueOf(port)))) {
                problems.add(name + ": healthcheck targets ports " + targeted + " but the service listens on " + port + " (test: " + check + ")");
            }
            if (check != null && !check.contains("/q/health")) {
                problems.add(name + ": healthcheck does not ask /q/health (test: " + check + ")");
            }
            JsonNode dependsOn = service.get().path("depends_on");
            for (String dependency : List.of("postgres", "kafka")) {
                String condition = dependsOn.path(dependency).path("condition").asText("");
                if (!condition.equals("service_healthy")) {
                    problems.add(name + ": depends_on " + dependency + " must have condition service_healthy, has '" + condition + "'");
                }
            }
        }
        JsonNode postgres = compose.path("services").path("postgres");
        Set<String> postgresPorts = ports(healthcheck(postgres), OPTION_PORT);
        postgresPorts.addAll(ports(healthcheck(postgres), LOOPBACK_PORT));
        if (!postgresPorts.equals(Set.of(String.valueOf(POSTGRES_PORT)))) {
            problems.add("postgres: healthcheck targets ports " + postgresPorts + ", expected " + POSTGRES_PORT + " (test: " + healthcheck(postgres) + ")");
        }
        JsonNode kafka = compose.path("services").path("kafka");
        Set<String> kafkaPorts = ports(healthcheck(kafka), LOOPBACK_PORT);
        Set<String> clientPorts = new TreeSet<>();
        Map<String, String> kafkaEnv = environment(kafka);
        Set<String> controllers = Set.of(String.valueOf(kafkaEnv.get("KAFKA_CONTROLLER_LISTENER_NAMES")).split(","));
        listeners(kafkaEnv.get("KAFKA_LISTENERS")).forEach((listener, address) -> {
            if (!controllers.contains(listener)) {
                clientPorts.add(port(address));
            }
        });
        if (kafkaPorts.isEmpty() || !clientPorts.containsAll(kafkaPorts)) {
            problems.add("kafka: healthcheck targets ports " + kafkaPorts + ", not a client listener port " + clientPorts + " (test: " + healthcheck(kafka) + ")");
        }
        for (String infra : List.of("postgres", "kafka")) {
            JsonNode service = compose.path("services").path(infra);
            if (service.path("restart").asText("").isEmpty()) {
                problems.add(infra + ": no restart policy");
            }
            boolean namedVolume = false;
            for (JsonNode volume : service.path("volumes")) {
                String source = volume.isTextual() ? volume.asText().split(":")[0] : volume.path("source").asText();
                if (!source.startsWith(".") && !source.startsWith("/")) {
                    namedVolume = true;
                    if (!compose.path("volumes").has(source)) {
                        problems.add(infra + ": volume '" + source + "' is not declared under the top-level volumes");
                    }
                }
            }
            if (!namedVolume) {
                problems.add(infra + ": keeps its data in no named volume");
            }
        }
        assertNone(problems);
    }

    // --- reading the files

    /** The repository root: asn.repo.root under failsafe, else the first directory upwards with a docker-compose.yml. */
    private static Path repositoryRoot() {
        String configured = System.getProperty("asn.repo.root");
        if (configured != null && Files.isRegularFile(Path.of(configured, "docker-compose.yml"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir.normalize();
            }
        }
        throw new IllegalStateException("no docker-compose.yml in " + Path.of("").toAbsolutePath() + " or any directory above it");
    }

    private static Optional<JsonNode> service(String name, List<String> problems) {
        JsonNode service = compose.path("services").path(name);
        if (service.isMissingNode()) {
            problems.add("docker-compose.yml has no service '" + name + "'");
            return Optional.empty();
        }
        return Optional.of(service);
    }

    /** A service's environment, from the map or the list ("KEY=VALUE") form. */
    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            node.forEach(entry -> {
                String[] parts = entry.asText().split("=", 2);
                env.put(parts[0], parts.length > 1 ? parts[1] : null);
            });
        } else {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        }
        return env;
    }

    /** [published, container] for each published port. */
    private static List<int[]> publishedPorts(JsonNode service) {
        List<int[]> ports = new ArrayList<>();
        for (JsonNode port : service.path("ports")) {
            if (port.isObject()) {
                ports.add(new int[]{port.path("published").asInt(-1), port.path("target").asInt(-1)});
                continue;
            }
            String[] parts = port.asText().replaceFirst("/(tcp|udp)$", "").split(":");
            int container = Integer.parseInt(parts[parts.length - 1]);
            ports.add(new int[]{parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : container, container});
        }
        return ports;
    }

    private static String healthcheck(JsonNode service) {
        JsonNode test = service.path("healthcheck").path("test");
        if (test.isMissingNode()) {
            return null;
        }
        if (test.isTextual()) {
            return test.asText();
        }
        List<String> parts = new ArrayList<>();
        test.forEach(p -> parts.add(p.asText()));
        return String.join(" ", parts.subList(1, parts.size()));
    }

    private static Set<String> ports(String text, Pattern pattern) {
        Set<String> ports = new TreeSet<>();
        if (text != null) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                ports.add(matcher.group(1));
            }
        }
        return ports;
    }

    /** "PLAINTEXT://kafka:9092,CONTROLLER://:9093" → {PLAINTEXT=kafka:9092, CONTROLLER=:9093}. */
    private static Map<String, String> listeners(String value) {
        Map<String, String> listeners = new LinkedHashMap<>();
        if (value != null) {
            for (String listener : value.split(",")) {
                String[] parts = listener.trim().split("://", 2);
                if (parts.length == 2) {
                    listeners.put(parts[0], parts[1]);
                }
            }
        }
        return listeners;
    }

    private static String host(String address) {
        return address.substring(0, address.lastIndexOf(':'));
    }

    private static String port(String address) {
        return address.substring(address.lastIndexOf(':') + 1);
    }

    /** The init script that postgres' entrypoint runs: the file mounted into /docker-entrypoint-initdb.d. */
    private static Path initScript(JsonNode postgres, List<String> problems) {
        for (JsonNode volume : postgres.path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts.length >= 2 && parts[1].startsWith("/docker-entrypoint-initdb.d/")) {
                Path script = root.resolve(parts[0]).normalize();
                if (!Files.isRegularFile(script)) {
                    problems.add("postgres: init script " + parts[0] + " does not exist");
                    return null;
                }
                return script;
            }
        }
        problems.add("postgres: no init script is mounted into /docker-entrypoint-initdb.d (the services' databases are never created)");
        return null;
    }

    /** "${VAR:-default}" → "default"; a plain value → itself; "${VAR}" or "${VAR:?error}" → null (no default). */
    private static String valueOrDefault(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = VARIABLE.matcher(value);
        if (matcher.matches()) {
            return "-".equals(matcher.group(2)) ? matcher.group(3) : null;
        }
        return value;
    }

    private static Path applicationProperties(String service) {
        return root.resolve(service).resolve("src/main/resources/application.properties");
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    /** The value the packaged application (prod profile) uses. */
    private static String prodValue(Properties properties, String key) {
        return properties.getProperty("%prod." + key, properties.getProperty(key));
    }

    private static String withoutProfile(String key) {
        return key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
    }

    /** The MicroProfile Config environment variable of a property: every non-alphanumeric character → '_', upper case. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNone(List<String> problems) {
        assertTrue(problems.isEmpty(), () -> "docker-compose.yml disagrees with the code:\n  - " + String.join("\n  - ", problems));
    }
}
