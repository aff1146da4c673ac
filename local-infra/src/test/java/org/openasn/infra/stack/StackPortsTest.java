package org.openasn.infra.stack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StackPortsTest {

    @Test
    void shouldUseTheServicesOwnPortsByDefault() {
        StackPorts ports = StackPorts.defaults();

        assertEquals(8081, ports.of(StackService.PERSONNEL));
        assertEquals(8082, ports.of(StackService.RETIREMENT));
        assertEquals(8083, ports.of(StackService.REPORTING));
        assertEquals(15432, ports.postgres());
        assertEquals(19092, ports.kafka());
        assertEquals(19093, ports.controller());
    }

    @Test
    void shouldPackSixDistinctPortsFromABase() {
        StackPorts ports = StackPorts.from(30000);

        assertEquals(List.of(30003, 30004, 30005, 30000, 30001, 30002), List.copyOf(ports.byUser().keySet()));
        assertEquals("PostgreSQL", ports.byUser().get(30003));
        assertEquals("reporting-service", ports.byUser().get(30002));
    }

    @Test
    void shouldRejectPortsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> StackPorts.from(1023));
        assertThrows(IllegalArgumentException.class, () -> new StackPorts(0, 1, 2, 3, 4, 5));
    }
}
