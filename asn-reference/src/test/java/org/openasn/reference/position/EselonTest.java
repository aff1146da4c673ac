package org.openasn.reference.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.rank.Golongan;

class EselonTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            11 | I.a        | IV/d–IV/e   | JPT
            12 | I.b        | IV/c–IV/e   | JPT
            21 | II.a       | IV/c–IV/d   | JPT
            22 | II.b       | IV/b–IV/c   | JPT
            31 | III.a      | IV/a–IV/b   | ADMINISTRATOR
            32 | III.b      | III/d–IV/a  | ADMINISTRATOR
            41 | IV.a       | III/c–III/d | PENGAWAS
            42 | IV.b       | III/b–III/c | PENGAWAS
            51 | V.a        | III/a–III/b | -
            52 | V.b        | III/a–III/b | -
            99 | non-eselon | -           | -
            """)
    void shouldCarryRankRangeOfPp13Of2002AndModernCategory(String id, String code, String range,
                                                           KategoriJabatan kategori) {
        Eselon eselon = Eselon.fromSiasnId(id);

        assertEquals(Integer.parseInt(id), eselon.id());
        assertEquals(code, eselon.code());
        assertEquals(Optional.ofNullable(range), eselon.rankRange().map(Object::toString));
        assertEquals(Optional.ofNullable(kategori), eselon.kategori());
        assertEquals(eselon, Eselon.parse(code));
    }

    @ParameterizedTest(name = "{0} holding {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            V_A        | III/a | true
            V_A        | III/b | true
            V_A        | II/d  | false
            V_A        | III/c | false
            V_B        | III/a | true
            IV_A       | III/c | true
            IV_A       | III/d | true
            IV_A       | III/b | false
            IV_A       | IV/a  | false
            IV_B       | III/b | true
            III_B      | IV/a  | true
            III_B      | IV/b  | false
            II_B       | IV/b  | true
            II_B       | IV/a  | false
            I_A        | IV/e  | true
            I_A        | IV/c  | false
            NON_ESELON | I/a   | true
            NON_ESELON | IV/e  | true
            """)
    void shouldTellWhetherHolderRankIsWithinRange(Eselon eselon, String golongan, boolean within) {
        assertEquals(within, eselon.isWithinRange(Golongan.parse(golongan)));
    }

    @Test
    void shouldRefuseToJudgePppkRankOnPnsScale() {
        assertThrows(IllegalArgumentException.class, () -> Eselon.IV_A.isWithinRange(Golongan.PPPK_IX));
        assertTrue(Eselon.NON_ESELON.isWithinRange(Golongan.PPPK_IX));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            IV.a          | IV_A
            IV-a          | IV_A
            II-b          | II_B
            II.A          | II_A
            IVa           | IV_A
            iv/a          | IV_A
            Eselon IV.a   | IV_A
            ESELON III-b  | III_B
            I.a           | I_A
            V.b           | V_B
            non-eselon    | NON_ESELON
            Non Eselon    | NON_ESELON
            NON           | NON_ESELON
            """)
    void shouldReadCodesAsSiasnAndSeedsWriteThem(String text, Eselon expected) {
        assertEquals(expected, Eselon.parse(text));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            V      | eselon V must name its level: V.a or V.b
            ESELON V | eselon V must name its level: V.a or V.b
            IV.c   | 'IV.c' is not an eselon: expected I.a, I.b, II.a, II.b, III.a, III.b, IV.a, IV.b, V.a, V.b or non-eselon
            VI.a   | 'VI.a' is not an eselon: expected I.a, I.b, II.a, II.b, III.a, III.b, IV.a, IV.b, V.a, V.b or non-eselon
            JPT    | 'JPT' is not an eselon: expected I.a, I.b, II.a, II.b, III.a, III.b, IV.a, IV.b, V.a, V.b or non-eselon
            """)
    void shouldRejectUnknownEselonWithReason(String text, String reason) {
        assertEquals(reason, assertThrows(InvalidReferenceException.class, () -> Eselon.parse(text)).reason());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void shouldRejectEmptyEselon(String text) {
        assertEquals("eselon is empty",
                assertThrows(InvalidReferenceException.class, () -> Eselon.parse(text)).reason());
    }

    @ParameterizedTest(name = "id {0}")
    @CsvSource({"10, unknown eselon id 10", "53, unknown eselon id 53", "'', eselon id is empty"})
    void shouldRejectUnknownEselonId(String id, String reason) {
        assertEquals(reason, assertThrows(InvalidReferenceException.class, () -> Eselon.fromSiasnId(id)).reason());
    }
}
