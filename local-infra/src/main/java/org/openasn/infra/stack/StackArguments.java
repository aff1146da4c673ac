package org.openasn.infra.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Parses the {@code ./stack} command line (the usage text itself lives in the script, which users read):
 * <pre>
 * up [--reset] [--data-dir DIR] [--demo] [--ports-from N]
 * token ROLE[,ROLE...] [--agency CODE] [--nip NIP] [--data-dir DIR]
 * validate up|token ...
 * </pre>
 * Relative paths are resolved against the caller's working directory; the default data directory is
 * {@code .stack-data} in the repository.
 */
public final class StackArguments {

    /** The data directory when none is given, relative to the repository root. */
    public static final String DEFAULT_DATA_DIR = ".stack-data";

    private final Path repoRoot;
    private final Path workingDir;

    public StackArguments(Path repoRoot, Path workingDir) {
        this.repoRoot = repoRoot.toAbsolutePath().normalize();
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    public StackCommand parse(String... args) {
        return parse(Arrays.asList(args));
    }

    public StackCommand parse(List<String> args) {
        if (args.isEmpty()) {
            throw new UsageException("name a command: up, token or help");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "up" -> new StackCommand.Up(up(rest));
            case "token" -> new StackCommand.Token(token(rest));
            case "validate" -> {
                StackCommand inner = parse(rest);
                if (inner instanceof StackCommand.Validate) {
                    throw new UsageException("validate validate?");
                }
                yield new StackCommand.Validate(inner);
            }
            default -> throw new UsageException("unknown command '" + args.get(0) + "'");
        };
    }

    private StackOptions up(List<String> args) {
        Path dataDir = defaultDataDir();
        boolean reset = false;
        boolean demo = false;
        StackPorts ports = StackPorts.defaults();
        for (Iterator<String> it = args.iterator(); it.hasNext(); ) {
            String arg = it.next();
            switch (arg) {
                case "--reset" -> reset = true;
                case "--demo" -> demo = true;
                case "--data-dir" -> dataDir = path(value(arg, it));
                case "--ports-from" -> ports = ports(value(arg, it));
                default -> throw unexpected("up", arg);
            }
        }
        return new StackOptions(dataDir, reset, demo, ports);
    }

    private TokenRequest token(List<String> args) {
        List<String> roles = new ArrayList<>();
        String agency = null;
        String nip = null;
        Path dataDir = defaultDataDir();
        for (Iterator<String> it = args.iterator(); it.hasNext(); ) {
            String arg = it.next();
            switch (arg) {
                case "--agency" -> agency = value(arg, it);
                case "--nip" -> nip = value(arg, it);
                case "--data-dir" -> dataDir = path(value(arg, it));
                default -> {
                    if (arg.startsWith("-") || !roles.isEmpty()) {
                        throw unexpected("token", arg);
                    }
                    for (String role : arg.split(",")) {
                        roles.add(role.trim());
                    }
                }
            }
        }
        return new TokenRequest(roles, agency, nip, dataDir);
    }

    private Path defaultDataDir() {
        return repoRoot.resolve(DEFAULT_DATA_DIR);
    }

    private Path path(String value) {
        if (value.isBlank()) {
            throw new UsageException("--data-dir needs a directory");
        }
        return workingDir.resolve(value).toAbsolutePath().normalize();
    }

    private static StackPorts ports(String value) {
        try {
            return StackPorts.from(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new UsageException("--ports-from needs a port number, was '" + value + "'");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String value(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new UsageException(option + " needs a value");
        }
        return it.next();
    }

    private static UsageException unexpected(String command, String arg) {
        return new UsageException(command + ": unexpected argument '" + arg + "'");
    }
}
