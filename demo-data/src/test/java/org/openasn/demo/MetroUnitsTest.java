package org.openasn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openasn.reference.unit.JenisUnit;

class MetroUnitsTest {

    @Test
    void shouldTypeTheUnitsAsSeedTable312CountsTheSkpd() {
        Map<JenisUnit, Integer> skpd = new TreeMap<>();
        Map<String, Integer> schools = new TreeMap<>();
        for (MetroUnits.Unit unit : MetroUnits.units()) {
            skpd.merge(unit.jenisUnit(), 1, Integer::sum);
            unit.jenjangSekolah().ifPresent(level -> schools.merge(level.name(), 1, Integer::sum));
        }

        // seed 000 Table 3.12: 12, 1, 18, 1, 4, 2, 5, 22 = 65 SKPD; plus the two RSUD (UPTD) and 76 schools of Table 3.14
        assertEquals(Map.of(JenisUnit.SEKRETARIAT_DAERAH, 12, JenisUnit.SEKRETARIAT_DPRD, 1, JenisUnit.DINAS, 18, JenisUnit.INSPEKTORAT, 1,
                JenisUnit.BADAN, 4, JenisUnit.LEMBAGA_LAIN, 2, JenisUnit.KECAMATAN, 5, JenisUnit.KELURAHAN, 22, JenisUnit.UPTD, 2,
                JenisUnit.SEKOLAH, 76), skpd);
        assertEquals(Map.of("TK", 19, "SD", 47, "SMP", 10), schools);
    }
}
