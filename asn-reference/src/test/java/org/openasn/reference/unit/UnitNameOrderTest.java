package org.openasn.reference.unit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitNameOrderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            UPTD SD NEGERI 2 MS     | UPTD SD NEGERI 10 MS     | -1
            UPTD SD NEGERI 10       | UPTD SD NEGERI 9         | 1
            UPTD SD NEGERI 1 MB     | UPTD SD NEGERI 1 MP      | -1
            KEL. BANJARSARI         | kel. banjarsari          | -1
            KEL. METRO              | KEL. METRO BARAT         | -1
            SMP NEGERI 007          | SMP NEGERI 7             | -1
            SMP NEGERI 7            | SMP NEGERI 7             | 0
            BAGIAN HUKUM            | BADAN PENGELOLAAN        | 1
            SD 99999999999999999999 | SD 100000000000000000000 | -1
            """)
    void shouldCompareNamesAlphabeticallyAndTheirNumbersByValue(String a, String b, int sign) {
        assertEquals(sign, Integer.signum(UnitNameOrder.compare(a, b)));
        assertEquals(-sign, Integer.signum(UnitNameOrder.compare(b, a)));
    }

    private record Unit(String name, Integer listOrder) {
    }

    @Test
    void shouldListUnitsByTheAgencysOrderFirstAndTheOthersByName() {
        List<Unit> units = new ArrayList<>(List.of(new Unit("BAGIAN UMUM", null), new Unit("BAGIAN HUKUM", 3),
                new Unit("BAGIAN ADMINISTRASI", null), new Unit("BAGIAN PEMERINTAHAN", 1)));

        units.sort(UnitNameOrder.siblings(Unit::listOrder, Unit::name));

        assertEquals(List.of("BAGIAN PEMERINTAHAN", "BAGIAN HUKUM", "BAGIAN ADMINISTRASI", "BAGIAN UMUM"), units.stream().map(Unit::name).toList());
    }
}
