package org.openasn.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import org.openasn.demo.CityTargets.ReportJabatan;

/** One generated city shared by the city tests, as object and as parsed CSV. */
final class CityFixture {

    static final long SEED = 20251231L;
    static final CityDataset CITY = CityDataset.generate(SEED);
    static final CsvFile CSV = parse(CITY);

    private CityFixture() {
    }

    private static CsvFile parse(CityDataset city) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            city.writeCsv(out);
            return CsvFile.parse(out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isPppk(String[] row) {
        return CSV.get(row, "KEDUDUKAN HUKUM ID").equals("71");
    }

    static boolean isCpns(String[] row) {
        return CSV.get(row, "STATUS CPNS PNS").equals("CPNS");
    }

    /** The seed's position group, read from the CSV as a report would: type id, and "Guru" in the name. */
    static ReportJabatan jabatan(String[] row) {
        switch (CSV.get(row, "JENIS JABATAN ID")) {
            case "1": return ReportJabatan.STRUKTURAL;
            case "4": return ReportJabatan.FUNGSIONAL_UMUM;
            default:
                return CSV.get(row, "JABATAN NAMA").startsWith("Guru ") ? ReportJabatan.GURU : ReportJabatan.NON_GURU;
        }
    }

    static int age(String[] row) {
        return Period.between(CsvFile.date(CSV.get(row, "TANGGAL LAHIR")), CityTargets.AS_OF).getYears();
    }

    static LocalDate date(String[] row, String header) {
        return CsvFile.date(CSV.get(row, header));
    }

    /**
     * The retirement age as an importer can tell it from the 64 columns alone: guru 60; functional ahli madya 60,
     * ahli utama 65; JPT (the heads of dinas, badan, satpol PP and RSUD Jend. Ahmad Yani, asisten, staf ahli,
     * inspektur) 60; everybody else 58. Written for the city's position names (README, "Reading BUP from the CSV").
     */
    static int bupFromCsv(String[] row) {
        String name = CSV.get(row, "JABATAN NAMA");
        switch (CSV.get(row, "JENIS JABATAN ID")) {
            case "2":
                if (name.startsWith("Guru ") || name.endsWith(" Ahli Madya")) {
                    return 60;
                }
                return name.endsWith(" Ahli Utama") ? 65 : 58;
            case "1":
                boolean jpt = name.startsWith("Kepala Dinas ") || name.startsWith("Kepala Badan ")
                        || name.startsWith("Kepala Satuan Polisi Pamong Praja") || name.startsWith("Asisten ")
                        || name.startsWith("Staf Ahli ") || name.equals("Inspektur")
                        || name.startsWith("Direktur UPTD RSUD Jend. Ahmad Yani");
                return jpt ? 60 : 58;
            default:
                return 58;
        }
    }
}
