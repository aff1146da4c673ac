package org.openasn.reference.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openasn.reference.InvalidReferenceException;

class KedudukanHukumTest {

    @ParameterizedTest(name = "{0} {1}: in service {2}, separated {3}")
    @CsvSource(delimiter = '|', textBlock = """
            01 | AKTIF                            | true  | false
            02 | CLTN                             | false | false
            03 | TUGAS_BELAJAR                    | true  | false
            04 | PEMBERHENTIAN_SEMENTARA          | false | false
            05 | PENERIMA_UANG_TUNGGU             | false | false
            06 | PRAJURIT_WAJIB                   | false | false
            07 | PEJABAT_NEGARA                   | false | false
            08 | KEPALA_DESA                      | false | false
            09 | BANDING_BAPEK                    | false | false
            11 | PEGAWAI_TITIPAN                  | false | false
            12 | PENGUNGSI                        | false | false
            13 | PERPANJANGAN_CLTN                | false | false
            14 | HILANG                           | false | false
            15 | HUKUMAN_DISIPLIN                 | true  | false
            16 | PEMINDAHAN_PENURUNAN_JABATAN     | true  | false
            20 | MASA_PERSIAPAN_PENSIUN           | true  | false
            66 | DIBERHENTIKAN                    | false | true
            67 | PUNAH                            | false | true
            69 | TMS_DARI_PENGADAAN               | false | true
            70 | PEMBATALAN_NIP                   | false | true
            71 | PPPK_AKTIF                       | true  | false
            72 | PPPK_72                          | false | false
            73 | PPPK_73                          | false | false
            77 | PEMBERHENTIAN_TANPA_HAK_PENSIUN  | false | true
            88 | PEMBERHENTIAN_DENGAN_HAK_PENSIUN | false | true
            98 | MENCAPAI_BUP                     | false | true
            99 | PENSIUN                          | false | true
            """)
    void shouldStateForEveryCodeWhetherInServiceAndWhetherSeparated(String code, KedudukanHukum expected,
                                                                    boolean inService, boolean separated) {
        KedudukanHukum kedudukan = KedudukanHukum.fromSiasnId(code);

        assertEquals(expected, kedudukan);
        assertEquals(code, kedudukan.code());
        assertEquals(inService, kedudukan.isInService());
        assertEquals(separated, kedudukan.isSeparated());
    }

    @Test
    void shouldCoverEveryCodeInTheTable() {
        assertEquals(27, KedudukanHukum.values().length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1, AKTIF", "' 01 ', AKTIF", "3, TUGAS_BELAJAR"})
    void shouldReadIdWithOrWithoutLeadingZero(String id, KedudukanHukum expected) {
        assertEquals(expected, KedudukanHukum.fromSiasnId(id));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10, unknown kedudukan hukum id 10", "52, unknown kedudukan hukum id 52",
            "Aktif, kedudukan hukum id 'Aktif' is not a number"})
    void shouldRejectUnknownId(String id, String reason) {
        assertEquals(reason,
                assertThrows(InvalidReferenceException.class, () -> KedudukanHukum.fromSiasnId(id)).reason());
    }
}
