package org.openasn.personnel.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openasn.personnel.config.PersonnelConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Uploaded files wait here until their import finishes (so an import interrupted by a restart resumes). */
@ApplicationScoped
public class ImportFiles {

    @Inject
    PersonnelConfig config;

    /** Streams the upload to disk (never into memory) and returns its size. */
    public long store(UUID jobId, InputStream body) {
        try {
            Files.createDirectories(config.importDirectory());
            Path target = of(jobId);
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            long bytes = Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload", e);
        }
    }

    public Path of(UUID jobId) {
        return config.importDirectory().resolve(jobId + ".csv");
    }

    public void delete(UUID jobId) {
        try {
            Files.deleteIfExists(of(jobId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
