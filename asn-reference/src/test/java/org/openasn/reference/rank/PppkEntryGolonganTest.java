package org.openasn.reference.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openasn.reference.person.JenjangPendidikan;
import org.openasn.reference.person.TingkatPendidikan;

class PppkEntryGolonganTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SD   | I
            SLTP | III
            SLTA | V
            D1   | V
            D2   | VI
            D3   | VII
            D4   | IX
            S1   | IX
            S2   | X
            S3   | XI
            """)
    void shouldAppointPppkAtGolonganOfTheirEducation(JenjangPendidikan education, String golongan) {
        assertEquals(Golongan.parse(golongan), PppkEntryGolongan.forEducation(education));
    }

    @ParameterizedTest(name = "tingkat pendidikan {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            05 | I
            12 | III
            17 | V
            18 | V
            30 | VII
            35 | IX
            """)
    void shouldAppointBySiasnEducationLevelThroughItsReportGroup(String tingkatPendidikanId, String golongan) {
        JenjangPendidikan education = TingkatPendidikan.fromSiasnId(tingkatPendidikanId).jenjang();

        assertEquals(Golongan.parse(golongan), PppkEntryGolongan.forEducation(education));
    }
}
