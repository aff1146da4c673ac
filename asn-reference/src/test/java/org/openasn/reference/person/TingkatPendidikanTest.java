package org.openasn.reference.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openasn.reference.InvalidReferenceException;

class TingkatPendidikanTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            05 | SD            | SD
            10 | SLTP          | SLTP
            12 | SLTP_KEJURUAN | SLTP
            15 | SLTA          | SLTA
            17 | SLTA_KEJURUAN | SLTA
            18 | SLTA_KEGURUAN | SLTA
            20 | D1            | D1
            25 | D2            | D2
            30 | D3            | D3
            35 | D4            | D4
            40 | S1            | S1
            45 | S2            | S2
            50 | S3            | S3
            """)
    void shouldCountEachSiasnLevelInItsReportRow(String id, TingkatPendidikan expected, JenjangPendidikan jenjang) {
        TingkatPendidikan tingkat = TingkatPendidikan.fromSiasnId(id);

        assertEquals(expected, tingkat);
        assertEquals(id, tingkat.code());
        assertEquals(jenjang, tingkat.jenjang());
    }

    @Test
    void shouldAcceptIdWithoutLeadingZero() {
        assertEquals(TingkatPendidikan.SD, TingkatPendidikan.fromSiasnId("5"));
    }

    @Test
    void shouldLabelReportRowsAsSeed000Tables3_7And3_8PrintThem() {
        List<String> seedRowsBottomUp =
                List.of("SD", "SLTP", "SLTA", "D-I", "D-II", "D-III", "D-IV", "S-1", "S-2", "S-3");

        List<String> rows = Arrays.stream(JenjangPendidikan.values()).map(JenjangPendidikan::label).toList();

        assertEquals(seedRowsBottomUp, rows);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"11, unknown tingkat pendidikan id 11", "55, unknown tingkat pendidikan id 55",
            "S1, tingkat pendidikan id 'S1' is not a number"})
    void shouldRejectUnknownId(String id, String reason) {
        assertEquals(reason,
                assertThrows(InvalidReferenceException.class, () -> TingkatPendidikan.fromSiasnId(id)).reason());
    }
}
