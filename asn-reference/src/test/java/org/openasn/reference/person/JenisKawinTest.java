package org.openasn.reference.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openasn.reference.InvalidReferenceException;

class JenisKawinTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1, MENIKAH", "2, CERAI", "3, JANDA_DUDA", "4, BELUM_KAWIN"})
    void shouldReadSiasnId(String id, JenisKawin expected) {
        assertEquals(expected, JenisKawin.fromSiasnId(id));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            Menikah       | MENIKAH
            KAWIN         | MENIKAH
            Cerai         | CERAI
            Cerai Hidup   | CERAI
            Janda/Duda    | JANDA_DUDA
            Janda / Duda  | JANDA_DUDA
            JANDA         | JANDA_DUDA
            Duda          | JANDA_DUDA
            Cerai Mati    | JANDA_DUDA
            Belum Kawin   | BELUM_KAWIN
            belum  menikah| BELUM_KAWIN
            """)
    void shouldReadNameSoImportersCanCrossCheckTheId(String name, JenisKawin expected) {
        assertEquals(expected, JenisKawin.parseName(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lajang | unknown jenis kawin name 'Lajang'
            ''     | jenis kawin name is empty
            """)
    void shouldRejectUnknownName(String name, String reason) {
        assertEquals(reason, assertThrows(InvalidReferenceException.class, () -> JenisKawin.parseName(name)).reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0, unknown jenis kawin id 0", "5, unknown jenis kawin id 5"})
    void shouldRejectUnknownId(String id, String reason) {
        assertEquals(reason, assertThrows(InvalidReferenceException.class, () -> JenisKawin.fromSiasnId(id)).reason());
    }
}
