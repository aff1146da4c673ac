package org.openasn.reference.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openasn.reference.InvalidReferenceException;

class AgamaTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"1, ISLAM, Islam", "2, KRISTEN, Kristen", "3, KATHOLIK, Katholik", "4, HINDU, Hindu",
            "5, BUDHA, Budha", "6, KONGHUCU, Konghucu", "7, LAINNYA, Lainnya", "01, ISLAM, Islam"})
    void shouldReadSiasnId(String id, Agama expected, String label) {
        Agama agama = Agama.fromSiasnId(id);

        assertEquals(expected, agama);
        assertEquals(label, agama.label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0, unknown agama id 0", "8, unknown agama id 8", "Islam, agama id 'Islam' is not a number"})
    void shouldRejectUnknownId(String id, String reason) {
        assertEquals(reason, assertThrows(InvalidReferenceException.class, () -> Agama.fromSiasnId(id)).reason());
    }
}
