package org.openasn.infra.stack;

import org.openasn.infra.LocalInfra;
import org.openasn.infra.process.Ports;
import org.openasn.infra.process.RunDirectory;
import org.openasn.infra.token.SigningKeys;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * PostgreSQL, Kafka and the three services, started in that order from one data directory and stopped in
 * the reverse order. {@link #close()} may run at any moment (it is the shutdown hook of Ctrl-C): it waits
 * for the start step in progress, which then stops, and stops whatever did start.
 */
final class LocalStack implements AutoCloseable {

    /** How long each service may take to become ready. */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final String KAFKA_HEAP = "512m";
    /** Longest wait for the start step in progress (PostgreSQL or Kafka starting) when stopping. */
    private static final Duration STEP_WAIT = Duration.ofMinutes(3);

    private final StackOptions options;
    private final DataDirectory data;
    private final ServiceLauncher launcher;
    private final PrintStream out;

    private final ReentrantLock starting = new ReentrantLock();
    private volatile boolean closing;
    private boolean closed;
    private RunDirectory serviceRun;
    private LocalInfra infra;
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final Set<String> reportedExits = new HashSet<>();

    LocalStack(StackOptions options, Path repoRoot, PrintStream out) {
        this.options = options;
        this.data = new DataDirectory(options.dataDir());
        this.launcher = new ServiceLauncher(repoRoot);
        this.out = out;
    }

    DataDirectory data() {
        return data;
    }

    /** Starts everything and returns when every service is ready. */
    void start() {
        starting.lock();
        try {
            for (StackService service : StackService.values()) {
                launcher.runnableJar(service.serviceName()); // fail before starting anything
            }
            reapAbandoned();
            if (options.reset()) {
                say("Deleting " + data.root() + " (--reset)");
                data.delete();
            }
            data.create();
            serviceRun = claim(data.services());
            requireFreePorts();
            boolean newKeys = !Files.exists(data.keys().resolve(SigningKeys.PRIVATE_FILE));
            SigningKeys.loadOrCreate(data.keys());
            if (newKeys) {
                say("Generated the token signing key in " + data.keys());
            }
            StackPorts ports = options.ports();
            say("Starting PostgreSQL on 127.0.0.1:" + ports.postgres() + " and Kafka on 127.0.0.1:" + ports.kafka()
                    + " (data in " + data.infra() + ")");
            checkNotClosing();
            infra = LocalInfra.start(new LocalInfra.Options(data.infra(), ports.postgres(), ports.kafka(), ports.controller(),
                    true, KAFKA_HEAP));
            checkNotClosing();
            ServiceLauncher recording = launcher.recordingIn(serviceRun);
            long launched = System.nanoTime();
            Path publicKey = data.keys().resolve(SigningKeys.PUBLIC_FILE);
            for (StackService service : StackService.values()) {
                say("Starting " + service.serviceName() + " on 127.0.0.1:" + ports.of(service)
                        + " (log: " + data.logs().resolve(service.serviceName() + ".log") + ")");
                services.add(recording.start(service.serviceName(), ports.of(service),
                        ServiceSettings.forLocalInfra(infra, service.database(), publicKey), data.logs()));
            }
            HealthWaiter health = new HealthWaiter();
            for (ServiceProcess service : services) {
                health.awaitReady(service, READY_TIMEOUT, () -> closing);
                say(service.name() + " is ready (" + Duration.ofNanos(System.nanoTime() - launched).toSeconds() + " s after start)");
            }
        } catch (HealthWaiter.CancellationException e) {
            throw new Closing();
        } finally {
            starting.unlock();
        }
    }

    /** Blocks until the JVM shuts down, reporting a service that stops on its own. */
    void watch() {
        while (!closing) {
            for (ServiceProcess service : services) {
                if (!closing && !service.isAlive() && reportedExits.add(service.name())) {
                    out.println("WARNING: " + service.name() + " stopped on its own; last lines of " + service.log() + ":\n"
                            + service.logTail(30));
                    out.flush();
                }
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops the services (in parallel), then Kafka, then PostgreSQL. Safe to call more than once and from any thread. */
    @Override
    public void close() {
        closing = true;
        boolean locked = false;
        try {
            locked = starting.tryLock(STEP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                stopServices();
                if (infra != null) {
                    say("Stopping Kafka");
                    infra.kafka().stop();
                    say("Stopping PostgreSQL");
                    infra.postgres().stop();
                    infra.close();
                }
                if (serviceRun != null) {
                    serviceRun.release();
                }
                if (infra != null || !services.isEmpty()) {
                    say(StackSummary.STOPPED);
                }
            }
        } finally {
            if (locked) {
                starting.unlock();
            }
        }
    }

    private void stopServices() {
        List<ServiceProcess> running = services.stream().filter(ServiceProcess::isAlive).toList();
        if (running.isEmpty()) {
            return;
        }
        say("Stopping " + String.join(", ", running.stream().map(ServiceProcess::name).toList()));
        List<Thread> stoppers = new ArrayList<>();
        for (ServiceProcess service : running) {
            Thread stopper = new Thread(() -> {
                if (!service.stop()) {
                    say(service.name() + " did not stop within " + ServiceProcess.STOP_GRACE.toSeconds() + " s and was killed");
                }
            }, "stop-" + service.name());
            stopper.start();
            stoppers.add(stopper);
        }
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Kills servers that a killed launcher left running on this data directory. */
    private void reapAbandoned() {
        for (Path dir : List.of(data.services(), data.infra())) {
            if (Files.isDirectory(dir)) {
                claim(dir).release();
            }
        }
    }

    private RunDirectory claim(Path dir) {
        try {
            return RunDirectory.claim(dir);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("another ./stack is using " + data.root() + " (" + e.getMessage()
                    + "): stop it first (Ctrl-C in its terminal), or use another --data-dir and --ports-from", e);
        }
    }

    private void requireFreePorts() {
        for (Map.Entry<Integer, String> port : options.ports().byUser().entrySet()) {
            if (Ports.isListening(port.getKey())) {
                throw new IllegalStateException("port " + port.getKey() + " (for " + port.getValue() + ") is in use on 127.0.0.1: "
                        + "stop what uses it, or move the whole stack with --ports-from N (uses N to N+5)");
            }
        }
    }

    private void checkNotClosing() {
        if (closing) {
            throw new Closing();
        }
    }

    private void say(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /** The start was abandoned because the stack is being stopped. */
    static final class Closing extends RuntimeException {
        Closing() {
            super("the stack is stopping", null, false, false);
        }
    }
}
