package org.openasn.reference.position;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BupCategoryTest {

    @ParameterizedTest(name = "{0} eselon {1} jenjang {2} group {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            "STRUKTURAL,          II_A,  -,            LAINNYA,   SENIOR_LEADERSHIP",
            "STRUKTURAL,          II_B,  -,            LAINNYA,   SENIOR_LEADERSHIP",
            "STRUKTURAL,          I_B,   -,            LAINNYA,   SENIOR_LEADERSHIP",
            "STRUKTURAL,          III_A, -,            LAINNYA,   ADMINISTRATION",
            "STRUKTURAL,          IV_B,  -,            KESEHATAN, ADMINISTRATION",
            "STRUKTURAL,          V_A,   -,            LAINNYA,   ADMINISTRATION",
            "RANGKAP,             II_A,  -,            LAINNYA,   SENIOR_LEADERSHIP",
            "FUNGSIONAL_UMUM,     -,     -,            LAINNYA,   ADMINISTRATION",
            "FUNGSIONAL_TERTENTU, -,     AHLI_PERTAMA, LAINNYA,   EXPERT_FIRST",
            "FUNGSIONAL_TERTENTU, -,     AHLI_MUDA,    KESEHATAN, EXPERT_JUNIOR",
            "FUNGSIONAL_TERTENTU, -,     AHLI_MADYA,   LAINNYA,   EXPERT_MIDDLE",
            "FUNGSIONAL_TERTENTU, -,     AHLI_UTAMA,   LAINNYA,   EXPERT_MAIN",
            "FUNGSIONAL_TERTENTU, -,     PEMULA,       LAINNYA,   SKILLED",
            "FUNGSIONAL_TERTENTU, -,     PENYELIA,     KESEHATAN, SKILLED",
            "FUNGSIONAL_TERTENTU, -,     AHLI_PERTAMA, GURU,      TEACHER",
            "FUNGSIONAL_TERTENTU, -,     AHLI_UTAMA,   GURU,      TEACHER",
    })
    void shouldDeriveTheCategoryFromThePosition(JenisJabatan jenis, Eselon eselon, JenjangFungsional jenjang, PositionGroup group,
                                                BupCategory expected) {
        assertEquals(expected, BupCategory.derive(jenis, eselon, jenjang, group));
    }

    @ParameterizedTest(name = "{0} retires at {1}")
    @CsvSource({
            "ADMINISTRATION,           58",
            "SENIOR_LEADERSHIP,        60",
            "EXPERT_FIRST,             58",
            "EXPERT_JUNIOR,            58",
            "EXPERT_MIDDLE,            60",
            "EXPERT_MAIN,              65",
            "SKILLED,                  58",
            "TEACHER,                  60",
            "LECTURER,                 65",
            "RESEARCHER_ENGINEER_MAIN, 70",
            "PROFESSOR,                70",
    })
    void shouldGiveEachCategoryItsStatutoryAge(BupCategory category, int age) {
        assertEquals(age, category.statutoryAge());
    }

    @org.junit.jupiter.api.Test
    void shouldListEveryCategoryInTheAgeTable() {
        assertEquals(11, BupCategory.values().length, "a new category needs its row in shouldGiveEachCategoryItsStatutoryAge");
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseAFunctionalPositionWithoutJenjang() {
        assertThrows(IllegalArgumentException.class,
                () -> BupCategory.derive(JenisJabatan.FUNGSIONAL_TERTENTU, null, null, PositionGroup.LAINNYA));
    }
}
