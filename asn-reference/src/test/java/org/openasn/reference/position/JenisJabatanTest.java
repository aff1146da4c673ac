package org.openasn.reference.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openasn.reference.InvalidReferenceException;

class JenisJabatanTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1, STRUKTURAL", "2, FUNGSIONAL_TERTENTU", "3, RANGKAP", "4, FUNGSIONAL_UMUM",
            "' 2 ', FUNGSIONAL_TERTENTU"})
    void shouldReadSiasnId(String id, JenisJabatan expected) {
        assertEquals(expected, JenisJabatan.fromSiasnId(id));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0, unknown jenis jabatan id 0", "5, unknown jenis jabatan id 5",
            "JFT, jenis jabatan id 'JFT' is not a number"})
    void shouldRejectUnknownId(String id, String reason) {
        assertEquals(reason,
                assertThrows(InvalidReferenceException.class, () -> JenisJabatan.fromSiasnId(id)).reason());
    }
}
