package org.openasn.reference.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.openasn.reference.InvalidReferenceException;

class GolonganTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            11 | I/a   | Juru Muda               | I   | a | 1
            12 | I/b   | Juru Muda Tingkat I     | I   | b | 2
            13 | I/c   | Juru                    | I   | c | 3
            14 | I/d   | Juru Tingkat I          | I   | d | 4
            21 | II/a  | Pengatur Muda           | II  | a | 5
            22 | II/b  | Pengatur Muda Tingkat I | II  | b | 6
            23 | II/c  | Pengatur                | II  | c | 7
            24 | II/d  | Pengatur Tingkat I      | II  | d | 8
            31 | III/a | Penata Muda             | III | a | 9
            32 | III/b | Penata Muda Tingkat I   | III | b | 10
            33 | III/c | Penata                  | III | c | 11
            34 | III/d | Penata Tingkat I        | III | d | 12
            41 | IV/a  | Pembina                 | IV  | a | 13
            42 | IV/b  | Pembina Tingkat I       | IV  | b | 14
            43 | IV/c  | Pembina Utama Muda      | IV  | c | 15
            44 | IV/d  | Pembina Utama Madya     | IV  | d | 16
            45 | IV/e  | Pembina Utama           | IV  | e | 17
            """)
    void shouldMapEveryPnsSiasnIdToItsCodeAndPangkat(String id, String code, String pangkat, GolonganGroup group,
                                                     char ruang, int rank) {
        Golongan golongan = Golongan.fromSiasnId(Golongan.Kind.PNS, id);

        assertEquals(Golongan.Kind.PNS, golongan.kind());
        assertEquals(Integer.parseInt(id), golongan.siasnId());
        assertEquals(code, golongan.code());
        assertEquals(Optional.of(pangkat), golongan.pangkat());
        assertEquals(group, golongan.group());
        assertEquals(Optional.of(ruang), golongan.ruang());
        assertEquals(rank, golongan.rank());
        assertEquals(golongan, Golongan.parse(code));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | I     | I
            2  | II    | I
            3  | III   | I
            4  | IV    | I
            5  | V     | II
            6  | VI    | II
            7  | VII   | II
            8  | VIII  | II
            9  | IX    | III
            10 | X     | III
            11 | XI    | III
            12 | XII   | III
            13 | XIII  | IV
            14 | XIV   | IV
            15 | XV    | IV
            16 | XVI   | IV
            17 | XVII  | IV
            """)
    void shouldNumberPppkGolonganByTheirNumeral(String id, String code, GolonganGroup group) {
        Golongan golongan = Golongan.fromSiasnId(Golongan.Kind.PPPK, id);

        assertEquals(Golongan.Kind.PPPK, golongan.kind());
        assertEquals(code, golongan.code());
        assertEquals(Integer.parseInt(id), golongan.rank());
        assertEquals(group, golongan.group());
        assertEquals(Optional.empty(), golongan.pangkat());
        assertEquals(Optional.empty(), golongan.ruang());
        assertEquals(golongan, Golongan.parse(code));
    }

    @Test
    void shouldReadSameIdOnEachScaleAsADifferentGolongan() {
        assertEquals(Golongan.I_A, Golongan.fromSiasnId(Golongan.Kind.PNS, "11"));
        assertEquals(Golongan.PPPK_XI, Golongan.fromSiasnId(Golongan.Kind.PPPK, "11"));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            III/a       | III_A
            III/A       | III_A
            IIIa        | III_A
            III-a       | III_A
            III a       | III_A
            III.a       | III_A
            iii/a       | III_A
            '  III / a '| III_A
            I/a         | I_A
            II/d        | II_D
            IV/e        | IV_E
            IVe         | IV_E
            IX          | PPPK_IX
            ix          | PPPK_IX
            XVII        | PPPK_XVII
            IV          | PPPK_IV
            V           | PPPK_V
            """)
    void shouldReadCodesTolerantOfCaseAndSeparator(String text, Golongan expected) {
        assertEquals(expected, Golongan.parse(text));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            III/e  | golongan III has no ruang e (III/a–III/d)
            I/e    | golongan I has no ruang e (I/a–I/d)
            IV/f   | golongan IV has no ruang f (IV/a–IV/e)
            V/a    | 'V/a' is not a golongan: expected a PNS golongan/ruang such as III/a or a PPPK golongan I–XVII
            XVIII  | 'XVIII' is not a golongan: expected a PNS golongan/ruang such as III/a or a PPPK golongan I–XVII
            31     | '31' is not a golongan: expected a PNS golongan/ruang such as III/a or a PPPK golongan I–XVII
            Gol.3a | 'Gol.3a' is not a golongan: expected a PNS golongan/ruang such as III/a or a PPPK golongan I–XVII
            """)
    void shouldRejectUnknownCodeWithReason(String text, String reason) {
        assertEquals(reason, assertThrows(InvalidReferenceException.class, () -> Golongan.parse(text)).reason());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void shouldRejectEmptyCode(String text) {
        assertEquals("golongan is empty",
                assertThrows(InvalidReferenceException.class, () -> Golongan.parse(text)).reason());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PNS  | 46  | unknown PNS golongan id 46
            PNS  | 10  | unknown PNS golongan id 10
            PNS  | 9   | unknown PNS golongan id 9
            PPPK | 18  | unknown PPPK golongan id 18
            PPPK | 0   | unknown PPPK golongan id 0
            PPPK | 31  | unknown PPPK golongan id 31
            PNS  | III | PNS golongan id 'III' is not a number
            """)
    void shouldRejectUnknownIdWithReason(Golongan.Kind kind, String id, String reason) {
        assertEquals(reason,
                assertThrows(InvalidReferenceException.class, () -> Golongan.fromSiasnId(kind, id)).reason());
    }

    @Test
    void shouldOrderEachScaleByRank() {
        List<Golongan> pns = Arrays.stream(Golongan.values()).filter(g -> g.kind() == Golongan.Kind.PNS)
                .sorted(Comparator.comparingInt(Golongan::rank)).toList();
        List<Golongan> pppk = Arrays.stream(Golongan.values()).filter(g -> g.kind() == Golongan.Kind.PPPK)
                .sorted(Comparator.comparingInt(Golongan::rank)).toList();

        assertEquals(17, pns.size());
        assertEquals(17, pppk.size());
        assertEquals(List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c",
                "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"), pns.stream().map(Golongan::code).toList());
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
                "XV", "XVI", "XVII"), pppk.stream().map(Golongan::code).toList());
        assertTrue(Golongan.II_D.rank() < Golongan.III_A.rank());
        assertTrue(Golongan.III_D.compareTo(Golongan.IV_A) < 0);
    }

    @Test
    void shouldKeepRangesOnOneScale() {
        GolonganRange range = new GolonganRange(Golongan.III_A, Golongan.III_B);

        assertEquals("III/a–III/b", range.toString());
        assertThrows(IllegalArgumentException.class, () -> new GolonganRange(Golongan.III_B, Golongan.III_A));
        assertThrows(IllegalArgumentException.class, () -> new GolonganRange(Golongan.III_A, Golongan.PPPK_X));
        assertThrows(IllegalArgumentException.class, () -> range.contains(Golongan.PPPK_IX));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I/a   | I
            II/d  | II
            III/a | III
            IV/e  | IV
            I     | PPPK I
            III   | PPPK III
            IV    | PPPK IV
            XVII  | PPPK XVII
            """)
    void shouldNamePppkGolonganApartFromPnsGroupsInBreakdowns(String code, String key) {
        assertEquals(key, Golongan.parse(code).breakdownKey());
        assertEquals(key, Golongan.breakdownKeyOf(code));
    }

    @Test
    void shouldListEveryBreakdownKeyOnce() {
        assertEquals(List.of("I", "II", "III", "IV", "PPPK I", "PPPK II", "PPPK III", "PPPK IV", "PPPK V", "PPPK VI", "PPPK VII",
                "PPPK VIII", "PPPK IX", "PPPK X", "PPPK XI", "PPPK XII", "PPPK XIII", "PPPK XIV", "PPPK XV", "PPPK XVI", "PPPK XVII"),
                Golongan.breakdownKeys());
        assertEquals(null, Golongan.breakdownKeyOf(null));
    }
}
