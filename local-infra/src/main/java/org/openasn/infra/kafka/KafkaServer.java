package org.openasn.infra.kafka;

import org.openasn.infra.InfraDist;
import org.openasn.infra.process.ChildProcess;
import org.openasn.infra.process.RunDirectory;
import org.openasn.infra.process.Signal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A real Apache Kafka broker in KRaft combined mode (one node that is broker and controller) in {@code dir}:
 * {@code server.properties}, {@code data/} (formatted on first start), {@code kafka.log}. Topics are not
 * auto-created: each service provisions the topics it owns with the partitions it needs. Retention is
 * unlimited, because read models are rebuilt by replaying the topics.
 */
public final class KafkaServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final InfraDist dist;
    private final Path dir;
    private final int brokerPort;
    private final int controllerPort;
    private final String heap;
    private final RunDirectory run;
    private ChildProcess server;

    public KafkaServer(InfraDist dist, Path dir, int brokerPort, int controllerPort, String heap, RunDirectory run) {
        this.dist = dist;
        this.dir = dir.toAbsolutePath();
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.heap = heap;
        this.run = run;
    }

    /** Formats the storage on first use and starts the broker; returns when it accepts clients. */
    public synchronized KafkaServer start() {
        if (isRunning()) {
            return this;
        }
        try {
            Files.createDirectories(dir.resolve("data"));
            Path config = dir.resolve("server.properties");
            Files.writeString(config, serverProperties(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("log4j2.properties"), LOG_CONFIG, StandardCharsets.UTF_8);
            if (!Files.exists(dir.resolve("data/meta.properties"))) {
                ChildProcess.run("kafka storage format", java("kafka.tools.StorageTool", "format", "-t", clusterId(),
                        "-c", config.toString()), dir, null, Duration.ofMinutes(2));
            }
            server = ChildProcess.start("kafka", java("kafka.Kafka", config.toString()), dir, Map.of(), dir.resolve("kafka.log"));
            run.record(server);
            server.awaitLog("Kafka Server started", START_TIMEOUT);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka in " + dir, e);
        }
    }

    /** Controlled shutdown; the data stays, so {@link #start()} brings back the same topics and offsets. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(Signal.TERM, Duration.ofSeconds(30));
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return server != null && server.isAlive();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    public long pid() {
        return server == null ? -1 : server.pid();
    }

    private List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx" + heap, "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                "-Dkafka.logs.dir=" + dir,
                "-cp", dist.kafkaClassPath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private String serverProperties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "auto.create.topics.enable=false",
                "num.partitions=6",
                "log.retention.ms=-1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=4",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "share.coordinator.state.topic.num.partitions=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
    }

    private static String clusterId() {
        byte[] bytes = new byte[16];
        SecureRandom random = new SecureRandom();
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    private static final String LOG_CONFIG = String.join("\n",
            "status = warn",
            "appender.console.type = Console",
            "appender.console.name = STDOUT",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = INFO",
            "rootLogger.appenderRef.stdout.ref = STDOUT",
            "logger.kafka.name = kafka",
            "logger.kafka.level = INFO",
            "logger.apache.name = org.apache.kafka",
            "logger.apache.level = WARN",
            "");
}
