package org.openasn.reporting.benchmark;

import org.openasn.testing.BenchmarkScale;
import org.openasn.testing.Timings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openasn.testing.TestTokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where a trivial request's milliseconds go: the same JVM and client as {@link HeadcountBenchmarkTest}, timing requests
 * that do less and less work (a request that counts nothing with a token never sent before, which the service verifies in
 * full, the same with the token of the previous requests, without a token, the liveness check), each with
 * {@link java.net.http.HttpClient} and with a bare keep-alive socket, once right after start (few requests, as the
 * headcount benchmark makes) and once after many. Run alone with {@code -Dtest=RequestOverheadBenchmarkTest}.
 */
@QuarkusTest
@Tag("benchmark")
class RequestOverheadBenchmarkTest {

    private static final int RUNS = BenchmarkScale.of("bench.runs", 200, 10);
    private static final int WARM_UP = BenchmarkScale.of("bench.warm-up", 5_000, 100);

    /** Requests with a token never seen before during the warm-up (each token is signed beforehand, which takes a while). */
    private static final int FRESH_WARM_UP = BenchmarkScale.of("bench.fresh-warm-up", 2_000, 50);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = TestTokens.of("admin");
    /** Tokens signed beforehand, each sent once: the service has to verify every one of them. */
    private final Deque<String> fresh = new ArrayDeque<>();
    private final Supplier<String> freshToken = fresh::pop;

    private record Probe(String name, String path, Supplier<String> token, int status) {
    }

    private final Probe[] probes = {
            new Probe("GET /q/health/live (no token)", "/q/health/live", () -> null, 200),
            new Probe("GET /headcounts without a token (401)", "/headcounts?instansi=NONE", () -> null, 401),
            new Probe("GET /headcounts?instansi=NONE (JWT, counts nothing)", "/headcounts?instansi=NONE", () -> token, 200),
            new Probe("GET /headcounts?instansi=NONE (a JWT never sent before: fully verified)", "/headcounts?instansi=NONE", freshToken, 200),
    };

    @Test
    void overhead() throws Exception {
        for (int i = 0; i < 2 * FRESH_WARM_UP + 4 * (RUNS + 3); i++) {
            fresh.push(TestTokens.of("admin"));
        }
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setTcpNoDelay(true);
            RawClient raw = new RawClient(socket);
            Map<String, String> cold = new LinkedHashMap<>();
            for (Probe probe : probes) {
                cold.put(probe.name(), figures(probe, raw));
            }
            for (int i = 0; i < WARM_UP; i++) {
                for (Probe probe : probes) {
                    if (probe.token() != freshToken || i < FRESH_WARM_UP) {
                        raw.get(probe);
                        viaHttpClient(probe);
                    }
                }
            }
            System.out.println("BENCHMARK overhead: request | java.net.http p50 / p95 / p99 ms | bare socket p50 / p95 / p99 ms");
            for (Probe probe : probes) {
                System.out.printf("BENCHMARK overhead: %s, first %d requests | %s%n", probe.name(), RUNS, cold.get(probe.name()));
                System.out.printf("BENCHMARK overhead: %s, after %d more | %s%n", probe.name(), WARM_UP * 2, figures(probe, raw));
            }
        }
    }

    private String figures(Probe probe, RawClient raw) {
        double[] client = Timings.millis(RUNS, () -> viaHttpClient(probe));
        double[] bare = Timings.millis(RUNS, () -> raw.get(probe));
        return String.format("%.2f / %.2f / %.2f | %.2f / %.2f / %.2f", Timings.percentile(client, 50), Timings.percentile(client, 95), Timings.percentile(client, 99),
                Timings.percentile(bare, 50), Timings.percentile(bare, 95), Timings.percentile(bare, 99));
    }

    private int viaHttpClient(Probe probe) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + probe.path())).GET();
        String bearer = probe.token().get();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(probe.status(), response.statusCode(), response.body());
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** HTTP/1.1 on one kept-alive socket, nothing else: what is left of a request's time is the server's and the loopback's. */
    private final class RawClient {
        private final OutputStream out;
        private final InputStream in;

        RawClient(Socket socket) throws IOException {
            out = socket.getOutputStream();
            in = socket.getInputStream();
        }

        int get(Probe probe) {
            try {
                String bearer = probe.token().get();
                String request = "GET " + probe.path() + " HTTP/1.1\r\nHost: localhost\r\n"
                        + (bearer != null ? "Authorization: Bearer " + bearer + "\r\n" : "") + "\r\n";
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = readHead();
                int status = Integer.parseInt(head.substring(9, 12));
                assertEquals(probe.status(), status, head);
                int length = contentLength(head);
                in.readNBytes(length);
                return status;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String readHead() throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                head.write(b);
                matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
            }
            return head.toString(StandardCharsets.US_ASCII);
        }

        private static int contentLength(String head) {
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                    return Integer.parseInt(line.substring(15).strip());
                }
            }
            throw new IllegalStateException("no content-length (chunked answers are not expected here): " + head);
        }
    }
}
