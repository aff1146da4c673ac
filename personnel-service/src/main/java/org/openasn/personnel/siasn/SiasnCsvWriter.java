package org.openasn.personnel.siasn;

import static org.openasn.personnel.siasn.SiasnColumns.*;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.position.PositionGroup;

/**
 * Writes employees as a SIASN "Export Data ASN" CSV that {@link SiasnCsvReader} and {@link SiasnRowParser} read
 * back into equal {@link ImportedEmployee}s.
 *
 * <p>Layout: UTF-8 without byte-order mark; ',' delimiter; CRLF line ends (RFC 4180); the 64
 * {@linkplain SiasnColumns#STANDARD standard columns} in order, then {@linkplain SiasnColumns#WRITTEN_EXTRAS ESELON
 * ID, JENJANG JABATAN, KELOMPOK JABATAN and TMT AKHIR KONTRAK}, which make the round trip lossless; dates
 * dd-mm-yyyy; a field is quoted when it holds ',', ';', '"', a line break or surrounding whitespace, with '"' doubled.
 * Columns the record has no value for (PNS ID, NIP LAMA, BPJS, KPKN, lokasi, satuan kerja, …) are empty.
 *
 * <p>How each typed value is written so that it reads back the same: kind CPNS as STATUS CPNS PNS "C", PNS as "P";
 * PPPK paruh waktu as JENIS PEGAWAI NAMA "PPPK Paruh Waktu"; golongan as its SIASN id and code (PPPK: the numeral's
 * number and the numeral); the position group in KELOMPOK JABATAN ("Guru", "Kesehatan", "Lainnya"), so that an
 * explicit group survives a name that would suggest another. The BUP category is not written: the parser derives
 * it from the other values, so it is preserved for every record the parser produced.
 *
 * <p>Values are written as they are: no protection against spreadsheet formula injection (a value starting with
 * '=', '+', '-' or '@'), which would change the data. Closing the writer closes the stream.
 */
public final class SiasnCsvWriter implements Closeable, Flushable {

    private static final String PARUH_WAKTU = "PPPK Paruh Waktu";

    /** The columns written, in order: the 64 standard ones, then the extras. */
    public static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(SiasnColumns.STANDARD);
        columns.addAll(SiasnColumns.WRITTEN_EXTRAS);
        COLUMNS = Collections.unmodifiableList(columns);
    }

    private final Writer out;
    private final StringBuilder line = new StringBuilder(1024);
    private long rowsWritten;

    /**
     * Writes the header line.
     *
     * @param out where the file goes; buffered internally
     */
    public SiasnCsvWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writeLine(COLUMNS);
    }

    /** Writes one employee as one row. */
    public void write(ImportedEmployee employee) throws IOException {
        Map<String, String> values = toValues(employee);
        List<String> fields = new ArrayList<>(COLUMNS.size());
        for (String column : COLUMNS) {
            fields.add(values.getOrDefault(column, ""));
        }
        writeLine(fields);
        rowsWritten++;
    }

    /** @return the data rows written so far */
    public long rowsWritten() {
        return rowsWritten;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** The row of one employee, by column; columns without a value are absent. */
    static Map<String, String> toValues(ImportedEmployee e) {
        Map<String, String> v = new HashMap<>(96);
        v.put(NIP_BARU, e.nip());
        v.put(NAMA, e.name());
        v.put(GELAR_DEPAN, e.gelarDepan());
        v.put(GELAR_BELAKANG, e.gelarBelakang());
        v.put(TEMPAT_LAHIR_NAMA, e.birthPlace());
        v.put(TANGGAL_LAHIR, date(e.birthDate()));
        v.put(JENIS_KELAMIN, e.gender().letter());
        if (e.agama() != null) {
            v.put(AGAMA_ID, Integer.toString(e.agama().id()));
            v.put(AGAMA_NAMA, e.agama().label());
        }
        if (e.jenisKawin() != null) {
            v.put(JENIS_KAWIN_ID, Integer.toString(e.jenisKawin().id()));
            v.put(JENIS_KAWIN_NAMA, e.jenisKawin().label());
        }
        v.put(SiasnColumns.NIK, e.nik());
        v.put(NOMOR_HP, e.phone());
        v.put(EMAIL, e.email());
        v.put(EMAIL_GOV, e.emailGov());
        v.put(ALAMAT, e.address());
        v.put(NPWP_NOMOR, e.npwp());
        if (e.kind() == EmployeeKind.PPPK_PARUH_WAKTU) {
            v.put(JENIS_PEGAWAI_NAMA, PARUH_WAKTU);
        }
        v.put(KEDUDUKAN_HUKUM_ID, e.kedudukanHukum().code());
        v.put(KEDUDUKAN_HUKUM_NAMA, e.kedudukanHukum().label());
        if (e.kind() == EmployeeKind.CPNS) {
            v.put(STATUS_CPNS_PNS, "C");
        } else if (e.kind() == EmployeeKind.PNS) {
            v.put(STATUS_CPNS_PNS, "P");
        }
        v.put(NOMOR_SK_CPNS, e.skCpnsNumber());
        v.put(TANGGAL_SK_CPNS, date(e.skCpnsDate()));
        v.put(TMT_CPNS, date(e.tmtCpns()));
        v.put(NOMOR_SK_PNS, e.skPnsNumber());
        v.put(TANGGAL_SK_PNS, date(e.skPnsDate()));
        v.put(TMT_PNS, date(e.tmtPns()));
        if (e.golonganAwal() != null) {
            v.put(GOL_AWAL_ID, Integer.toString(e.golonganAwal().siasnId()));
            v.put(GOL_AWAL_NAMA, e.golonganAwal().code());
        }
        v.put(GOL_AKHIR_ID, Integer.toString(e.golongan().siasnId()));
        v.put(GOL_AKHIR_NAMA, e.golongan().code());
        v.put(TMT_GOLONGAN, date(e.tmtGolongan()));
        v.put(MK_TAHUN, number(e.masaKerjaYears()));
        v.put(MK_BULAN, number(e.masaKerjaMonths()));
        v.put(JENIS_JABATAN_ID, Integer.toString(e.jenisJabatan().id()));
        v.put(JENIS_JABATAN_NAMA, e.jenisJabatan().label());
        v.put(JABATAN_ID, e.jabatanId());
        v.put(JABATAN_NAMA, e.jabatanName());
        v.put(TMT_JABATAN, date(e.tmtJabatan()));
        v.put(TINGKAT_PENDIDIKAN_ID, e.pendidikan() == null ? null : e.pendidikan().code());
        v.put(TINGKAT_PENDIDIKAN_NAMA, e.pendidikan() == null ? null : e.pendidikan().label());
        v.put(PENDIDIKAN_NAMA, e.educationMajor());
        v.put(TAHUN_LULUS, number(e.educationYear()));
        v.put(UNOR_ID, e.unorId());
        v.put(UNOR_NAMA, e.unorName());
        v.put(INSTANSI_KERJA_ID, e.instansiKerjaId());
        v.put(INSTANSI_KERJA_NAMA, e.instansiKerjaName());
        if (e.eselon() != null) {
            v.put(EXTRA_ESELON_ID, Integer.toString(e.eselon().id()));
        }
        if (e.jenjang() != null) {
            v.put(EXTRA_JENJANG_JABATAN, e.jenjang().label());
        }
        v.put(EXTRA_KELOMPOK_JABATAN, groupLabel(e.positionGroup()));
        v.put(EXTRA_TMT_AKHIR_KONTRAK, date(e.contractEnd()));
        v.values().removeIf(value -> value == null);
        return v;
    }

    private static String groupLabel(PositionGroup group) {
        return switch (group) {
            case GURU -> "Guru";
            case KESEHATAN -> "Kesehatan";
            case LAINNYA -> "Lainnya";
        };
    }

    private static String date(LocalDate date) {
        return date == null ? null : SiasnDates.format(date);
    }

    private static String number(Integer number) {
        return number == null ? null : number.toString();
    }

    private void writeLine(List<String> fields) throws IOException {
        line.setLength(0);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(fields.get(i));
        }
        line.append("\r\n");
        out.append(line);
    }

    private void appendField(String value) {
        if (!needsQuotes(value)) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return false;
        }
        if (SiasnColumns.isBlank(value.charAt(0)) || SiasnColumns.isBlank(value.charAt(value.length() - 1))) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';') {
                return true;
            }
        }
        return false;
    }
}
