package org.openasn.reference.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openasn.reference.InvalidReferenceException;

class JenisUnitTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SEKRETARIAT DAERAH | SEKRETARIAT_DAERAH", "Sekretariat Daerah Kota Metro | SEKRETARIAT_DAERAH",
            "SEKRETARIAT DPRD | SEKRETARIAT_DPRD", "Sekretariat Dewan Perwakilan Rakyat Daerah | SEKRETARIAT_DPRD",
            "DINAS KESEHATAN | DINAS", "Dinas PU dan Tata Ruang | DINAS", "INSPEKTORAT | INSPEKTORAT",
            "Badan Pengelolaan Pajak & Retribusi Daerah | BADAN", "KECAMATAN METRO PUSAT | KECAMATAN",
            "Kelurahan Yosomulyo | KELURAHAN", "UPTD SD NEGERI 1 MP | SEKOLAH", "SMP Negeri 4 Metro | SEKOLAH"})
    void shouldReadTheTypeANameStates(String name, JenisUnit expected) {
        assertEquals(Optional.of(expected), JenisUnit.fromUnitName(name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"BKPSDM", "KEL. METRO", "BAGIAN UMUM", "UPTD RSUD A YANI", "DINASTI", "BADANKU", "SATPOL-PP", " "})
    void shouldLeaveAnUnclearNameToAnOperator(String name) {
        assertEquals(Optional.empty(), JenisUnit.fromUnitName(name));
    }

    @Test
    void shouldParseTheCodeAndRejectAnythingElse() {
        assertEquals(JenisUnit.LEMBAGA_LAIN, JenisUnit.parse("lembaga_lain"));
        InvalidReferenceException e = assertThrows(InvalidReferenceException.class, () -> JenisUnit.parse("KANTOR"));
        assertTrue(e.reason().startsWith("'KANTOR' is not a unit type: expected one of [SEKRETARIAT_DAERAH"), e.reason());
        assertThrows(InvalidReferenceException.class, () -> JenisUnit.parse(null));
    }

    @Test
    void shouldCountOnlyPerangkatDaerahAsSkpd() {
        assertTrue(JenisUnit.DINAS.isSkpd());
        assertTrue(!JenisUnit.UPTD.isSkpd() && !JenisUnit.SEKOLAH.isSkpd());
        assertEquals("LEMBAGA LAIN", JenisUnit.LEMBAGA_LAIN.label());
    }
}
