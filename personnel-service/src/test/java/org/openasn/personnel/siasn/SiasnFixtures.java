package org.openasn.personnel.siasn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Rows and files for the SIASN tests: a valid PNS and PPPK row to vary, CSV text, resources. */
final class SiasnFixtures {

    static final String INSTANSI = "A5EB03E23CE8F6A0E040640A040252AD";

    private SiasnFixtures() {
    }

    /** A valid PNS row (a man born 12-03-1985, TMT CPNS 01-03-2010), with most standard columns. Mutable. */
    static Map<String, String> pnsRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("NIP BARU", "198503122010031001");
        row.put("NAMA", "Budi Santoso");
        row.put("GELAR DEPAN", "");
        row.put("GELAR BELAKANG", "S.Kom.");
        row.put("TEMPAT LAHIR NAMA", "Metro");
        row.put("TANGGAL LAHIR", "12-03-1985");
        row.put("JENIS KELAMIN", "L");
        row.put("AGAMA ID", "1");
        row.put("AGAMA NAMA", "Islam");
        row.put("JENIS KAWIN ID", "1");
        row.put("JENIS KAWIN NAMA", "Menikah");
        row.put("NIK", "1872011203850001");
        row.put("NOMOR HP", "081234567890");
        row.put("EMAIL", "budi.santoso@gmail.com");
        row.put("EMAIL GOV", "");
        row.put("ALAMAT", "Jl. Jend. Sudirman No. 5");
        row.put("NPWP NOMOR", "");
        row.put("JENIS PEGAWAI NAMA", "PNS Daerah Kab./Kota yang bekerja pada Kab./Kota");
        row.put("KEDUDUKAN HUKUM ID", "01");
        row.put("STATUS CPNS PNS", "P");
        row.put("NOMOR SK CPNS", "813/045/BKD/2010");
        row.put("TANGGAL SK CPNS", "15-02-2010");
        row.put("TMT CPNS", "01-03-2010");
        row.put("NOMOR SK PNS", "821.13/112/BKD/2011");
        row.put("TANGGAL SK PNS", "10-05-2011");
        row.put("TMT PNS", "01-05-2011");
        row.put("GOL AWAL ID", "31");
        row.put("GOL AWAL NAMA", "III/a");
        row.put("GOL AKHIR ID", "33");
        row.put("GOL AKHIR NAMA", "III/c");
        row.put("TMT GOLONGAN", "01-04-2018");
        row.put("MK TAHUN", "8");
        row.put("MK BULAN", "1");
        row.put("JENIS JABATAN ID", "4");
        row.put("JABATAN ID", "8ae48289");
        row.put("JABATAN NAMA", "Pengadministrasi Umum");
        row.put("TMT JABATAN", "02-01-2019");
        row.put("TINGKAT PENDIDIKAN ID", "40");
        row.put("PENDIDIKAN NAMA", "S1 Teknik Informatika");
        row.put("TAHUN LULUS", "2007");
        row.put("UNOR ID", "8ae483a6-setda");
        row.put("UNOR NAMA", "Sekretariat Daerah");
        row.put("INSTANSI KERJA ID", INSTANSI);
        row.put("INSTANSI KERJA NAMA", "Pemerintah Kota Metro");
        return row;
    }

    /** A valid PPPK row (a man born 20-01-1992, appointed 01-03-2022, golongan IX). Mutable. */
    static Map<String, String> pppkRow() {
        Map<String, String> row = pnsRow();
        row.put("NIP BARU", "199201202022211005");
        row.put("NAMA", "Agus Prasetyo");
        row.put("TANGGAL LAHIR", "20-01-1992");
        row.put("NIK", "1872012001920004");
        row.put("JENIS PEGAWAI NAMA", "");
        row.put("KEDUDUKAN HUKUM ID", "71");
        row.put("STATUS CPNS PNS", "");
        row.put("NOMOR SK CPNS", "800/1/PPPK/2022");
        row.put("TANGGAL SK CPNS", "20-02-2022");
        row.put("TMT CPNS", "01-03-2022");
        row.put("NOMOR SK PNS", "");
        row.put("TANGGAL SK PNS", "");
        row.put("TMT PNS", "");
        row.put("GOL AWAL ID", "9");
        row.put("GOL AWAL NAMA", "IX");
        row.put("GOL AKHIR ID", "9");
        row.put("GOL AKHIR NAMA", "IX");
        row.put("TMT GOLONGAN", "01-03-2022");
        row.put("MK TAHUN", "0");
        row.put("MK BULAN", "0");
        row.put("JENIS JABATAN ID", "2");
        row.put("JABATAN NAMA", "Guru Ahli Pertama");
        row.put("TMT JABATAN", "01-03-2022");
        row.put("TMT AKHIR KONTRAK", "28-02-2027");
        return row;
    }

    /** A row as the reader would return it from a file whose columns are the map's keys. */
    static SiasnRow row(Map<String, String> values) {
        return new SiasnRow(1, 2, Collections.unmodifiableMap(new LinkedHashMap<>(values)), List.of());
    }

    static ParsedRow parse(Map<String, String> values) {
        return new SiasnRowParser().parse(row(values));
    }

    /** One line per issue: "ERROR NIP BARU [value]: reason". */
    static List<String> describe(List<RowIssue> issues) {
        return issues.stream().map(SiasnFixtures::describe).toList();
    }

    static String describe(RowIssue issue) {
        return issue.severity() + " " + issue.column() + " [" + issue.value() + "]: " + issue.reason();
    }

    /** CSV text of rows whose keys are the columns (those of the first row), quoted where needed. */
    static String csv(char delimiter, String lineEnd, List<Map<String, String>> rows) {
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        StringBuilder text = new StringBuilder();
        text.append(columns.stream().map(c -> quote(c, delimiter)).collect(Collectors.joining(String.valueOf(delimiter))))
                .append(lineEnd);
        for (Map<String, String> row : rows) {
            text.append(columns.stream().map(c -> quote(row.getOrDefault(c, ""), delimiter))
                    .collect(Collectors.joining(String.valueOf(delimiter)))).append(lineEnd);
        }
        return text.toString();
    }

    private static String quote(String value, char delimiter) {
        if (value.indexOf(delimiter) >= 0 || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream resource(String name) {
        InputStream in = SiasnFixtures.class.getResourceAsStream("/siasn/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no test resource /siasn/" + name);
        }
        return in;
    }

    /** Every row of a file. */
    static List<SiasnRow> readAll(InputStream in) {
        try (SiasnCsvReader reader = new SiasnCsvReader(in)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
