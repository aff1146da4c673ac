package org.openasn.infra.stack;

import org.openasn.infra.process.RunDirectory;
import org.openasn.infra.process.Unprivileged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The stack's data directory, kept between runs:
 * <pre>
 * .openasn-stack   marker: only a directory holding it is ever deleted by --reset
 * infra/           PostgreSQL (postgres/) and Kafka (kafka/) data and logs, and their pids (LocalInfra's run directory)
 * run/             the services' pids (so that the next start kills services left by a killed launcher)
 * keys/            jwt-private.pem, jwt-public.pem: the key that signs ./stack tokens
 * logs/            one log per service
 * </pre>
 * When the launcher runs as root, PostgreSQL runs as {@code nobody}, which must be able to traverse every
 * directory down to {@code infra/postgres}: directories created here are made world-traversable (0755).
 */
public final class DataDirectory {

    static final String MARKER = ".openasn-stack";
    private static final Set<PosixFilePermission> TRAVERSABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    private final Path root;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path infra() {
        return root.resolve("infra");
    }

    public Path services() {
        return root.resolve("run");
    }

    public Path keys() {
        return root.resolve("keys");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /**
     * Creates the directory (and the missing parents, 0755) with its marker. Fails when an existing,
     * non-empty directory is not a stack data directory, or when {@code nobody} could not reach it.
     */
    public void create() {
        try {
            if (Files.exists(root) && !Files.exists(root.resolve(MARKER)) && !isEmpty(root)) {
                throw new IllegalStateException(root + " exists and is not a stack data directory (no " + MARKER
                        + "); choose an empty or new directory with --data-dir");
            }
            createTraversable(root);
            Files.setPosixFilePermissions(root, union(Files.getPosixFilePermissions(root), TRAVERSABLE));
            for (Path dir : List.of(infra(), services(), keys(), logs())) {
                createTraversable(dir);
            }
            if (!Files.exists(root.resolve(MARKER))) {
                Files.writeString(root.resolve(MARKER), "Data directory of ./stack: PostgreSQL, Kafka, signing keys, logs.\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + root, e);
        }
        requireReachableByServers();
    }

    /** Deletes everything; refuses a directory that is not a stack data directory. */
    public void delete() {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.exists(root.resolve(MARKER))) {
            try {
                if (!isEmpty(root)) {
                    throw new IllegalStateException("refusing to delete " + root + ": it is not a stack data directory (no " + MARKER + ")");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        RunDirectory.deleteRecursively(root);
    }

    /** When root, PostgreSQL runs as {@code nobody}: every ancestor must let others traverse it. */
    private void requireReachableByServers() {
        if (!Unprivileged.runningAsRoot()) {
            return;
        }
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new IllegalStateException("PostgreSQL runs as 'nobody' because ./stack runs as root, and 'nobody' cannot enter "
                            + dir + " (mode " + PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)) + "). "
                            + "Use a --data-dir whose parents are world-traversable (such as /var/tmp/openasn), or chmod o+x " + dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the permissions of " + dir, e);
            }
        }
    }

    /** Creates {@code dir} and its missing parents, each 0755 whatever the umask. */
    private static void createTraversable(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectories(p);
            Files.setPosixFilePermissions(p, TRAVERSABLE);
        }
    }

    private static Set<PosixFilePermission> union(Set<PosixFilePermission> a, Set<PosixFilePermission> b) {
        Set<PosixFilePermission> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
