package org.openasn.infra.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL refuses to run as root. When this JVM runs as root, server commands run as the unprivileged
 * user {@code nobody} through {@code setpriv}, and the directories they write are handed over to that user.
 * Otherwise commands run as the current user, unchanged.
 */
public final class Unprivileged {

    private static final String USER = "nobody";
    private static final String GROUP = "nogroup";

    private Unprivileged() {
    }

    public static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** {@code command}, prefixed so that it runs as {@code nobody} when we are root. */
    public static List<String> command(List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(
                "setpriv", "--reuid=" + USER, "--regid=" + GROUP, "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Creates {@code dir} if needed and gives it (recursively) to the unprivileged user when we are root. */
    public static void handOver(Path dir) {
        try {
            Files.createDirectories(dir);
            if (!runningAsRoot()) {
                return;
            }
            UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
            UserPrincipal user = lookup.lookupPrincipalByName(USER);
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(GROUP);
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    own(d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    own(file);
                    return FileVisitResult.CONTINUE;
                }

                private void own(Path p) throws IOException {
                    PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                    view.setOwner(user);
                    view.setGroup(group);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand " + dir + " over to " + USER, e);
        }
    }

    /**
     * Fails with an explanation when the unprivileged user cannot write {@code dir} (for example because a
     * parent directory is private to root).
     */
    public static void requireWritable(Path dir) {
        if (!runningAsRoot()) {
            return;
        }
        try {
            ChildProcess.run("access check", command(List.of("test", "-w", dir.toString(), "-a", "-x", dir.toString())),
                    Path.of("/"), null, Duration.ofSeconds(10));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("PostgreSQL runs as '" + USER + "' because this process runs as root, but '"
                    + USER + "' cannot reach " + dir + " (is a parent directory private?). "
                    + "Choose a data directory under a world-traversable path such as /var/tmp.", e);
        }
    }
}
