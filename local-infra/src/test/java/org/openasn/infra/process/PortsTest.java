package org.openasn.infra.process;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PortsTest {

    @Test
    void shouldChooseBindablePortsBelowTheEphemeralRange() throws IOException {
        int base = Ports.freeRange(6);

        assertTrue(base + 6 <= Ports.ephemeralStart(), base + " .. " + (base + 5) + " below " + Ports.ephemeralStart());
        for (int port = base; port < base + 6; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertTrue(socket.isBound());
            }
        }
    }

    @Test
    void shouldNotChooseAPortSomethingListensOn() throws IOException {
        int taken = Ports.free();
        try (ServerSocket socket = new ServerSocket(taken, 1, InetAddress.getLoopbackAddress())) {
            for (int i = 0; i < 200; i++) {
                assertTrue(Ports.free() != taken);
            }
        }
    }
}
