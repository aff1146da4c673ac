package org.openasn.personnel.siasn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openasn.personnel.siasn.SiasnFixtures.csv;
import static org.openasn.personnel.siasn.SiasnFixtures.pnsRow;
import static org.openasn.personnel.siasn.SiasnFixtures.readAll;
import static org.openasn.personnel.siasn.SiasnFixtures.resource;
import static org.openasn.personnel.siasn.SiasnFixtures.utf8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiasnCsvReaderTest {

    private static final String REQUIRED_HEADER = String.join(",", SiasnColumns.REQUIRED);

    @Test
    void shouldReadASemicolonFileWithByteOrderMarkAndAll64Columns() throws IOException {
        try (SiasnCsvReader reader = new SiasnCsvReader(resource("bom-semicolon.csv"))) {
            assertEquals(';', reader.delimiter());
            assertEquals(SiasnColumns.STANDARD, reader.headers());
            List<SiasnRow> rows = reader.stream().toList();
            assertEquals(3, rows.size());
            SiasnRow first = rows.get(0);
            assertTrue(first.isWellFormed(), first.structuralProblems().toString());
            assertEquals(1, first.rowNumber());
            assertEquals(2, first.lineNumber());
            assertEquals("A8ACA7397AEB3912E040640A040269BB", first.text("PNS ID")); // no BOM left in the first header
            assertEquals("198503122010031001", first.text("NIP BARU"));
            assertEquals("Jl. Jend. Sudirman No. 5, Metro Pusat", first.text("ALAMAT"));
            assertEquals("Jl. Ahmad Yani; Gg. Mawar 3", rows.get(1).text("ALAMAT"));
            assertEquals("Kepala Bidang Mutasi; Promosi dan Kepangkatan", rows.get(2).text("JABATAN NAMA"));
            assertNull(rows.get(2).text("NIK"));
            assertEquals(3, rows.get(2).rowNumber());
            assertEquals(4, rows.get(2).lineNumber());
        }
    }

    @Test
    void shouldReadACommaFileWithQuotesAnEmbeddedNewlineBlankLinesAndOddlySpelledHeaders() throws IOException {
        try (SiasnCsvReader reader = new SiasnCsvReader(resource("comma-quoted.csv"))) {
            assertEquals(',', reader.delimiter());
            assertEquals("NIP BARU", reader.headers().get(0));
            assertEquals("TANGGAL LAHIR", reader.headers().get(3));
            assertTrue(reader.headers().contains("GOL AKHIR ID"));
            List<SiasnRow> rows = reader.stream().toList();
            assertEquals(2, rows.size());
            SiasnRow ahmad = rows.get(0);
            assertTrue(ahmad.isWellFormed(), ahmad.structuralProblems().toString());
            assertEquals("Ahmad \"Dedi\" Kurniawan", ahmad.text("NAMA"));
            assertEquals("S.T., M.T.", ahmad.text("GELAR BELAKANG"));
            assertEquals("Jl. Jend. Sudirman No. 5, RT 01/RW 02\nKel. Imopuro, Metro Pusat", ahmad.text("ALAMAT"));
            assertEquals(1, ahmad.rowNumber());
            assertEquals(3, ahmad.lineNumber()); // header, blank line, then the row
            SiasnRow rina = rows.get(1);
            assertEquals(2, rina.rowNumber());
            assertEquals(6, rina.lineNumber()); // the quoted address spans lines 3–4, line 5 is blank
            assertEquals("Rina Marlina", rina.text("NAMA"));
            assertEquals(reader.bytesRead(), resource("comma-quoted.csv").readAllBytes().length);
        }
    }

    @Test
    void shouldListEveryMissingRequiredHeaderAndTheDelimiter() {
        SiasnFormatException e = assertThrows(SiasnFormatException.class,
                () -> new SiasnCsvReader(resource("missing-required.csv")));
        assertEquals(List.of("NIP BARU", "TMT CPNS", "UNOR ID"), e.missingHeaders());
        assertEquals(';', e.delimiter());
        assertTrue(e.getMessage().contains("NIP BARU, TMT CPNS, UNOR ID"), e.getMessage());
        assertTrue(e.getMessage().contains("delimiter ';'"), e.getMessage());
    }

    @Test
    void shouldAcceptAFileWithOnlyTheRequiredColumnsAndKeepExtraOnes() throws IOException {
        try (SiasnCsvReader reader = new SiasnCsvReader(resource("extra-and-missing-optional.csv"))) {
            List<SiasnRow> rows = reader.stream().toList();
            assertEquals(2, rows.size(), "the trailing row of empty fields is skipped");
            assertEquals("60", rows.get(0).text("USIA BUP"));
            assertEquals("pindahan dari Kab. Lampung Timur", rows.get(0).text("KETERANGAN"));
            assertFalse(rows.get(0).hasColumn("NIK"));
            assertNull(rows.get(0).text("NIK"));
        }
    }

    @Test
    void shouldReportStructuralProblemsOfACorruptFileByRowAndLine() {
        List<SiasnRow> rows = readAll(resource("corrupt.csv"));
        assertEquals(8, rows.size());
        for (int i = 0; i < 5; i++) {
            assertTrue(rows.get(i).isWellFormed(), "row " + (i + 1) + ": " + rows.get(i).structuralProblems());
        }
        SiasnRow tooMany = rows.get(5);
        assertEquals(List.of("the row has 19 fields, the header 18: a value holds an unquoted ',', or the row has"
                + " extra fields"), tooMany.structuralProblems());
        assertEquals(7, tooMany.lineNumber());
        SiasnRow tooFew = rows.get(6);
        assertEquals(List.of("the row has 10 fields, the header 18: the row is cut short or values are missing"),
                tooFew.structuralProblems());
        SiasnRow truncated = rows.get(7);
        assertEquals(9, truncated.lineNumber());
        assertEquals(List.of("the file ends inside the quoted field opened on line 9: the file is truncated or a"
                + " quote is unbalanced"), truncated.structuralProblems());
        assertEquals("Jl. Raya Stadion No. 1", truncated.text("ALAMAT"));
    }

    static Stream<Arguments> lineEnds() {
        return Stream.of(Arguments.of("LF", "\n"), Arguments.of("CRLF", "\r\n"), Arguments.of("CR", "\r"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineEnds")
    void shouldAcceptEveryLineEnding(String name, String lineEnd) {
        String text = csv(',', lineEnd, List.of(pnsRow(), pnsRow()));
        List<SiasnRow> rows = readAll(utf8(text));
        assertEquals(2, rows.size());
        assertTrue(rows.get(1).isWellFormed());
        assertEquals(3, rows.get(1).lineNumber());
        assertEquals("Budi Santoso", rows.get(1).text("NAMA"));
    }

    @Test
    void shouldKeepALineBreakInsideQuotesAndCountTheLines() {
        Map<String, String> first = pnsRow();
        first.put("ALAMAT", "Jl. Merdeka\r\nNo. 1\r\nMetro");
        String text = csv(';', "\r\n", List.of(first, pnsRow()));
        List<SiasnRow> rows = readAll(utf8(text));
        assertEquals("Jl. Merdeka\r\nNo. 1\r\nMetro", rows.get(0).text("ALAMAT"));
        assertEquals(2, rows.get(0).lineNumber());
        assertEquals(5, rows.get(1).lineNumber());
    }

    @Test
    void shouldCountDelimitersOnlyOutsideQuotes() throws IOException {
        // 13 semicolons between the required headers, 20 commas inside one quoted extra header
        String header = String.join(";", SiasnColumns.REQUIRED) + ";\"" + "X,".repeat(20) + "\"\n";
        try (SiasnCsvReader reader = new SiasnCsvReader(utf8(header))) {
            assertEquals(';', reader.delimiter());
            assertEquals("X,".repeat(20), reader.headers().get(14));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "more semicolons|NIP BARU;NAMA;TANGGAL LAHIR,X|;",
            "more commas|NIP BARU,NAMA,TANGGAL LAHIR;X|,",
            "a tie|NIP BARU;NAMA,X|,",
            "neither|NIP BARU|,",
    })
    void shouldReportTheDetectedDelimiterWithTheMissingHeaders(String name, String header, char expected) {
        SiasnFormatException e = assertThrows(SiasnFormatException.class, () -> new SiasnCsvReader(utf8(header + "\n")));
        assertEquals(expected, e.delimiter());
        assertTrue(e.getMessage().contains("delimiter '" + expected + "'"), e.getMessage());
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        SiasnFormatException e = assertThrows(SiasnFormatException.class, () -> new SiasnCsvReader(utf8("\n\n")));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertNull(e.delimiter());
    }

    @Test
    void shouldRefuseAHeaderThatNamesAColumnTwice() {
        SiasnFormatException e = assertThrows(SiasnFormatException.class,
                () -> new SiasnCsvReader(utf8(REQUIRED_HEADER + ",nama,NIK\n")));
        assertTrue(e.getMessage().contains("twice: NAMA"), e.getMessage());
    }

    @Test
    void shouldNameEmptyHeadersByPosition() throws IOException {
        try (SiasnCsvReader reader = new SiasnCsvReader(utf8(REQUIRED_HEADER + ",,\n"))) {
            assertEquals(List.of("#15", "#16"), reader.headers().subList(14, 16));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nip_baru", " NIP  BARU ", "Nip Baru", "NIP\u00a0BARU", "\ufeffNIP_BARU"})
    void shouldNormaliseHeaders(String header) {
        assertEquals("NIP BARU", SiasnColumns.normalise(header));
    }

    @Test
    void shouldReplaceMalformedUtf8AndNameTheColumn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((REQUIRED_HEADER + ",ALAMAT\n").getBytes(StandardCharsets.UTF_8));
        bytes.write("198503122010031001,Jos".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // "José" in Windows-1252
        bytes.write(",12-03-1985,L,01,01-03-2010,33,01-04-2018,4,Pengadministrasi Umum,02-01-2019,40,u,i,"
                .getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'J', 'l', '.', ' ', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, '\n'}); // 😀, valid
        List<SiasnRow> rows = readAll(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(1, rows.size());
        assertEquals("Jos\uFFFD", rows.get(0).text("NAMA"));
        assertEquals("Jl. \uD83D\uDE00", rows.get(0).text("ALAMAT"));
        assertEquals(List.of("NAMA"), rows.get(0).malformedColumns());
        assertTrue(rows.get(0).isWellFormed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "lone continuation byte|80",
            "truncated two-byte sequence|C3",
            "overlong encoding of '/'|C0AF",
            "encoded surrogate|EDA080",
            "above U+10FFFF|F4908080",
            "NUL, which PostgreSQL cannot store|00",
    })
    void shouldFlagEveryKindOfMalformedSequence(String name, String hex) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((REQUIRED_HEADER + "\nx").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < hex.length(); i += 2) {
            bytes.write(Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        bytes.write(",,,,,,,,,,,,,y\n".getBytes(StandardCharsets.UTF_8));
        SiasnRow row = readAll(new ByteArrayInputStream(bytes.toByteArray())).get(0);
        assertEquals(List.of("NIP BARU"), row.malformedColumns());
        assertTrue(row.text("NIP BARU").startsWith("x\uFFFD"), row.text("NIP BARU"));
        assertEquals("y", row.text("INSTANSI KERJA ID"), "the character after the bad bytes is kept");
    }

    @Test
    void shouldBoundAFieldOpenedByAStrayQuote() throws IOException {
        StringBuilder text = new StringBuilder(REQUIRED_HEADER).append("\n\"");
        String line = "a".repeat(99) + "\n";
        for (int i = 0; i < 2_000; i++) {
            text.append(line); // 200,000 characters inside one quoted field
        }
        List<SiasnRow> rows = readAll(utf8(text.toString()));
        assertEquals(1, rows.size());
        SiasnRow row = rows.get(0);
        assertEquals(SiasnCsvReader.MAX_FIELD_CHARS, row.values().get("NIP BARU").length());
        assertTrue(row.structuralProblems().stream().anyMatch(p -> p.contains("quoted field opened on line 2")),
                row.structuralProblems().toString());
        assertTrue(row.structuralProblems().stream().anyMatch(p -> p.contains("longer than")),
                row.structuralProblems().toString());
    }

    @Test
    void shouldKeepAQuoteInsideAnUnquotedFieldAsText() {
        String text = REQUIRED_HEADER + "\n1,Budi 5\" tall,3,4,5,6,7,8,9,10,11,12,13,14\n";
        SiasnRow row = readAll(utf8(text)).get(0);
        assertTrue(row.isWellFormed());
        assertEquals("Budi 5\" tall", row.text("NAMA"));
    }

    @Test
    void shouldReportProgressInBytesWhileStreaming() throws IOException {
        Map<String, String> values = pnsRow();
        values.put("NAMA", "Ñoño Ärzt"); // multi-byte characters
        String text = csv(',', "\n", Collections.nCopies(1_000, values));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new ByteArrayInputStream(bytes); SiasnCsvReader reader = new SiasnCsvReader(in)) {
            long previous = reader.bytesRead();
            long rows = 0;
            for (SiasnRow row = reader.next(); row != null; row = reader.next()) {
                assertTrue(reader.bytesRead() >= previous);
                previous = reader.bytesRead();
                rows++;
            }
            assertEquals(1_000, rows);
            assertEquals(1_000, reader.rowsRead());
            assertEquals(bytes.length, reader.bytesRead());
        }
    }

    @Test
    void shouldExposeValuesInFileOrderAsAnUnmodifiableMap() {
        SiasnRow row = readAll(utf8(csv(',', "\n", List.of(pnsRow())))).get(0);
        assertEquals(List.copyOf(pnsRow().keySet()), List.copyOf(row.values().keySet()));
        assertEquals(pnsRow(), row.values());
        assertThrows(UnsupportedOperationException.class, () -> row.values().put("NAMA", "x"));
    }
}
