package org.openasn.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.openasn.reference.position.BupCategory;

/**
 * An expected BUP retirement, as the generator planned it: what a retirement computation over the CSV should find.
 *
 * @param nip         NIP BARU
 * @param nama        NAMA
 * @param birthDate   TANGGAL LAHIR
 * @param category    the BUP category the generator gave the position
 * @param bupAge      the retirement age of that category
 * @param tmtPensiun  the first day of the month after the month of the BUP birthday
 * @param jabatanNama JABATAN NAMA
 * @param unorNama    UNOR NAMA
 */
public record Retirement(String nip, String nama, LocalDate birthDate, BupCategory category, int bupAge,
                         LocalDate tmtPensiun, String jabatanNama, String unorNama) {

    /** The header of {@link #writeCsv}. */
    public static final String HEADER = "NIP BARU,NAMA,TANGGAL LAHIR,BUP CATEGORY,USIA BUP,TMT PENSIUN,"
            + "JABATAN NAMA,UNOR NAMA";

    /** Writes the list as CSV (same conventions as the export: ',' RFC 4180, dd-mm-yyyy, CRLF). */
    public static void writeCsv(List<Retirement> retirements, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(256);
        out.write(HEADER);
        out.write("\r\n");
        for (Retirement r : retirements) {
            b.setLength(0);
            b.append(r.nip).append(',');
            quote(b, r.nama);
            b.append(',');
            Ymd.appendDdMmYyyy(b, r.birthDate.toEpochDay());
            b.append(',').append(r.category.name()).append(',').append(r.bupAge).append(',');
            Ymd.appendDdMmYyyy(b, r.tmtPensiun.toEpochDay());
            b.append(',');
            quote(b, r.jabatanNama);
            b.append(',');
            quote(b, r.unorNama);
            b.append("\r\n");
            out.append(b);
        }
        out.flush();
    }

    private static void quote(StringBuilder b, String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0) {
            b.append(s);
        } else {
            b.append('"').append(s.replace("\"", "\"\"")).append('"');
        }
    }
}
