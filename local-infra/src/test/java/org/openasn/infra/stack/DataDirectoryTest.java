package org.openasn.infra.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void shouldCreateTheLayoutTraversableByTheUnprivilegedServerUser() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        DataDirectory data = new DataDirectory(tmp.resolve("a/b"));

        data.create();

        for (Path dir : new Path[]{tmp.resolve("a"), data.root(), data.infra(), data.services(), data.keys(), data.logs()}) {
            assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)), dir.toString());
        }
        assertTrue(Files.exists(data.root().resolve(DataDirectory.MARKER)));
    }

    @Test
    void shouldDeleteAStackDataDirectory() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        DataDirectory data = new DataDirectory(tmp.resolve("data"));
        data.create();
        Files.writeString(data.logs().resolve("personnel-service.log"), "x");

        data.delete();

        assertFalse(Files.exists(data.root()));
    }

    @Test
    void shouldRefuseToTakeOverOrDeleteADirectoryThatIsNotAStackDataDirectory() throws Exception {
        Files.writeString(tmp.resolve("thesis.tex"), "precious");
        DataDirectory data = new DataDirectory(tmp);

        assertThrows(IllegalStateException.class, data::delete);
        assertThrows(IllegalStateException.class, data::create);
        assertTrue(Files.exists(tmp.resolve("thesis.tex")));
    }
}
