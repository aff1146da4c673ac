package org.openasn.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.openasn.infra.process.RunDirectory;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts the real servers; needs {@code target/dist}, so it runs as an integration test after packaging. */
class LocalInfraIT {

    @Test
    void shouldServeOneDatabasePerServiceAndKafkaAndKeepDataAcrossRestarts() throws Exception {
        LocalInfra.Options options = LocalInfra.Options.throwaway();
        long postgresPid;
        long kafkaPid;
        try (LocalInfra infra = LocalInfra.start(options)) {
            postgresPid = infra.postgres().pid();
            kafkaPid = infra.kafka().pid();
            for (String database : LocalInfra.DATABASES) {
                try (Connection c = connect(infra, database)) {
                    c.createStatement().execute("CREATE TABLE probe (id int)");
                    c.createStatement().execute("INSERT INTO probe VALUES (" + database.length() + ")");
                }
            }
            try (Admin admin = admin(infra)) {
                admin.createTopics(List.of(new NewTopic("probe.events", 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
        assertFalse(ProcessHandle.of(postgresPid).map(ProcessHandle::isAlive).orElse(false), "postgres stopped");
        assertFalse(ProcessHandle.of(kafkaPid).map(ProcessHandle::isAlive).orElse(false), "kafka stopped");

        try (LocalInfra infra = LocalInfra.start(options)) {
            try (Connection c = connect(infra, "retirement"); ResultSet rs = c.createStatement().executeQuery("SELECT id FROM probe")) {
                assertTrue(rs.next());
                assertEquals("retirement".length(), rs.getInt(1));
            }
            try (Admin admin = admin(infra)) {
                Map<String, ?> topics = admin.describeTopics(Set.of("probe.events")).allTopicNames().get(30, TimeUnit.SECONDS);
                assertEquals(1, topics.size());
            }
        } finally {
            RunDirectory.deleteRecursively(options.dir());
        }
    }

    @Test
    void shouldKillServersLeftBehindByAKilledLauncher() throws Exception {
        Path root = LocalInfra.cacheRoot().resolve("runs");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + InfraDist.PROPERTY + "=" + InfraDist.locate().root(),
                AbandonedLauncher.class.getName()));
        Process launcher = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Long> servers = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("READY")) {
                // start-up output
            }
            assertTrue(line != null, "launcher did not start the servers");
            for (String pid : line.substring("READY ".length()).split(" ")) {
                servers.add(Long.parseLong(pid));
            }
        }
        launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        servers.forEach(pid -> assertTrue(ProcessHandle.of(pid).isPresent(), "server " + pid + " outlives its killed launcher"));

        RunDirectory.reapAbandoned(root);

        for (long pid : servers) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "server " + pid + " was reaped");
        }
        try (var runs = Files.list(root)) {
            assertTrue(runs.noneMatch(run -> run.getFileName().toString().startsWith(launcher.pid() + "-")), "its run directory is gone");
        }
    }

    private static Connection connect(LocalInfra infra, String database) throws Exception {
        return DriverManager.getConnection(infra.postgres().jdbcUrl(database), infra.postgres().user(), infra.postgres().password());
    }

    private static Admin admin(LocalInfra infra) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers()));
    }

    /** A launcher that starts the servers, prints their pids and waits to be killed. */
    public static final class AbandonedLauncher {
        public static void main(String[] args) throws InterruptedException {
            LocalInfra infra = LocalInfra.start(LocalInfra.Options.throwaway());
            System.out.println("READY " + infra.postgres().pid() + " " + infra.kafka().pid());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
