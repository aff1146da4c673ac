package org.openasn.infra.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Polls a service's readiness endpoint ({@code /q/health/ready}: database, Kafka and event flow) until it
 * answers {@code 200} with status {@code UP}. Fails early, with the tail of the service's log, when the
 * process exits; gives up when the caller cancels (the stack is being stopped).
 */
public final class HealthWaiter {

    public static final String READINESS_PATH = "/q/health/ready";
    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int LOG_LINES_ON_FAILURE = 40;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Whether a health response body reports {@code UP}. */
    public static boolean isUp(String body) {
        return body != null && UP.matcher(body).find();
    }

    /**
     * Waits until {@code service} is ready.
     *
     * @param timeout   how long to wait
     * @param cancelled checked between attempts: when it turns {@code true}, the wait ends with {@link CancellationException}
     * @return how long the service took to become ready
     * @throws IllegalStateException when the process exits or the timeout passes, with the log's tail in the message
     */
    public Duration awaitReady(ServiceProcess service, Duration timeout, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + READINESS_PATH))
                .timeout(Duration.ofSeconds(5)).GET().build();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException(service.name() + ": start cancelled");
            }
            if (!service.isAlive()) {
                throw new IllegalStateException(service.name() + " exited before it was ready; last lines of " + service.log() + ":\n" + service.logTail(LOG_LINES_ON_FAILURE));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && isUp(response.body())) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                last = "HTTP " + response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException(service.name() + ": interrupted");
            }
            sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException(service.name() + " not ready after " + timeout.toSeconds() + " s (last answer: "
                + abbreviate(last) + "); last lines of " + service.log() + ":\n" + service.logTail(LOG_LINES_ON_FAILURE));
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** The wait ended because the caller gave up, not because the service failed. */
    public static final class CancellationException extends RuntimeException {
        public CancellationException(String message) {
            super(message);
        }
    }
}
