package org.openasn.infra.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackSummaryTest {

    @Test
    void shouldListEachServicesDocumentationAndEndWithTheReadyLine() {
        StackOptions options = new StackOptions(Path.of("/src/openasn/.stack-data"), false, false, StackPorts.defaults());

        String summary = StackSummary.render(options, "./stack", true, "/src/openasn/.stack-data/infra/postgres/password");

        assertTrue(summary.contains("http://127.0.0.1:8081/q/swagger-ui"), summary);
        assertTrue(summary.contains("http://127.0.0.1:8082/q/openapi"), summary);
        assertTrue(summary.contains("http://127.0.0.1:8083/q/health"), summary);
        assertTrue(summary.contains("127.0.0.1:15432"), summary);
        assertTrue(summary.contains("127.0.0.1:19092"), summary);
        assertTrue(summary.contains("curl -H \"Authorization: Bearer $(./stack token admin)\" http://127.0.0.1:8081/admin/events/outbox"), summary);
        assertFalse(summary.contains("--data-dir"), summary);
        assertTrue(summary.endsWith("\nSTACK READY\n"), summary);
    }

    @Test
    void shouldNameAnOtherDataDirectoryInTheTokenCommand() {
        StackOptions options = new StackOptions(Path.of("/var/tmp/my data"), false, false, StackPorts.from(20000));

        String summary = StackSummary.render(options, "/src/openasn/stack", false, "/x/password");

        assertTrue(summary.contains("/src/openasn/stack token admin --data-dir '/var/tmp/my data'"), summary);
        assertTrue(summary.contains("http://127.0.0.1:20000/admin/events/outbox"), summary);
    }

    @Test
    void shouldCallTheScriptRelativelyOnlyFromTheRepositoryRoot() {
        assertEquals("./stack", StackSummary.stackCommand(Path.of("/src/openasn"), Path.of("/src/openasn")));
        assertEquals("/src/openasn/stack", StackSummary.stackCommand(Path.of("/src/openasn"), Path.of("/tmp")));
    }

    @Test
    void shouldAlignColumns() {
        List<String> lines = StackSummary.table(List.of(new String[]{"a", "bb", "c"}, new String[]{"ccc", "d", "e"}));

        assertEquals(List.of("a    bb  c", "ccc  d   e"), lines);
    }
}
