package org.openasn.commons.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The REST layer's reading of request bodies: values of another kind do not stand for dates, whole numbers or choices. */
class StrictRequestBodiesTest {

    enum Level { PUSAT, KOTA }

    record Body(LocalDate validFrom, Integer slots, Level level) {
    }

    private final ObjectMapper mapper = new StrictRequestBodies(new ObjectMapper().registerModule(new JavaTimeModule())).getContext(Body.class);

    @Test
    void shouldReadWellFormedValues() throws Exception {
        Body body = mapper.readValue("{\"validFrom\":\"2026-01-01\",\"slots\":2,\"level\":\"KOTA\"}", Body.class);
        assertEquals(new Body(LocalDate.of(2026, 1, 1), 2, Level.KOTA), body);
        assertNull(mapper.readValue("{\"validFrom\":null,\"slots\":null}", Body.class).validFrom());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"+999999999-12-31\"", "\"+10000-01-01\"", "\"0000-01-01\"", "\"-0001-01-01\"", "\"\"", "\" \"", "\"2025-02-30\""})
    void shouldRefuseADateStringOutsideTheFourDigitYears(String date) {
        InvalidFormatException refused = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"validFrom\":" + date + "}", Body.class));
        assertEquals(LocalDate.class, refused.getTargetType());
    }

    /** Jackson read a number as days since 1970 and an empty array as no date. */
    @ParameterizedTest
    @ValueSource(strings = {"-1", "2147483648", "[]", "[2026,1,1]", "{}"})
    void shouldRefuseADateThatIsNotAString(String date) {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"validFrom\":" + date + "}", Body.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "\"\"", "\" \""})
    void shouldRefuseAWholeNumberThatIsNotOne(String slots) {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"slots\":" + slots + "}", Body.class));
    }

    @Test
    void shouldRefuseAChoiceGivenByItsPosition() {
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"level\":0}", Body.class));
    }
}
