package org.openasn.infra.postgres;

import org.openasn.infra.process.ChildProcess;
import org.openasn.infra.process.RunDirectory;
import org.openasn.infra.process.Signal;
import org.openasn.infra.process.Unprivileged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL server in {@code dir}: {@code data/} (the cluster, created on first start with
 * scram-sha-256 authentication and a random password kept in {@code password}), {@code socket/} and
 * {@code postgres.log}. Listens on 127.0.0.1 only.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "asn";
    /**
     * System property: more server settings, {@code name=value} separated by {@code ;}, for measurements, e.g.
     * {@code shared_preload_libraries=pg_stat_statements} (see docs/benchmarks.md).
     */
    public static final String SETTINGS_PROPERTY = "asn.infra.postgres.settings";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final PostgresBinaries binaries;
    private final Path dir;
    private final int port;
    private final boolean durable;
    private final RunDirectory run;
    private String password;
    private ChildProcess server;

    /**
     * @param durable {@code false} turns off fsync and synchronous commit: for throwaway test clusters only.
     */
    public PostgresServer(PostgresBinaries binaries, Path dir, int port, boolean durable, RunDirectory run) {
        this.binaries = binaries;
        this.dir = dir.toAbsolutePath();
        this.port = port;
        this.durable = durable;
        this.run = run;
    }

    /** Initialises the cluster if needed, creates the missing {@code databases} and starts the server. */
    public synchronized PostgresServer start(Collection<String> databases) {
        Path data = dir.resolve("data");
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initialise(data);
        }
        Unprivileged.requireWritable(dir);
        password = readPassword();
        createDatabases(data, databases);
        List<String> command = new ArrayList<>(List.of(binaries.bin("postgres").toString(),
                "-D", data.toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=" + dir.resolve("socket"),
                "-c", "max_connections=300",
                "-c", "shared_buffers=256MB",
                "-c", "max_wal_size=4GB"));
        if (!durable) {
            command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        for (String setting : System.getProperty(SETTINGS_PROPERTY, "").split(";")) {
            if (!setting.isBlank()) {
                command.addAll(List.of("-c", setting.strip()));
            }
        }
        server = ChildProcess.start("postgres", Unprivileged.command(command), dir, Map.of(), dir.resolve("postgres.log"));
        run.record(server);
        server.awaitLog("database system is ready to accept connections", START_TIMEOUT);
        return this;
    }

    /** Fast shutdown: active connections are closed, the cluster is left consistent. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(Signal.INT, Duration.ofSeconds(30));
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

    public int port() {
        return port;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public long pid() {
        return server == null ? -1 : server.pid();
    }

    private void initialise(Path data) {
        try {
            Files.createDirectories(dir.resolve("socket"));
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            Path passwordFile = dir.resolve("password");
            Files.writeString(passwordFile, HexFormat.of().formatHex(secret), StandardCharsets.UTF_8);
            Unprivileged.handOver(dir);
            Unprivileged.requireWritable(dir);
            ChildProcess.run("initdb", Unprivileged.command(List.of(binaries.bin("initdb").toString(),
                    "-D", data.toString(), "-U", USER, "--pwfile=" + passwordFile, "--auth=scram-sha-256",
                    "-E", "UTF8", "--locale=C", "--no-sync")), dir, null, Duration.ofMinutes(2));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot initialise PostgreSQL in " + dir, e);
        }
    }

    private String readPassword() {
        try {
            return Files.readString(dir.resolve("password"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL password file missing in " + dir, e);
        }
    }

    /** Single-user mode, before the server starts: an existing database only yields an ignored error. */
    private void createDatabases(Path data, Collection<String> databases) {
        if (databases.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder();
        for (String db : databases) {
            if (!db.matches("[a-z][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("invalid database name: " + db);
            }
            sql.append("CREATE DATABASE ").append(db).append(" OWNER ").append(USER).append(";\n");
        }
        ChildProcess.run("create databases", Unprivileged.command(List.of(binaries.bin("postgres").toString(),
                "--single", "-D", data.toString(), "-c", "exit_on_error=false", "postgres")), dir, sql.toString(),
                Duration.ofMinutes(2));
    }
}
