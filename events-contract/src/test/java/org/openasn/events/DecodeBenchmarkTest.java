package org.openasn.events;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decoding figures for docs/benchmarks.md (reporting, rebuild), without Kafka or a database: a published employee
 * event (three periods) read and its data bound, as the reporting consumer does, by {@link EventCodec}'s layout reader (decision 26), the
 * one pass over Jackson's tokens (decision 21) and, as baselines in the same run, by {@link ReferenceCodec} (the general validator the contract used
 * before decision 15) and by {@link EventCodec} from a tree (the compiled schemas of decision 15, as before decision
 * 21); on one thread and on every core.
 */
@Tag("benchmark")
class DecodeBenchmarkTest {

    private static final int EVENTS = Integer.getInteger("bench.decode.events", Boolean.getBoolean("bench.smoke") ? 2_000 : 200_000);

    @Test
    void measure() throws Exception {
        String json = sample();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8); // as a consumer gets a record
        Object expected = ReferenceCodec.decode(json).data();
        assertEquals(expected, data(EventCodec.read(bytes)));
        assertEquals(expected, data(EventCodec.readTree(bytes)));
        assertEquals(expected, data(EventCodec.readInOnePass(bytes)));
        assertEquals(expected, data(EventCodec.LAYOUT.read(bytes)));
        int cores = Runtime.getRuntime().availableProcessors();
        for (int round = 1; round <= 3; round++) {
            System.out.printf("BENCHMARK decode, round %d, %d events of %d bytes, CPU per event on one thread / events/s on %d threads: reference "
                            + "(general validator) %.1f µs / %.0f; compiled schemas on a tree %.1f µs / %.0f; one pass %.1f µs / %.0f; "
                            + "by layout %.1f µs / %.0f%n",
                    round, EVENTS, bytes.length, cores,
                    cpuPerEvent(() -> ReferenceCodec.decode(json).data()), rate(() -> ReferenceCodec.decode(json).data()),
                    cpuPerEvent(() -> data(EventCodec.readTree(bytes))), rate(() -> data(EventCodec.readTree(bytes))),
                    cpuPerEvent(() -> data(EventCodec.readInOnePass(bytes))), rate(() -> data(EventCodec.readInOnePass(bytes))),
                    cpuPerEvent(() -> data(EventCodec.LAYOUT.read(bytes))), rate(() -> data(EventCodec.LAYOUT.read(bytes))));
        }
    }

    /** Microseconds of this thread's CPU per event decoded (less disturbed by other work on the machine than a rate). */
    private static double cpuPerEvent(Supplier<Object> decode) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < EVENTS; i++) {
            assertNotNull(decode.get());
        }
        return (threads.getCurrentThreadCpuTime() - started) / 1e3 / EVENTS;
    }

    /** Events decoded per second of wall time on every core. */
    private static double rate(Supplier<Object> decode) {
        long started = System.nanoTime();
        long decoded = IntStream.range(0, EVENTS).parallel().filter(i -> decode.get() != null).count();
        assertEquals(EVENTS, decoded);
        return EVENTS * 1e9 / (System.nanoTime() - started);
    }

    private static Object data(EventEnvelope event) {
        return EventCodec.data(event, EventTypes.employeeByName(event.type()).orElseThrow());
    }

    private static String sample() throws IOException {
        try {
            return Files.readString(Path.of(DecodeBenchmarkTest.class.getResource("/samples/asn.personnel.promoted.v1/2026-11-backdated-promotion.json").toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
