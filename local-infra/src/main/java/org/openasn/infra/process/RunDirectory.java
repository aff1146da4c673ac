package org.openasn.infra.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory owned by one launcher process, recording the pids of the servers it started
 * ({@code owner.pid}, {@code children.pids}). A launcher that was killed cannot stop its servers; the next
 * launcher that claims the directory (or reaps the parent directory) finds them through these files and
 * kills them. A recorded pid is only killed when its command line mentions this directory, so a recycled
 * pid is never hit.
 */
public final class RunDirectory {

    private static final String OWNER = "owner.pid";
    private static final String CHILDREN = "children.pids";
    /** How long a directory without an owner is left alone: it may be being claimed. */
    private static final Duration CLAIM_GRACE = Duration.ofMinutes(10);

    private final Path dir;

    private RunDirectory(Path dir) {
        this.dir = dir;
    }

    /**
     * Takes {@code dir} for this process. Fails when another live launcher owns it; cleans up after a dead one.
     */
    public static RunDirectory claim(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            Optional<Long> owner = readOwner(dir);
            long self = ProcessHandle.current().pid();
            if (owner.isPresent() && owner.get() != self && isAlive(owner.get())) {
                throw new IllegalStateException(dir + " is in use by process " + owner.get());
            }
            killRecordedChildren(dir);
            Files.writeString(dir.resolve(OWNER), Long.toString(self), StandardCharsets.UTF_8);
            Files.deleteIfExists(dir.resolve(CHILDREN));
            return new RunDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim " + dir, e);
        }
    }

    /**
     * Removes every sub-directory of {@code root} whose owner is dead, after killing the servers it left running.
     */
    public static void reapAbandoned(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> runs = Files.list(root)) {
            for (Path run : runs.filter(Files::isDirectory).toList()) {
                Optional<Long> owner = readOwner(run);
                boolean abandoned = owner.isPresent() ? !isAlive(owner.get()) : !recentlyCreated(run);
                if (abandoned) {
                    try {
                        killRecordedChildren(run);
                        deleteRecursively(run);
                    } catch (UncheckedIOException concurrentlyReaped) {
                        // another launcher reaps the same directory at the same time: what is left is its to delete
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reap " + root, e);
        }
    }

    /** A directory without an owner yet may be one another launcher is claiming right now. */
    private static boolean recentlyCreated(Path run) {
        try {
            return Files.getLastModifiedTime(run).toInstant().isAfter(Instant.now().minus(CLAIM_GRACE));
        } catch (IOException e) {
            return false;
        }
    }

    public Path path() {
        return dir;
    }

    public Path resolve(String name) {
        return dir.resolve(name);
    }

    /** Records a server this launcher started, so that a later launcher can stop it if this one dies. */
    public synchronized void record(ChildProcess child) {
        try {
            Files.writeString(dir.resolve(CHILDREN), child.pid() + " " + child.name() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record pid of " + child.name(), e);
        }
    }

    /** Releases the directory: the next claim needs no cleanup. */
    public synchronized void release() {
        try {
            Files.deleteIfExists(dir.resolve(CHILDREN));
            Files.deleteIfExists(dir.resolve(OWNER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release " + dir, e);
        }
    }

    public static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    private static Optional<Long> readOwner(Path dir) {
        try {
            Path file = dir.resolve(OWNER);
            return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void killRecordedChildren(Path dir) throws IOException {
        Path file = dir.resolve(CHILDREN);
        if (!Files.exists(file)) {
            return;
        }
        String marker = dir.toAbsolutePath().toString();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            long pid = Long.parseLong(line.split(" ", 2)[0]);
            ProcessHandle.of(pid)
                    .filter(h -> h.info().commandLine().map(cmd -> cmd.contains(marker)).orElse(false))
                    .ifPresent(h -> {
                        h.destroyForcibly();
                        h.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> h).join();
                    });
        }
        Files.deleteIfExists(file);
    }
}
