package org.openasn.infra.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackArgumentsTest {

    private static final Path REPO = Path.of("/src/openasn");
    private final StackArguments arguments = new StackArguments(REPO, Path.of("/home/dev/work"));

    @Test
    void shouldStartFromTheDefaultDataDirectoryOnTheDefaultPorts() {
        StackOptions options = up("up");

        assertEquals(REPO.resolve(".stack-data"), options.dataDir());
        assertEquals(StackPorts.defaults(), options.ports());
        assertFalse(options.reset());
        assertFalse(options.demo());
    }

    @Test
    void shouldReadEveryUpOption() {
        StackOptions options = up("up", "--reset", "--data-dir", "/var/tmp/asn", "--demo", "--ports-from", "20000");

        assertTrue(options.reset());
        assertTrue(options.demo());
        assertEquals(Path.of("/var/tmp/asn"), options.dataDir());
        assertEquals(new StackPorts(20000, 20001, 20002, 20003, 20004, 20005), options.ports());
    }

    @Test
    void shouldResolveARelativeDataDirectoryAgainstTheWorkingDirectory() {
        assertEquals(Path.of("/home/dev/work/data"), up("up", "--data-dir", "data/").dataDir());
        assertEquals(Path.of("/home/dev/other"), up("up", "--data-dir", "../other").dataDir());
    }

    @Test
    void shouldRejectUnknownOrIncompleteOptions() {
        assertUsage("unexpected argument '--port'", "up", "--port", "1");
        assertUsage("--data-dir needs a value", "up", "--data-dir");
        assertUsage("--ports-from needs a port number", "up", "--ports-from", "x");
        assertUsage("--ports-from must be between 1024", "up", "--ports-from", "80");
        assertUsage("--ports-from must be between 1024", "up", "--ports-from", "65531");
        assertUsage("unknown command 'down'", "down");
        assertUsage("name a command", new String[0]);
    }

    @Test
    void shouldIssueATokenRequestWithClaims() {
        TokenRequest request = token("token", "operator", "--agency", "D110", "--data-dir", "/var/tmp/asn");

        assertEquals(List.of("operator"), request.roles());
        assertEquals("D110", request.agency());
        assertNull(request.nip());
        assertEquals(Path.of("/var/tmp/asn"), request.dataDir());
        assertEquals("local-operator", request.subject());
    }

    @Test
    void shouldAcceptSeveralRolesSeparatedByCommas() {
        assertEquals(List.of("viewer", "integration"), token("token", "viewer,integration").roles());
    }

    @Test
    void shouldNameTheEmployeeOfASelfToken() {
        TokenRequest request = token("token", "self", "--nip", "199001012015031001");

        assertEquals("employee-199001012015031001", request.subject());
        assertEquals(REPO.resolve(".stack-data"), request.dataDir());
    }

    @Test
    void shouldRejectTokensTheServicesCouldNotUse() {
        assertUsage("name a role", "token");
        assertUsage("unknown role 'root'", "token", "root");
        assertUsage("add --agency CODE", "token", "operator");
        assertUsage("add --nip NIP", "token", "self");
        assertUsage("a NIP has 18 digits", "token", "self", "--nip", "12345");
        assertUsage("unexpected argument 'viewer'", "token", "admin", "viewer");
        assertUsage("unexpected argument '--role'", "token", "--role", "admin");
    }

    @Test
    void shouldWrapACommandToValidate() {
        StackCommand command = arguments.parse("validate", "up", "--demo");

        StackCommand.Validate validate = assertInstanceOf(StackCommand.Validate.class, command);
        assertTrue(assertInstanceOf(StackCommand.Up.class, validate.command()).options().demo());
    }

    private StackOptions up(String... args) {
        return assertInstanceOf(StackCommand.Up.class, arguments.parse(args)).options();
    }

    private TokenRequest token(String... args) {
        return assertInstanceOf(StackCommand.Token.class, arguments.parse(args)).request();
    }

    private void assertUsage(String expected, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> arguments.parse(args));
        assertTrue(e.getMessage().contains(expected), () -> "'" + e.getMessage() + "' should contain '" + expected + "'");
        assertEquals(2, e.exitCode());
    }
}
