package org.openasn.infra.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server process started by this launcher: its output goes to a log file, it runs in its own session
 * (so a Ctrl-C in the terminal reaches only the launcher, which then stops the children in order), and it
 * is stopped with a chosen signal, then killed if it does not exit in time.
 */
public final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path log;
    /** Where this run's output starts in the (appended) log. */
    private final long logStart;

    private ChildProcess(String name, Process process, Path log, long logStart) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    /** Starts {@code command} in {@code workDir} with extra environment variables, appending output to {@code log}. */
    public static ChildProcess start(String name, List<String> command, Path workDir, Map<String, String> env, Path log) {
        List<String> full = new ArrayList<>();
        full.add("setsid");
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            return new ChildProcess(name, builder.start(), log, logStart);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + String.join(" ", command), e);
        }
    }

    /** Runs a short command to completion, failing with its output when it exits with a non-zero code. */
    public static String run(String what, List<String> command, Path workDir, String stdin, Duration timeout) {
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(what + " did not finish within " + timeout);
            }
            String output = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(what + " failed (exit " + p.exitValue() + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Waits until the log contains {@code marker}; fails early, with the log's tail, if the process exits. */
    public void awaitLog(String marker, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (logContains(marker)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before it was ready; last lines of " + log + ":\n" + logTail(30));
            }
            sleep(50);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; last lines of " + log + ":\n" + logTail(30));
    }

    /**
     * Sends {@code signal} and waits up to {@code grace} for the process to exit, then kills it. Returns
     * {@code true} when it exited on the signal.
     */
    public boolean stop(Signal signal, Duration grace) {
        if (!process.isAlive()) {
            return true;
        }
        Signal.send(process.pid(), signal);
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return false;
    }

    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private boolean logContains(String marker) {
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(log)) {
            channel.position(logStart);
            String output = new String(java.nio.channels.Channels.newInputStream(channel).readAllBytes(), StandardCharsets.ISO_8859_1);
            return output.contains(marker);
        } catch (IOException e) {
            return false;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
