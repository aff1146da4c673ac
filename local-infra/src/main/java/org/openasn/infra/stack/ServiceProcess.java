package org.openasn.infra.stack;

import org.openasn.infra.process.ChildProcess;
import org.openasn.infra.process.Signal;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A running packaged service, started by {@link ServiceLauncher}: a separate JVM in its own session, its
 * output appended to a log file. {@link #stop()} shuts it down as Ctrl-C would (SIGTERM: Quarkus finishes
 * in-flight requests), and kills it after {@link #STOP_GRACE}.
 */
public final class ServiceProcess implements AutoCloseable {

    /** How long a service may take to shut down before it is killed. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final int port;
    private final ChildProcess process;

    ServiceProcess(String name, int port, ChildProcess process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** The service's name, such as {@code personnel-service}. */
    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The log file its output is appended to. */
    public Path log() {
        return process.log();
    }

    /** The last {@code lines} lines of its log. */
    public String logTail(int lines) {
        return process.logTail(lines);
    }

    /**
     * Waits until {@code /q/health/ready} reports UP.
     *
     * @throws IllegalStateException when the process exits first or the timeout passes (the message has the log's tail)
     */
    public Duration awaitReady(Duration timeout) {
        return new HealthWaiter().awaitReady(this, timeout, () -> false);
    }

    /** SIGTERM, then SIGKILL after {@link #STOP_GRACE}. Returns {@code true} when it exited on SIGTERM. */
    public boolean stop() {
        return process.stop(Signal.TERM, STOP_GRACE);
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ", " + baseUrl() + ")";
    }
}
