package org.openasn.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiasnCsvTest {

    /** The header list as the domain reference writes it, copied here so that the test does not trust the code. */
    private static final String REFERENCE_HEADERS = "PNS ID, NIP BARU, NIP LAMA, NAMA, GELAR DEPAN, GELAR BELAKANG, "
            + "TEMPAT LAHIR ID, TEMPAT LAHIR NAMA, TANGGAL LAHIR, JENIS KELAMIN, AGAMA ID, AGAMA NAMA, JENIS KAWIN ID, "
            + "JENIS KAWIN NAMA, NIK, NOMOR HP, EMAIL, EMAIL GOV, ALAMAT, NPWP NOMOR, BPJS, JENIS PEGAWAI ID, "
            + "JENIS PEGAWAI NAMA, KEDUDUKAN HUKUM ID, KEDUDUKAN HUKUM NAMA, STATUS CPNS PNS, KARTU ASN VIRTUAL, "
            + "NOMOR SK CPNS, TANGGAL SK CPNS, TMT CPNS, NOMOR SK PNS, TANGGAL SK PNS, TMT PNS, GOL AWAL ID, "
            + "GOL AWAL NAMA, GOL AKHIR ID, GOL AKHIR NAMA, TMT GOLONGAN, MK TAHUN, MK BULAN, JENIS JABATAN ID, "
            + "JENIS JABATAN NAMA, JABATAN ID, JABATAN NAMA, TMT JABATAN, TINGKAT PENDIDIKAN ID, "
            + "TINGKAT PENDIDIKAN NAMA, PENDIDIKAN ID, PENDIDIKAN NAMA, TAHUN LULUS, KPKN ID, KPKN NAMA, "
            + "LOKASI KERJA ID, LOKASI KERJA NAMA, UNOR ID, UNOR NAMA, INSTANSI INDUK ID, INSTANSI INDUK NAMA, "
            + "INSTANSI KERJA ID, INSTANSI KERJA NAMA, SATUAN KERJA INDUK ID, SATUAN KERJA INDUK NAMA, "
            + "SATUAN KERJA KERJA ID, SATUAN KERJA KERJA NAMA";

    @Test
    void shouldWriteTheSixtyFourReferenceHeadersInOrderThenTheExtras() throws IOException {
        List<String> expected = List.of(REFERENCE_HEADERS.split(", "));
        assertEquals(64, expected.size());
        assertEquals(expected, SiasnCsv.HEADERS);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SiasnCsv csv = SiasnCsv.to(out);
        csv.writeHeader();
        csv.flush();
        assertEquals(String.join(",", expected) + ",ESELON ID\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldQuoteOnlyFieldsThatNeedItAndDoubleTheirQuotes() throws IOException {
        AsnRow row = new AsnRow();
        row.nama = "MUHAMMAD \"UDIN\" SAPUTRA";
        row.gelarBelakang = "S.Pd., M.Pd.";
        row.alamat = "JL. MERDEKA NO. 1\nRT 001";
        row.tempatLahirNama = "METRO";
        row.jabatanNama = "Guru Ahli Muda";

        CsvFile file = CsvFile.parse(written(row));

        String[] r = file.rows.get(0);
        assertEquals("MUHAMMAD \"UDIN\" SAPUTRA", file.get(r, "NAMA"));
        assertEquals("S.Pd., M.Pd.", file.get(r, "GELAR BELAKANG"));
        assertEquals("JL. MERDEKA NO. 1\nRT 001", file.get(r, "ALAMAT"));
        String text = written(row);
        assertTrue(text.contains(",\"MUHAMMAD \"\"UDIN\"\" SAPUTRA\","));
        assertTrue(text.contains(",METRO,"), "a plain field is not quoted");
        assertEquals(SiasnCsv.HEADERS.size() + SiasnCsv.EXTRA_HEADERS.size(), r.length);
    }

    @Test
    void shouldEncodeUtf8WithoutBomAndGiveTheWriterTheSameText() throws IOException {
        AsnRow row = new AsnRow();
        row.nama = "FU`AD THOHARI – ÉLISE";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SiasnCsv viaStream = SiasnCsv.to(bytes);
        viaStream.writeHeader();
        viaStream.write(row);
        viaStream.flush();
        StringWriter chars = new StringWriter();
        SiasnCsv viaWriter = SiasnCsv.to(chars);
        viaWriter.writeHeader();
        viaWriter.write(row);
        viaWriter.flush();

        byte[] b = bytes.toByteArray();
        assertFalse(b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF);
        assertArrayEquals(chars.toString().getBytes(StandardCharsets.UTF_8), b);
        assertEquals("FU`AD THOHARI – ÉLISE", CsvFile.parse(chars.toString()).get(
                CsvFile.parse(chars.toString()).rows.get(0), "NAMA"));
    }

    @Test
    void shouldWriteDatesAsDayMonthYear() throws IOException {
        AsnRow row = new AsnRow();
        row.tanggalLahir = java.time.LocalDate.of(1967, 5, 15).toEpochDay();
        row.tmtCpns = java.time.LocalDate.of(1990, 3, 1).toEpochDay();
        CsvFile file = CsvFile.parse(written(row));
        assertEquals("15-05-1967", file.get(file.rows.get(0), "TANGGAL LAHIR"));
        assertEquals("01-03-1990", file.get(file.rows.get(0), "TMT CPNS"));
        assertEquals("", file.get(file.rows.get(0), "TMT PNS"));
    }

    private static String written(AsnRow row) throws IOException {
        StringWriter out = new StringWriter();
        SiasnCsv csv = SiasnCsv.to(out);
        csv.writeHeader();
        csv.write(row);
        csv.flush();
        return out.toString();
    }
}
