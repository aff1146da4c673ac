package org.openasn.reference.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.rank.Golongan;

class JenjangFungsionalTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AHLI_PERTAMA | KEAHLIAN     | III/a–III/b | Ahli Pertama
            AHLI_MUDA    | KEAHLIAN     | III/c–III/d | Ahli Muda
            AHLI_MADYA   | KEAHLIAN     | IV/a–IV/c   | Ahli Madya
            AHLI_UTAMA   | KEAHLIAN     | IV/d–IV/e   | Ahli Utama
            PEMULA       | KETERAMPILAN | II/a–II/a   | Pemula
            TERAMPIL     | KETERAMPILAN | II/b–II/d   | Terampil
            MAHIR        | KETERAMPILAN | III/a–III/b | Mahir
            PENYELIA     | KETERAMPILAN | III/c–III/d | Penyelia
            """)
    void shouldCarryCategoryAndRankRange(JenjangFungsional jenjang, JenjangFungsional.Kategori kategori, String range,
                                         String label) {
        assertEquals(kategori, jenjang.kategori());
        assertEquals(range, jenjang.rankRange().toString());
        assertEquals(label, jenjang.label());
    }

    @ParameterizedTest(name = "{0} holding {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AHLI_PERTAMA | III/a | true
            AHLI_PERTAMA | III/b | true
            AHLI_PERTAMA | III/c | false
            AHLI_PERTAMA | II/d  | false
            AHLI_MUDA    | III/c | true
            AHLI_MUDA    | IV/a  | false
            AHLI_MADYA   | IV/a  | true
            AHLI_MADYA   | IV/c  | true
            AHLI_MADYA   | IV/d  | false
            AHLI_UTAMA   | IV/d  | true
            AHLI_UTAMA   | IV/e  | true
            PEMULA       | II/a  | true
            PEMULA       | II/b  | false
            TERAMPIL     | II/b  | true
            TERAMPIL     | II/d  | true
            TERAMPIL     | II/a  | false
            MAHIR        | III/a | true
            MAHIR        | III/c | false
            PENYELIA     | III/d | true
            PENYELIA     | IV/a  | false
            """)
    void shouldTellWhetherHolderRankIsWithinRange(JenjangFungsional jenjang, String golongan, boolean within) {
        assertEquals(within, jenjang.isWithinRange(Golongan.parse(golongan)));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            Ahli Pertama    | AHLI_PERTAMA
            AHLI PERTAMA    | AHLI_PERTAMA
            ahli-pertama    | AHLI_PERTAMA
            '  Ahli   Muda' | AHLI_MUDA
            AHLI MUDA       | AHLI_MUDA
            Ahli Madya      | AHLI_MADYA
            Ahli Utama      | AHLI_UTAMA
            Pertama         | AHLI_PERTAMA
            Muda            | AHLI_MUDA
            Madya           | AHLI_MADYA
            Utama           | AHLI_UTAMA
            Pemula          | PEMULA
            Terampil        | TERAMPIL
            TERAMPIL        | TERAMPIL
            Mahir           | MAHIR
            Penyelia        | PENYELIA
            """)
    void shouldReadNamesAsSiasnAndSeedsWriteThem(String text, JenjangFungsional expected) {
        assertEquals(expected, JenjangFungsional.parse(text));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ahli Senior | 'Ahli Senior' is not a jenjang fungsional: expected Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir or Penyelia
            Ahli        | 'Ahli' is not a jenjang fungsional: expected Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir or Penyelia
            Ahli Mahir  | 'Ahli Mahir' is not a jenjang fungsional: expected Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir or Penyelia
            """)
    void shouldRejectUnknownNameWithReason(String text, String reason) {
        assertEquals(reason,
                assertThrows(InvalidReferenceException.class, () -> JenjangFungsional.parse(text)).reason());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void shouldRejectEmptyName(String text) {
        assertEquals("jenjang fungsional is empty",
                assertThrows(InvalidReferenceException.class, () -> JenjangFungsional.parse(text)).reason());
    }
}
