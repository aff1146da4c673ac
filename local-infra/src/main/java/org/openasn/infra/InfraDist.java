package org.openasn.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files the build copied to {@code local-infra/target/dist}: {@code postgres/} (the zonky PostgreSQL
 * binaries jar) and {@code kafka/} (the broker and its runtime dependencies). Found through the system
 * property {@code asn.infra.dist} (set by the build for tests, and by {@code ./stack}), else next to this
 * class's jar or classes directory.
 */
public record InfraDist(Path root) {

    public static final String PROPERTY = "asn.infra.dist";

    public static InfraDist locate() {
        String configured = System.getProperty(PROPERTY);
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : besideThisClass();
        if (!Files.isDirectory(root.resolve("postgres")) || !Files.isDirectory(root.resolve("kafka"))) {
            throw new IllegalStateException("local infrastructure distribution not found at " + root
                    + ": build it with ./mvnw -pl local-infra package (or set -D" + PROPERTY + ")");
        }
        return new InfraDist(root.toAbsolutePath());
    }

    /** The zonky binaries jar holding {@code postgres-linux-x86_64.txz}. */
    public Path postgresJar() {
        List<Path> jars = list(root.resolve("postgres"));
        if (jars.size() != 1) {
            throw new IllegalStateException("expected one PostgreSQL binaries jar in " + root.resolve("postgres") + ", found " + jars);
        }
        return jars.get(0);
    }

    /** The class path of the Kafka broker. */
    public String kafkaClassPath() {
        return root.resolve("kafka").toAbsolutePath() + "/*";
    }

    private static Path besideThisClass() {
        try {
            Path location = Path.of(InfraDist.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/classes or target/local-infra-<version>.jar: either way the parent is target/
            return location.getParent().resolve("dist");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate local-infra", e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
