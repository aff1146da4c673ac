package org.openasn.personnel.siasn;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of SIASN's "Export Data ASN" CSV, by their normalised header name (see {@link #normalise(String)}).
 *
 * <p>{@link #STANDARD} is the 64-column layout of the national export, in order. {@link #REQUIRED} are the columns
 * a file must have to be imported at all: those without which an employee cannot be built (identity, status, rank,
 * position, education and unit). Every other column is optional: a file may lack it, and a row may leave it
 * empty. Real exports add columns; those this package understands are listed as {@code EXTRA_*}, every other one is
 * kept in {@link SiasnRow#values()} and otherwise ignored.
 */
public final class SiasnColumns {

    public static final String PNS_ID = "PNS ID";
    public static final String NIP_BARU = "NIP BARU";
    public static final String NIP_LAMA = "NIP LAMA";
    public static final String NAMA = "NAMA";
    public static final String GELAR_DEPAN = "GELAR DEPAN";
    public static final String GELAR_BELAKANG = "GELAR BELAKANG";
    public static final String TEMPAT_LAHIR_ID = "TEMPAT LAHIR ID";
    public static final String TEMPAT_LAHIR_NAMA = "TEMPAT LAHIR NAMA";
    public static final String TANGGAL_LAHIR = "TANGGAL LAHIR";
    public static final String JENIS_KELAMIN = "JENIS KELAMIN";
    public static final String AGAMA_ID = "AGAMA ID";
    public static final String AGAMA_NAMA = "AGAMA NAMA";
    public static final String JENIS_KAWIN_ID = "JENIS KAWIN ID";
    public static final String JENIS_KAWIN_NAMA = "JENIS KAWIN NAMA";
    public static final String NIK = "NIK";
    public static final String NOMOR_HP = "NOMOR HP";
    public static final String EMAIL = "EMAIL";
    public static final String EMAIL_GOV = "EMAIL GOV";
    public static final String ALAMAT = "ALAMAT";
    public static final String NPWP_NOMOR = "NPWP NOMOR";
    public static final String BPJS = "BPJS";
    public static final String JENIS_PEGAWAI_ID = "JENIS PEGAWAI ID";
    public static final String JENIS_PEGAWAI_NAMA = "JENIS PEGAWAI NAMA";
    public static final String KEDUDUKAN_HUKUM_ID = "KEDUDUKAN HUKUM ID";
    public static final String KEDUDUKAN_HUKUM_NAMA = "KEDUDUKAN HUKUM NAMA";
    public static final String STATUS_CPNS_PNS = "STATUS CPNS PNS";
    public static final String KARTU_ASN_VIRTUAL = "KARTU ASN VIRTUAL";
    public static final String NOMOR_SK_CPNS = "NOMOR SK CPNS";
    public static final String TANGGAL_SK_CPNS = "TANGGAL SK CPNS";
    public static final String TMT_CPNS = "TMT CPNS";
    public static final String NOMOR_SK_PNS = "NOMOR SK PNS";
    public static final String TANGGAL_SK_PNS = "TANGGAL SK PNS";
    public static final String TMT_PNS = "TMT PNS";
    public static final String GOL_AWAL_ID = "GOL AWAL ID";
    public static final String GOL_AWAL_NAMA = "GOL AWAL NAMA";
    public static final String GOL_AKHIR_ID = "GOL AKHIR ID";
    public static final String GOL_AKHIR_NAMA = "GOL AKHIR NAMA";
    public static final String TMT_GOLONGAN = "TMT GOLONGAN";
    public static final String MK_TAHUN = "MK TAHUN";
    public static final String MK_BULAN = "MK BULAN";
    public static final String JENIS_JABATAN_ID = "JENIS JABATAN ID";
    public static final String JENIS_JABATAN_NAMA = "JENIS JABATAN NAMA";
    public static final String JABATAN_ID = "JABATAN ID";
    public static final String JABATAN_NAMA = "JABATAN NAMA";
    public static final String TMT_JABATAN = "TMT JABATAN";
    public static final String TINGKAT_PENDIDIKAN_ID = "TINGKAT PENDIDIKAN ID";
    public static final String TINGKAT_PENDIDIKAN_NAMA = "TINGKAT PENDIDIKAN NAMA";
    public static final String PENDIDIKAN_ID = "PENDIDIKAN ID";
    public static final String PENDIDIKAN_NAMA = "PENDIDIKAN NAMA";
    public static final String TAHUN_LULUS = "TAHUN LULUS";
    public static final String KPKN_ID = "KPKN ID";
    public static final String KPKN_NAMA = "KPKN NAMA";
    public static final String LOKASI_KERJA_ID = "LOKASI KERJA ID";
    public static final String LOKASI_KERJA_NAMA = "LOKASI KERJA NAMA";
    public static final String UNOR_ID = "UNOR ID";
    public static final String UNOR_NAMA = "UNOR NAMA";
    public static final String INSTANSI_INDUK_ID = "INSTANSI INDUK ID";
    public static final String INSTANSI_INDUK_NAMA = "INSTANSI INDUK NAMA";
    public static final String INSTANSI_KERJA_ID = "INSTANSI KERJA ID";
    public static final String INSTANSI_KERJA_NAMA = "INSTANSI KERJA NAMA";
    public static final String SATUAN_KERJA_INDUK_ID = "SATUAN KERJA INDUK ID";
    public static final String SATUAN_KERJA_INDUK_NAMA = "SATUAN KERJA INDUK NAMA";
    public static final String SATUAN_KERJA_KERJA_ID = "SATUAN KERJA KERJA ID";
    public static final String SATUAN_KERJA_KERJA_NAMA = "SATUAN KERJA KERJA NAMA";

    /** Extra column of some exports: the eselon id (11 … 52, 99). Read, and written by {@link SiasnCsvWriter}. */
    public static final String EXTRA_ESELON_ID = "ESELON ID";
    /** Extra column: the eselon as text ("IV.a"); read only when ESELON ID is empty. */
    public static final String EXTRA_ESELON_NAMA = "ESELON NAMA";
    /** Extra column: the functional level ("Ahli Muda"). Read, and written by {@link SiasnCsvWriter}. */
    public static final String EXTRA_JENJANG_JABATAN = "JENJANG JABATAN";
    /** Extra column: the position group ("Guru", "Kesehatan", "Lainnya"). Read, and written by the writer. */
    public static final String EXTRA_KELOMPOK_JABATAN = "KELOMPOK JABATAN";
    /** Extra column: the last day of a PPPK contract. Read, and written by {@link SiasnCsvWriter}. */
    public static final String EXTRA_TMT_AKHIR_KONTRAK = "TMT AKHIR KONTRAK";
    /** Extra column, another name for the PPPK contract end; read when TMT AKHIR KONTRAK is absent or empty. */
    public static final String EXTRA_TANGGAL_AKHIR_KONTRAK = "TANGGAL AKHIR KONTRAK";

    /** The 64 columns of the national export, in the order SIASN writes them. */
    public static final List<String> STANDARD = List.of(
            PNS_ID, NIP_BARU, NIP_LAMA, NAMA, GELAR_DEPAN, GELAR_BELAKANG, TEMPAT_LAHIR_ID, TEMPAT_LAHIR_NAMA,
            TANGGAL_LAHIR, JENIS_KELAMIN, AGAMA_ID, AGAMA_NAMA, JENIS_KAWIN_ID, JENIS_KAWIN_NAMA, NIK, NOMOR_HP,
            EMAIL, EMAIL_GOV, ALAMAT, NPWP_NOMOR, BPJS, JENIS_PEGAWAI_ID, JENIS_PEGAWAI_NAMA, KEDUDUKAN_HUKUM_ID,
            KEDUDUKAN_HUKUM_NAMA, STATUS_CPNS_PNS, KARTU_ASN_VIRTUAL, NOMOR_SK_CPNS, TANGGAL_SK_CPNS, TMT_CPNS,
            NOMOR_SK_PNS, TANGGAL_SK_PNS, TMT_PNS, GOL_AWAL_ID, GOL_AWAL_NAMA, GOL_AKHIR_ID, GOL_AKHIR_NAMA,
            TMT_GOLONGAN, MK_TAHUN, MK_BULAN, JENIS_JABATAN_ID, JENIS_JABATAN_NAMA, JABATAN_ID, JABATAN_NAMA,
            TMT_JABATAN, TINGKAT_PENDIDIKAN_ID, TINGKAT_PENDIDIKAN_NAMA, PENDIDIKAN_ID, PENDIDIKAN_NAMA, TAHUN_LULUS,
            KPKN_ID, KPKN_NAMA, LOKASI_KERJA_ID, LOKASI_KERJA_NAMA, UNOR_ID, UNOR_NAMA, INSTANSI_INDUK_ID,
            INSTANSI_INDUK_NAMA, INSTANSI_KERJA_ID, INSTANSI_KERJA_NAMA, SATUAN_KERJA_INDUK_ID,
            SATUAN_KERJA_INDUK_NAMA, SATUAN_KERJA_KERJA_ID, SATUAN_KERJA_KERJA_NAMA);

    /**
     * The columns without which a file is refused, in export order. Each holds a value an employee record cannot
     * do without: the NIP, name, birth date and gender (identity; the NIP is checked against the last three);
     * kedudukan hukum (status, and with the NIP the PNS/PPPK decision); TMT CPNS (the start of service, and the
     * PPPK appointment date); GOL AKHIR ID and TMT GOLONGAN (current rank; a PPPK row may give its golongan in GOL
     * AKHIR NAMA instead, but the column must exist); JENIS JABATAN ID, JABATAN NAMA and TMT JABATAN (current
     * position, and with it the BUP); TINGKAT PENDIDIKAN ID (education level); UNOR ID and INSTANSI KERJA ID (where
     * the employee works).
     *
     * <p>Not required, on purpose: STATUS CPNS PNS and TMT PNS (CPNS vs PNS falls back from one to the other, and
     * to PNS with a warning when a file has neither), NIK (not a BKN identifier), GOL AKHIR NAMA, every name
     * column beside its id, and every contact, SK, masa kerja and reference column (KPKN, lokasi, satuan kerja).
     */
    public static final List<String> REQUIRED = List.of(
            NIP_BARU, NAMA, TANGGAL_LAHIR, JENIS_KELAMIN, KEDUDUKAN_HUKUM_ID, TMT_CPNS, GOL_AKHIR_ID, TMT_GOLONGAN,
            JENIS_JABATAN_ID, JABATAN_NAMA, TMT_JABATAN, TINGKAT_PENDIDIKAN_ID, UNOR_ID, INSTANSI_KERJA_ID);

    /** The columns {@link SiasnCsvWriter} appends after {@link #STANDARD}, so that export then import is lossless. */
    public static final List<String> WRITTEN_EXTRAS = List.of(
            EXTRA_ESELON_ID, EXTRA_JENJANG_JABATAN, EXTRA_KELOMPOK_JABATAN, EXTRA_TMT_AKHIR_KONTRAK);

    static final Set<String> STANDARD_SET = Set.copyOf(STANDARD);

    /** Every column this package reads a meaning from. */
    static final Set<String> KNOWN;

    static {
        Set<String> known = new LinkedHashSet<>(STANDARD);
        known.addAll(List.of(EXTRA_ESELON_ID, EXTRA_ESELON_NAMA, EXTRA_JENJANG_JABATAN, EXTRA_KELOMPOK_JABATAN,
                EXTRA_TMT_AKHIR_KONTRAK, EXTRA_TANGGAL_AKHIR_KONTRAK));
        KNOWN = Set.copyOf(known);
    }

    private SiasnColumns() {
    }

    /**
     * Normalises a header as exports spell it: '_' counts as a space, surrounding whitespace (including
     * non-breaking spaces and a stray byte-order mark) is removed, inner runs of whitespace become one space,
     * letters are upper-cased. "nip_baru", " Nip  Baru " and "NIP BARU" are all "NIP BARU".
     */
    public static String normalise(String header) {
        StringBuilder out = new StringBuilder(header.length());
        boolean pendingSpace = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '_' || isBlank(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** Whitespace as exports produce it: ASCII and Unicode spaces, non-breaking spaces and the BOM character. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
