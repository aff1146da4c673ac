package org.openasn.reference.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openasn.reference.InvalidReferenceException;

class JenjangSekolahTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"UPTD SD NEGERI 1 MP | SD", "SDN 3 Serang | SD", "Sekolah Dasar Negeri 2 | SD",
            "UPTD SMP NEGERI 10 METRO | SMP", "smpn 1 kota serang | SMP", "UPTD TKN PEMBINA MP | TK",
            "UPTD TK NEGERI 1 METRO PUSAT | TK", "SMK Negeri 2 | SMK", "SLB Negeri Metro | SLB", "SMA Negeri 1 | SMA"})
    void shouldReadTheLevelANameStates(String name, JenjangSekolah expected) {
        assertEquals(Optional.of(expected), JenjangSekolah.fromUnitName(name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DINAS PENDIDIKAN", "UPTD RSUD A YANI", "SDM DAN ORGANISASI", "SMPK"})
    void shouldNotTakeOtherUnitsForSchools(String name) {
        assertEquals(Optional.empty(), JenjangSekolah.fromUnitName(name));
    }

    @Test
    void shouldParseTheCodeAndRejectAnythingElse() {
        assertEquals(JenjangSekolah.SMP, JenjangSekolah.parse("smp"));
        assertEquals("'SMU' is not a school level: expected one of [TK, SD, SMP, SMA, SMK, SLB]",
                assertThrows(InvalidReferenceException.class, () -> JenjangSekolah.parse("SMU")).reason());
    }
}
