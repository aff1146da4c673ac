package org.openasn.infra.stack;

import org.openasn.infra.process.ChildProcess;
import org.openasn.infra.process.RunDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Starts a packaged service ({@code <repo>/<service>/target/quarkus-app/quarkus-run.jar}, built by
 * {@code ./mvnw package}) as a separate JVM, the way production runs it. Used by {@code ./stack} and by the
 * end-to-end tests:
 * <pre>
 * ServiceLauncher launcher = ServiceLauncher.fromRepoRootProperty();           // -Dasn.repo.root=...
 * try (ServiceProcess personnel = launcher.start("personnel-service", port,
 *         ServiceSettings.forLocalInfra(infra, "personnel", keysDir.resolve("jwt-public.pem")), logDir)) {
 *     personnel.awaitReady(Duration.ofMinutes(3));
 *     // call personnel.baseUrl() + "/..."
 * }
 * </pre>
 * The service listens on 127.0.0.1:{@code port}; every other setting is a system property (they override
 * the service's {@code application.properties} and environment variables). Its output is appended to
 * {@code <logDir>/<service>.log}. The process runs in its own session, so a Ctrl-C in a terminal reaches
 * only the launcher; stop it with {@link ServiceProcess#stop()}. With {@link #recordingIn(RunDirectory)},
 * its pid is recorded so that the next launcher claiming that directory kills it if this JVM dies first.
 */
public final class ServiceLauncher {

    /** System property holding the repository root (set by {@code ./stack} and by the system-tests build). */
    public static final String REPO_ROOT_PROPERTY = "asn.repo.root";
    /** Marker on a recorded service's command line: {@link RunDirectory} only kills processes that mention the directory. */
    public static final String RUN_DIR_PROPERTY = "asn.stack.run-dir";
    /** Heap and failure behaviour of each service JVM unless {@link #withJvmOptions(List)} says otherwise. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError");

    private final Path repoRoot;
    private final RunDirectory run;
    private final List<String> jvmOptions;

    /** @param repoRoot the repository root, holding one directory per service module */
    public ServiceLauncher(Path repoRoot) {
        this(repoRoot, null, DEFAULT_JVM_OPTIONS);
    }

    private ServiceLauncher(Path repoRoot, RunDirectory run, List<String> jvmOptions) {
        this.repoRoot = repoRoot.toAbsolutePath().normalize();
        this.run = run;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** A launcher for the repository named by the system property {@value #REPO_ROOT_PROPERTY}. */
    public static ServiceLauncher fromRepoRootProperty() {
        String root = System.getProperty(REPO_ROOT_PROPERTY);
        if (root == null || root.isBlank()) {
            throw new IllegalStateException("system property " + REPO_ROOT_PROPERTY + " (the repository root) is not set");
        }
        return new ServiceLauncher(Path.of(root));
    }

    /** The same launcher, recording each started service's pid in {@code run} (claimed by the caller). */
    public ServiceLauncher recordingIn(RunDirectory run) {
        return new ServiceLauncher(repoRoot, run, jvmOptions);
    }

    /** The same launcher with other JVM options (such as {@code -Xmx512m}) instead of {@link #DEFAULT_JVM_OPTIONS}. */
    public ServiceLauncher withJvmOptions(List<String> options) {
        return new ServiceLauncher(repoRoot, run, options);
    }

    public Path repoRoot() {
        return repoRoot;
    }

    /** The runnable jar of {@code serviceName}; fails with the build command when it has not been packaged. */
    public Path runnableJar(String serviceName) {
        if (!serviceName.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a service module name: " + serviceName);
        }
        Path jar = repoRoot.resolve(serviceName).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(serviceName + " is not packaged (" + jar + " is missing): run ./mvnw -B package -DskipTests");
        }
        return jar;
    }

    /**
     * Starts {@code serviceName} on 127.0.0.1:{@code port} and returns at once; wait with
     * {@link ServiceProcess#awaitReady(java.time.Duration)}.
     *
     * @param serviceName      the module name, such as {@code personnel-service}
     * @param port             its HTTP port ({@code quarkus.http.port})
     * @param systemProperties its settings, such as {@link ServiceSettings#forLocalInfra}; may override {@code quarkus.http.host}
     * @param logDir           where {@code <serviceName>.log} is appended (created if needed; also the working directory)
     */
    public ServiceProcess start(String serviceName, int port, Map<String, String> systemProperties, Path logDir) {
        Path jar = runnableJar(serviceName);
        Path dir = logDir.toAbsolutePath().normalize();
        Path log = dir.resolve(serviceName + ".log");
        Map<String, String> properties = new TreeMap<>();
        properties.put("quarkus.http.host", "127.0.0.1");
        properties.putAll(systemProperties);
        properties.put("quarkus.http.port", Integer.toString(port));
        if (run != null) {
            properties.put(RUN_DIR_PROPERTY, run.path().toAbsolutePath().toString());
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        writeHeader(log, serviceName, port);
        ChildProcess child = ChildProcess.start(serviceName, command, dir, Map.of(), log);
        if (run != null) {
            run.record(child);
        }
        return new ServiceProcess(serviceName, port, child);
    }

    private static void writeHeader(Path log, String serviceName, int port) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "\n----- " + Instant.now() + " starting " + serviceName + " on 127.0.0.1:" + port + " -----\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + log, e);
        }
    }
}
