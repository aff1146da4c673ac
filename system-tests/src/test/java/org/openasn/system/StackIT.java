package org.openasn.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasn.infra.process.Ports;
import org.openasn.infra.process.RunDirectory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code ./stack up}, as a user runs it (after the build packaged everything): all three services become
 * healthy and serve their OpenAPI documents, a token from {@code ./stack token} is accepted and a request
 * without one is refused with problem+json, and Ctrl-C (SIGINT) stops everything: no process of the stack
 * remains and no port stays open.
 */
class StackIT {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(3);
    private static final int PORTS = 6;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Path repo;
    private Path tmp;
    private Path dataDir;
    private int base;
    private Process stack;

    @BeforeEach
    void prepare() throws IOException {
        repo = Path.of(System.getProperty("asn.repo.root", "..")).toAbsolutePath().normalize();
        tmp = Files.createTempDirectory("openasn-stack-it");
        // When the tests run as root, PostgreSQL runs as nobody, which must traverse the data directory's parents.
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        dataDir = tmp.resolve("data");
        base = Ports.freeRange(PORTS);
    }

    @AfterEach
    void cleanUp() throws Exception {
        try {
            if (stack != null && stack.isAlive()) {
                signal(stack.pid(), "INT");
                if (!stack.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    stack.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
        } finally {
            // PostgreSQL's files belong to nobody when we are root; root may delete them.
            RunDirectory.deleteRecursively(tmp);
        }
    }

    @Test
    void shouldBringAllServicesToHealthyAndStopWithoutLeavingAProcessOnCtrlC() throws Exception {
        stack = new ProcessBuilder(repo.resolve("stack").toString(), "up", "--no-build",
                "--data-dir", dataDir.toString(), "--ports-from", Integer.toString(base))
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .start();
        Thread reader = copyOutput(stack);

        awaitLine("STACK READY", READY_TIMEOUT);
        List<Integer> servicePorts = List.of(base, base + 1, base + 2);

        for (int port : servicePorts) {
            HttpResponse<String> health = get(port, "/q/health", null);
            assertEquals(200, health.statusCode(), "health of :" + port + ": " + health.body());
            assertTrue(health.body().replaceAll("\\s", "").contains("\"status\":\"UP\""), health.body());
            HttpResponse<String> openApi = get(port, "/q/openapi", null);
            assertEquals(200, openApi.statusCode(), "OpenAPI document of :" + port);
            assertTrue(openApi.body().contains("openapi"), openApi.body());
        }

        String token = token("admin");
        for (int port : servicePorts) {
            HttpResponse<String> withToken = get(port, "/admin/events/outbox", token);
            assertEquals(200, withToken.statusCode(), "admin with a ./stack token on :" + port + ": " + withToken.body());
            HttpResponse<String> anonymous = get(port, "/admin/events/outbox", null);
            assertEquals(401, anonymous.statusCode(), "no token on :" + port);
            assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    "problem+json on :" + port + ", was " + anonymous.headers().firstValue("Content-Type"));
        }

        signal(stack.pid(), "INT"); // what Ctrl-C does: the script exec'd the launcher JVM, so this is its pid
        assertTrue(stack.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the stack stops within " + STOP_TIMEOUT);
        reader.join(10_000);
        assertTrue(output.contains("STACK STOPPED"), String.join("\n", output));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(List.of(), processesMentioning(dataDir.toString()), "processes of the stack still running"));
        for (int port = base; port < base + PORTS; port++) {
            assertFalse(Ports.isListening(port), "port " + port + " closed");
        }
    }

    private String token(String role) throws Exception {
        Process token = new ProcessBuilder(repo.resolve("stack").toString(), "token", role, "--data-dir", dataDir.toString())
                .directory(repo.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(token.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(token.waitFor(60, TimeUnit.SECONDS), "./stack token finishes");
        assertEquals(0, token.exitValue(), "./stack token exit code; output: " + out);
        assertTrue(out.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "a JWT, was: " + out);
        return out;
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Thread copyOutput(Process process) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.add(line);
                    System.out.println("[stack] " + line);
                }
            } catch (IOException e) {
                output.add("(output unreadable: " + e.getMessage() + ")");
            }
        }, "stack-output");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private void awaitLine(String line, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (output.contains(line)) {
                return;
            }
            if (!stack.isAlive()) {
                Thread.sleep(500); // let the reader drain the last lines
                fail("./stack up exited with code " + stack.exitValue() + " before '" + line + "':\n" + String.join("\n", output));
            }
            Thread.sleep(250);
        }
        fail("no '" + line + "' within " + timeout + ":\n" + String.join("\n", output));
    }

    /** Pids (with command lines) of live processes whose command line contains {@code text}, from /proc. */
    private static List<String> processesMentioning(String text) throws IOException {
        List<String> found = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                if (Long.parseLong(proc.getFileName().toString()) == self) {
                    continue;
                }
                try {
                    String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                    if (cmdline.contains(text)) {
                        found.add(proc.getFileName() + ": " + cmdline.trim());
                    }
                } catch (IOException e) {
                    // the process ended while we looked
                }
            }
        }
        return found;
    }

    private static void signal(long pid, String signal) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
    }
}
