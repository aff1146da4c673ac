package org.openasn.demo;

import org.openasn.reference.person.Agama;
import org.openasn.reference.person.Gender;
import org.openasn.reference.person.JenisKawin;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.JenisJabatan;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.status.KedudukanHukum;

/**
 * One row of the SIASN "Export Data ASN" file, field for field in the order of {@link SiasnCsv#HEADERS}. Mutable on
 * purpose: the national generator refills one instance per row instead of allocating one, and may hand it reused
 * {@link StringBuilder}s rather than strings. Dates are epoch days, {@link #NO_DATE} for an empty cell; text may be
 * {@code null} for an empty cell.
 */
public final class AsnRow {

    /** An empty date cell. */
    public static final long NO_DATE = Long.MIN_VALUE;

    public CharSequence pnsId;
    public CharSequence nipBaru;
    public CharSequence nipLama;
    public CharSequence nama;
    public CharSequence gelarDepan;
    public CharSequence gelarBelakang;
    public CharSequence tempatLahirId;
    public CharSequence tempatLahirNama;
    public long tanggalLahir = NO_DATE;
    public Gender gender;
    public Agama agama;
    public JenisKawin jenisKawin;
    public CharSequence nik;
    public CharSequence nomorHp;
    public CharSequence email;
    public CharSequence emailGov;
    public CharSequence alamat;
    public CharSequence npwp;
    public CharSequence bpjs;
    public CharSequence jenisPegawaiId;
    public CharSequence jenisPegawaiNama;
    public KedudukanHukum kedudukanHukum;
    public CharSequence statusCpnsPns;
    public CharSequence kartuAsnVirtual;
    public CharSequence nomorSkCpns;
    public long tanggalSkCpns = NO_DATE;
    public long tmtCpns = NO_DATE;
    public CharSequence nomorSkPns;
    public long tanggalSkPns = NO_DATE;
    public long tmtPns = NO_DATE;
    public Golongan golAwal;
    public Golongan golAkhir;
    public long tmtGolongan = NO_DATE;
    public int mkTahun;
    public int mkBulan;
    public JenisJabatan jenisJabatan;
    public CharSequence jabatanId;
    public CharSequence jabatanNama;
    public long tmtJabatan = NO_DATE;
    public TingkatPendidikan tingkatPendidikan;
    public CharSequence pendidikanId;
    public CharSequence pendidikanNama;
    public int tahunLulus;
    public CharSequence kpknId;
    public CharSequence kpknNama;
    public CharSequence lokasiKerjaId;
    public CharSequence lokasiKerjaNama;
    public CharSequence unorId;
    public CharSequence unorNama;
    public CharSequence instansiIndukId;
    public CharSequence instansiIndukNama;
    public CharSequence instansiKerjaId;
    public CharSequence instansiKerjaNama;
    public CharSequence satuanKerjaIndukId;
    public CharSequence satuanKerjaIndukNama;
    public CharSequence satuanKerjaKerjaId;
    public CharSequence satuanKerjaKerjaNama;
    /** Extra column ESELON ID: the eselon of a structural position, {@code null} otherwise. */
    public org.openasn.reference.position.Eselon eselon;
}
