package org.openasn.infra.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Entry point of {@code ./stack} (the script builds what is missing, then runs this class):
 * {@code up} starts PostgreSQL, Kafka and the three services from the data directory, prints where they
 * are and {@value StackSummary#READY}, and stops everything on Ctrl-C or SIGTERM; {@code token} prints a
 * signed JWT. The repository root comes from the system property {@value ServiceLauncher#REPO_ROOT_PROPERTY}.
 */
public final class StackMain {

    private static final int FAILED = 1;

    private StackMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path workingDir = Path.of("").toAbsolutePath();
        Path repoRoot = repoRoot(workingDir);
        String script = StackSummary.stackCommand(repoRoot, workingDir);
        try {
            StackCommand command = new StackArguments(repoRoot, workingDir).parse(args);
            if (command instanceof StackCommand.Validate) {
                return 0;
            }
            if (command instanceof StackCommand.Token token) {
                out.println(TokenCommand.issue(token.request(), Instant.now()));
                return 0;
            }
            return up(((StackCommand.Up) command).options(), repoRoot, script, out, err);
        } catch (UsageException e) {
            err.println("stack: " + e.getMessage());
            err.println("Run " + script + " help for usage.");
            return e.exitCode();
        } catch (RuntimeException e) {
            err.println("stack: " + e.getMessage());
            return FAILED;
        }
    }

    private static int up(StackOptions options, Path repoRoot, String script, PrintStream out, PrintStream err) {
        LocalStack stack = new LocalStack(options, repoRoot, out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stack-shutdown"));
        try {
            stack.start();
        } catch (LocalStack.Closing e) {
            stack.watch(); // the shutdown hook is stopping everything; the JVM ends when it is done
            return 0;
        } catch (RuntimeException e) {
            err.println("stack: " + e.getMessage());
            err.flush();
            stack.close();
            return FAILED;
        }
        if (options.demo()) {
            try {
                new DemoLoader().load(stack.data(), options.ports().personnel(), out);
            } catch (RuntimeException e) {
                err.println("stack: " + e.getMessage() + " (the stack keeps running)");
            }
        }
        boolean defaultData = options.dataDir().equals(repoRoot.resolve(StackArguments.DEFAULT_DATA_DIR));
        out.print(StackSummary.render(options, script, defaultData,
                stack.data().infra().resolve("postgres/password").toString()));
        out.flush();
        stack.watch();
        return 0;
    }

    private static Path repoRoot(Path workingDir) {
        String configured = System.getProperty(ServiceLauncher.REPO_ROOT_PROPERTY);
        return (configured == null || configured.isBlank() ? workingDir : Path.of(configured)).toAbsolutePath().normalize();
    }
}
