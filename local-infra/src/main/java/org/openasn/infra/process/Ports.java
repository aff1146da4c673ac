package org.openasn.infra.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Loopback ports for servers we start ourselves.
 *
 * <p>A port chosen now is bound by a child process seconds later. A port from the kernel's ephemeral range (what
 * binding port 0 returns) can be taken in between as the local end of any outgoing connection, for instance a
 * service's own connection to Kafka, and the server then fails with "port in use". So ports are chosen below the
 * ephemeral range, where only an explicit bind can take them.
 */
public final class Ports {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Linux's default start of the ephemeral range, used when the kernel setting cannot be read. */
    private static final int DEFAULT_EPHEMERAL_START = 32_768;
    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 500;

    private Ports() {
    }

    /** A port that is free on 127.0.0.1 right now and that no outgoing connection will take. */
    public static int free() {
        return freeRange(1);
    }

    /** A base port such that {@code base .. base+count-1} are free on 127.0.0.1 right now and below the ephemeral range. */
    public static int freeRange(int count) {
        int end = ephemeralStart() - count;
        if (end <= LOWEST) {
            throw new IllegalStateException("the ephemeral port range starts at " + ephemeralStart()
                    + ": no room below it for " + count + " ports");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(LOWEST, end);
            if (IntStream.range(base, base + count).allMatch(Ports::bindable)) {
                return base;
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free loopback ports between " + LOWEST
                + " and " + ephemeralStart());
    }

    /** Whether something accepts connections on 127.0.0.1:{@code port}. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int ephemeralStart() {
        try {
            // Files.readString returned only "3" for this /proc file on JDK 17; reading lines returns the whole line.
            String[] range = Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL_START;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
