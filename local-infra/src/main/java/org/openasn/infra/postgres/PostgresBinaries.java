package org.openasn.infra.postgres;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.openasn.infra.process.RunDirectory;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The PostgreSQL installation unpacked from the zonky binaries jar into a shared cache directory, readable by
 * everybody (the server may run as {@code nobody}). Unpacked once per version; concurrent JVMs race safely
 * (each unpacks into its own temporary directory, the first rename wins).
 */
public record PostgresBinaries(Path home) {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    public static PostgresBinaries unpack(Path jar, Path cacheRoot) {
        String version = jar.getFileName().toString().replaceAll("^.*-(\\d+\\.\\d+\\.\\d+)\\.jar$", "$1");
        Path home = cacheRoot.resolve("postgres-" + version);
        if (Files.isExecutable(home.resolve("bin/postgres"))) {
            return new PostgresBinaries(home);
        }
        try {
            Files.createDirectories(cacheRoot);
            Path staging = Files.createTempDirectory(cacheRoot, "unpack-");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(ARCHIVE);
                if (entry == null) {
                    throw new IllegalStateException(jar + " has no " + ARCHIVE);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    untar(in, staging);
                }
            }
            Files.setPosixFilePermissions(staging, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                RunDirectory.deleteRecursively(staging);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IllegalStateException("cache directory must be on one file system: " + cacheRoot, e);
            }
            return new PostgresBinaries(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack PostgreSQL from " + jar, e);
        }
    }

    public Path bin(String program) {
        return home.resolve("bin").resolve(program);
    }

    private static void untar(InputStream compressed, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(compressed, 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("archive entry escapes the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(out, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return perms;
    }
}
