package org.openasn.reporting.profile.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfilePdfTest {

    /**
     * The PDF has the HTML's pages (cover, list of tables, a page per table) and its text, read back by PDFBox; a name with
     * characters the built-in font lacks is set in the fallback font, not replaced.
     */
    @Test
    void shouldLayOutTheDocumentOnAPagePerTableWithItsText() throws IOException {
        String html = ProfileHtml.write("METRO", YearMonth.of(2025, 12), null, List.of(
                ProfileHtmlTest.table("3.5", true, List.of()),
                ProfileHtmlTest.table("3.6", "UPTD Puskesmas Yosomulyo – Şehir Ω", false, List.of("row IV/a adds up to 1.001, not 1.000"))));

        byte[] pdf = ProfilePdf.write(html);

        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(4, document.getNumberOfPages(), "cover, list of tables, one page per table");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(document);
            assertTrue(cover.contains("PROFIL KEPEGAWAIAN ASN") && cover.contains("DESEMBER 2025") && cover.contains("Keadaan 31 Desember 2025"), cover);
            assertTrue(cover.contains("Tabel yang jumlahnya tidak cocok: 3.6"), cover);
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            String first = stripper.getText(document);
            assertTrue(first.contains("Tabel 3.5 Golongan & Ruang"), first);
            assertTrue(first.contains("IV/a <senior>") && first.contains("1.200") && first.contains("1.234"), first);
            stripper.setStartPage(4);
            stripper.setEndPage(4);
            String second = stripper.getText(document);
            assertTrue(second.contains("UPTD Puskesmas Yosomulyo – Şehir Ω"), second);
            assertTrue(second.contains("Jumlah tidak cocok: row IV/a adds up to 1.001, not 1.000"), second);
        }
    }
}
