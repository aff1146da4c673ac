package org.openasn.reference.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.openasn.reference.InvalidReferenceException;

class GenderTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            L         | MALE
            l         | MALE
            M         | MALE
            m         | MALE
            1         | MALE
            Laki-laki | MALE
            LAKI-LAKI | MALE
            ' L '     | MALE
            P         | FEMALE
            p         | FEMALE
            F         | FEMALE
            2         | FEMALE
            Perempuan | FEMALE
            PEREMPUAN | FEMALE
            """)
    void shouldReadGenderAsExportsWriteIt(String text, Gender expected) {
        assertEquals(expected, Gender.parse(text));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            3    | gender '3' is not one of L, P, M, F, 1, 2, Laki-laki, Perempuan
            X    | gender 'X' is not one of L, P, M, F, 1, 2, Laki-laki, Perempuan
            Pria | gender 'Pria' is not one of L, P, M, F, 1, 2, Laki-laki, Perempuan
            """)
    void shouldRejectUnknownGender(String text, String reason) {
        assertEquals(reason, assertThrows(InvalidReferenceException.class, () -> Gender.parse(text)).reason());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void shouldRejectEmptyGender(String text) {
        assertEquals("gender is empty",
                assertThrows(InvalidReferenceException.class, () -> Gender.parse(text)).reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MALE, 1, L, Laki-laki", "FEMALE, 2, P, Perempuan"})
    void shouldCarrySiasnIdLetterAndLabel(Gender gender, int id, String letter, String label) {
        assertEquals(id, gender.id());
        assertEquals(letter, gender.letter());
        assertEquals(label, gender.label());
    }
}
