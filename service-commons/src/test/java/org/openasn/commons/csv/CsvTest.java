package org.openasn.commons.csv;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void shouldQuoteOnlyFieldsThatHoldTheSeparatorAQuoteOrALineBreak() {
        assertEquals("a,,3,\"b,c\",\"say \"\"x\"\"\",\"two\r\nlines\"\r\n", Csv.line("a", null, 3, "b,c", "say \"x\"", "two\r\nlines"));
    }

    @Test
    void shouldQuoteForTheSeparatorInUse() {
        assertEquals("b,c;\"b;c\";\r\n", Csv.line(';', Arrays.asList("b,c", "b;c", null)));
        assertEquals("12,5", Csv.field("12,5", ';'));
        assertEquals("\"12,5\"", Csv.field("12,5", ','));
    }

    @Test
    void shouldWriteAnEmptyLineForNoCells() {
        assertEquals("\r\n", Csv.line(',', List.of()));
    }
}
