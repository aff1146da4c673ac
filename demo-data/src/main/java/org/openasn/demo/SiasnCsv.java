package org.openasn.demo;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the SIASN "Export Data ASN" CSV: the 64 headers of the project's domain reference in their order, ','
 * between fields, JENIS KELAMIN as SIASN's M/F, RFC 4180 quoting (a field holding a comma, a double quote, CR or LF is enclosed in double quotes
 * and its quotes doubled), CRLF after every record as RFC 4180 has it, dates as dd-mm-yyyy, UTF-8 without a BOM.
 *
 * <p>Rows are streamed: each field is encoded straight into one reused 64 KiB byte buffer (ASCII fast path), which
 * is handed to the stream when full, so memory does not grow with the file and nothing is formatted with
 * {@code String.format}.
 */
public final class SiasnCsv implements Closeable, Flushable {

    /** The header row, in order (domain REFERENCE.md, "SIASN Export Data ASN CSV"). */
    public static final List<String> HEADERS = List.of(
            "PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR ID",
            "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA ID", "AGAMA NAMA", "JENIS KAWIN ID",
            "JENIS KAWIN NAMA", "NIK", "NOMOR HP", "EMAIL", "EMAIL GOV", "ALAMAT", "NPWP NOMOR", "BPJS",
            "JENIS PEGAWAI ID", "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA",
            "STATUS CPNS PNS", "KARTU ASN VIRTUAL", "NOMOR SK CPNS", "TANGGAL SK CPNS", "TMT CPNS", "NOMOR SK PNS",
            "TANGGAL SK PNS", "TMT PNS", "GOL AWAL ID", "GOL AWAL NAMA", "GOL AKHIR ID", "GOL AKHIR NAMA",
            "TMT GOLONGAN", "MK TAHUN", "MK BULAN", "JENIS JABATAN ID", "JENIS JABATAN NAMA", "JABATAN ID",
            "JABATAN NAMA", "TMT JABATAN", "TINGKAT PENDIDIKAN ID", "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN ID",
            "PENDIDIKAN NAMA", "TAHUN LULUS", "KPKN ID", "KPKN NAMA", "LOKASI KERJA ID", "LOKASI KERJA NAMA",
            "UNOR ID", "UNOR NAMA", "INSTANSI INDUK ID", "INSTANSI INDUK NAMA", "INSTANSI KERJA ID",
            "INSTANSI KERJA NAMA", "SATUAN KERJA INDUK ID", "SATUAN KERJA INDUK NAMA", "SATUAN KERJA KERJA ID",
            "SATUAN KERJA KERJA NAMA");

    /**
     * Columns real exports often add after the standard ones: the eselon id of a structural position (without it,
     * an importer cannot tell a JPT, BUP 60, from an administrator, BUP 58).
     */
    public static final List<String> EXTRA_HEADERS = List.of("ESELON ID");

    private final OutputStream out;
    private final Writer writer;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int rowStart;
    private long rows;

    private SiasnCsv(OutputStream out, Writer writer) {
        this.out = out;
        this.writer = writer;
    }

    /** Writes UTF-8 bytes to the stream; the caller owns (and closes) the stream. Buffered inside. */
    public static SiasnCsv to(OutputStream out) {
        return new SiasnCsv(out, null);
    }

    /** Writes characters to the writer; use a UTF-8 writer to get the SIASN file. */
    public static SiasnCsv to(Writer writer) {
        return new SiasnCsv(null, writer);
    }

    /** Writes the header row. */
    public void writeHeader() throws IOException {
        begin();
        for (int i = 0; i < HEADERS.size(); i++) {
            if (i > 0) {
                comma();
            }
            field(HEADERS.get(i));
        }
        for (String extra : EXTRA_HEADERS) {
            comma();
            field(extra);
        }
        end();
    }

    /** Writes one employee. */
    public void write(AsnRow r) throws IOException {
        begin();
        field(r.pnsId); comma();
        field(r.nipBaru); comma();
        field(r.nipLama); comma();
        field(r.nama); comma();
        field(r.gelarDepan); comma();
        field(r.gelarBelakang); comma();
        field(r.tempatLahirId); comma();
        field(r.tempatLahirNama); comma();
        date(r.tanggalLahir); comma();
        if (r.gender != null) {
            ascii(r.gender == org.openasn.reference.person.Gender.MALE ? 'M' : 'F');
        }
        comma();
        if (r.agama != null) {
            number(r.agama.id()); comma();
            field(r.agama.label());
        } else {
            comma();
        }
        comma();
        if (r.jenisKawin != null) {
            number(r.jenisKawin.id()); comma();
            field(r.jenisKawin.label());
        } else {
            comma();
        }
        comma();
        field(r.nik); comma();
        field(r.nomorHp); comma();
        field(r.email); comma();
        field(r.emailGov); comma();
        field(r.alamat); comma();
        field(r.npwp); comma();
        field(r.bpjs); comma();
        field(r.jenisPegawaiId); comma();
        field(r.jenisPegawaiNama); comma();
        if (r.kedudukanHukum != null) {
            twoDigits(r.kedudukanHukum.id()); comma();
            field(r.kedudukanHukum.label());
        } else {
            comma();
        }
        comma();
        field(r.statusCpnsPns); comma();
        field(r.kartuAsnVirtual); comma();
        field(r.nomorSkCpns); comma();
        date(r.tanggalSkCpns); comma();
        date(r.tmtCpns); comma();
        field(r.nomorSkPns); comma();
        date(r.tanggalSkPns); comma();
        date(r.tmtPns); comma();
        golongan(r.golAwal); comma();
        golongan(r.golAkhir); comma();
        date(r.tmtGolongan); comma();
        number(r.mkTahun); comma();
        number(r.mkBulan); comma();
        if (r.jenisJabatan != null) {
            number(r.jenisJabatan.id()); comma();
            field(r.jenisJabatan.label());
        } else {
            comma();
        }
        comma();
        field(r.jabatanId); comma();
        field(r.jabatanNama); comma();
        date(r.tmtJabatan); comma();
        if (r.tingkatPendidikan != null) {
            twoDigits(r.tingkatPendidikan.id()); comma();
            field(r.tingkatPendidikan.label());
        } else {
            comma();
        }
        comma();
        field(r.pendidikanId); comma();
        field(r.pendidikanNama); comma();
        if (r.tahunLulus > 0) {
            number(r.tahunLulus);
        }
        comma();
        field(r.kpknId); comma();
        field(r.kpknNama); comma();
        field(r.lokasiKerjaId); comma();
        field(r.lokasiKerjaNama); comma();
        field(r.unorId); comma();
        field(r.unorNama); comma();
        field(r.instansiIndukId); comma();
        field(r.instansiIndukNama); comma();
        field(r.instansiKerjaId); comma();
        field(r.instansiKerjaNama); comma();
        field(r.satuanKerjaIndukId); comma();
        field(r.satuanKerjaIndukNama); comma();
        field(r.satuanKerjaKerjaId); comma();
        field(r.satuanKerjaKerjaNama); comma();
        if (r.eselon != null && r.eselon != org.openasn.reference.position.Eselon.NON_ESELON) {
            number(r.eselon.id());
        }
        end();
        rows++;
    }

    /** @return the employee rows written so far, without the header */
    public long rowsWritten() {
        return rows;
    }

    private void golongan(org.openasn.reference.rank.Golongan g) {
        if (g == null) {
            comma();
            return;
        }
        number(g.siasnId());
        comma();
        field(g.code());
    }

    private void begin() throws IOException {
        if (buf.length - pos < 8192) {
            drain();
        }
        rowStart = pos;
    }

    /** Ends a record with CRLF; a writer gets the record's characters. */
    private void end() throws IOException {
        ensure(2);
        buf[pos++] = '\r';
        buf[pos++] = '\n';
        if (writer != null) {
            writer.write(new String(buf, rowStart, pos - rowStart, StandardCharsets.UTF_8));
            pos = rowStart;
        }
    }

    private void comma() {
        ensure(1);
        buf[pos++] = ',';
    }

    private void ascii(char c) {
        ensure(1);
        buf[pos++] = (byte) c;
    }

    private void twoDigits(int value) {
        ensure(2);
        buf[pos++] = (byte) ('0' + value / 10 % 10);
        buf[pos++] = (byte) ('0' + value % 10);
    }

    private void number(int value) {
        ensure(11);
        if (value < 0) {
            buf[pos++] = '-';
            value = -value;
        }
        int digits = 1;
        for (int v = value; v >= 10; v /= 10) {
            digits++;
        }
        int p = pos + digits;
        pos = p;
        do {
            buf[--p] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
    }

    private void date(long epochDay) {
        if (epochDay == AsnRow.NO_DATE) {
            return;
        }
        ensure(10);
        int p = Ymd.packed(epochDay);
        int d = p % 100;
        int m = p / 100 % 100;
        int y = p / 10000;
        byte[] b = buf;
        int i = pos;
        b[i++] = (byte) ('0' + d / 10);
        b[i++] = (byte) ('0' + d % 10);
        b[i++] = '-';
        b[i++] = (byte) ('0' + m / 10);
        b[i++] = (byte) ('0' + m % 10);
        b[i++] = '-';
        b[i++] = (byte) ('0' + y / 1000);
        b[i++] = (byte) ('0' + y / 100 % 10);
        b[i++] = (byte) ('0' + y / 10 % 10);
        b[i++] = (byte) ('0' + y % 10);
        pos = i;
    }

    /** Writes a field, quoted only when RFC 4180 requires it (a comma, a double quote, CR or LF inside). */
    private void field(CharSequence value) {
        if (value == null) {
            return;
        }
        int n = value.length();
        if (pos + n > buf.length) {
            ensure(n);
        }
        byte[] b = buf;
        int p = pos;
        // Optimistic single pass: plain ASCII goes straight in; anything else restarts on the careful path.
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 128 || SPECIAL[c]) {
                careful(value);
                return;
            }
            b[p++] = (byte) c;
        }
        pos = p;
    }

    private static final boolean[] SPECIAL = new boolean[128];

    static {
        SPECIAL[','] = true;
        SPECIAL['"'] = true;
        SPECIAL['\n'] = true;
        SPECIAL['\r'] = true;
    }

    private void careful(CharSequence value) {
        int n = value.length();
        ensure(n * 4 + 2);
        boolean quote = false;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 128 && SPECIAL[c]) {
                quote = true;
                break;
            }
        }
        byte[] b = buf;
        int p = pos;
        if (quote) {
            b[p++] = '"';
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    b[p++] = '"';
                }
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        if (quote) {
            b[p++] = '"';
        }
        pos = p;
    }

    /** Grows the buffer inside a record (a record longer than the free space is rare: only for huge fields). */
    private void ensure(int more) {
        if (pos + more > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
        }
    }

    /** Sends complete records to the stream. */
    private void drain() throws IOException {
        if (writer == null && pos > 0) {
            out.write(buf, 0, pos);
        }
        pos = 0;
    }

    /** Pushes buffered bytes to the stream or writer and flushes it. */
    @Override
    public void flush() throws IOException {
        if (writer != null) {
            writer.flush();
        } else {
            drain();
            out.flush();
        }
    }

    /** Flushes; does not close the caller's stream or writer. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
