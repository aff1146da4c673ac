package org.openasn.events;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Decoding figures for docs/benchmarks.md (reporting, rebuild), without Kafka or a database: a published employee
 * event (three periods) read and its data bound, as the reporting consumer does, by {@link EventCodec} and, as the
 * baseline in the same run, by {@link ReferenceCodec} (the general validator the contract used before); on one thread
 * and on every core.
 */
@Tag("benchmark")
class DecodeBenchmarkTest {

    private static final int EVENTS = Integer.getInteger("bench.decode.events", 200_000);

    @Test
    void measure() throws Exception {
        String json = sample();
        assertEquals(ReferenceCodec.decode(json), new ReferenceCodec.Decoded(EventCodec.read(json), data(json), List.of()));
        for (int round = 1; round <= 3; round++) {
            System.out.printf("BENCHMARK decode, round %d, %d events of %d bytes: reference (general validator) %.0f events/s on one thread, "
                            + "%.0f on %d; compiled schemas %.0f events/s on one thread, %.0f on %d%n", round, EVENTS, json.length(),
                    rate(json, false, false), rate(json, false, true), Runtime.getRuntime().availableProcessors(),
                    rate(json, true, false), rate(json, true, true), Runtime.getRuntime().availableProcessors());
        }
    }

    private static double rate(String json, boolean compiled, boolean parallel) {
        IntStream events = IntStream.range(0, EVENTS);
        long started = System.nanoTime();
        long decoded = (parallel ? events.parallel() : events).filter(i -> (compiled ? data(json) : ReferenceCodec.decode(json).data()) != null).count();
        assertEquals(EVENTS, decoded);
        return EVENTS * 1e9 / (System.nanoTime() - started);
    }

    private static Object data(String json) {
        EventEnvelope event = EventCodec.read(json);
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
