package org.openasn.infra;

import org.openasn.infra.kafka.KafkaServer;
import org.openasn.infra.postgres.PostgresBinaries;
import org.openasn.infra.postgres.PostgresServer;
import org.openasn.infra.process.Ports;
import org.openasn.infra.process.RunDirectory;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Real PostgreSQL and Kafka for one launcher: tests (one shared instance per JVM, see {@link #shared()}) and
 * the local stack (persistent, in its data directory).
 */
public final class LocalInfra implements AutoCloseable {

    /** One database per service. */
    public static final List<String> DATABASES = List.of("personnel", "retirement", "reporting");

    private static LocalInfra shared;

    private final RunDirectory run;
    private final PostgresServer postgres;
    private final KafkaServer kafka;

    private LocalInfra(RunDirectory run, PostgresServer postgres, KafkaServer kafka) {
        this.run = run;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /**
     * Where and how to run.
     *
     * @param dir            the run directory (claimed: a dead previous owner's servers are killed first)
     * @param postgresPort   PostgreSQL port on 127.0.0.1
     * @param kafkaPort      Kafka client port on 127.0.0.1
     * @param controllerPort KRaft controller port on 127.0.0.1
     * @param durable        {@code false} for throwaway test data (no fsync)
     * @param kafkaHeap      broker heap, such as {@code 512m}
     */
    public record Options(Path dir, int postgresPort, int kafkaPort, int controllerPort, boolean durable, String kafkaHeap) {

        /** A throwaway run directory under the system temporary directory, on free ports. */
        public static Options throwaway() {
            Path dir = cacheRoot().resolve("runs").resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8));
            return new Options(dir, Ports.free(), Ports.free(), Ports.free(), false, "384m");
        }
    }

    /** Starts PostgreSQL (with {@link #DATABASES}) and Kafka; on failure, stops whatever did start. */
    public static LocalInfra start(Options options) {
        InfraDist dist = InfraDist.locate();
        RunDirectory run = RunDirectory.claim(options.dir());
        PostgresBinaries binaries = PostgresBinaries.unpack(dist.postgresJar(), cacheRoot());
        PostgresServer postgres = new PostgresServer(binaries, run.resolve("postgres"), options.postgresPort(), options.durable(), run);
        KafkaServer kafka = new KafkaServer(dist, run.resolve("kafka"), options.kafkaPort(), options.controllerPort(),
                options.kafkaHeap(), run);
        LocalInfra infra = new LocalInfra(run, postgres, kafka);
        try {
            postgres.start(DATABASES);
            kafka.start();
            return infra;
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
    }

    /**
     * The instance shared by every test in this JVM: started on first use in a throwaway directory, stopped
     * and deleted by a shutdown hook. Directories left by killed test JVMs are cleaned up first.
     */
    public static synchronized LocalInfra shared() {
        if (shared == null) {
            RunDirectory.reapAbandoned(cacheRoot().resolve("runs"));
            LocalInfra infra = start(Options.throwaway());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                infra.close();
                RunDirectory.deleteRecursively(infra.run.path());
            }, "local-infra-shutdown"));
            shared = infra;
        }
        return shared;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaServer kafka() {
        return kafka;
    }

    public Path dir() {
        return run.path();
    }

    /** Stops Kafka, then PostgreSQL, and releases the run directory. */
    @Override
    public synchronized void close() {
        try {
            kafka.stop();
        } finally {
            postgres.stop();
            run.release();
        }
    }

    /** Shared, world-readable cache of unpacked binaries and throwaway runs. */
    static Path cacheRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"), "openasn-infra");
    }
}
