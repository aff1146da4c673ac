package org.openasn.personnel.siasn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import org.openasn.reference.person.Agama;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.person.Gender;
import org.openasn.reference.person.JenisKawin;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenisJabatan;
import org.openasn.reference.position.JenjangFungsional;
import org.openasn.reference.position.PositionGroup;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.status.KedudukanHukum;

/**
 * One employee as a SIASN export describes them, with typed values: what {@link SiasnRowParser} makes of an
 * accepted row and what {@link SiasnCsvWriter} writes back. The parser strips strings and gives {@code null} for an
 * empty value; dates are plain dates; codes are the reference enums.
 *
 * <p>Valid by construction as far as one row can tell: the required values are present, the golongan is on the
 * scale of the kind (PNS I/a–IV/e for PNS and CPNS, I–XVII for PPPK), masa kerja is 0–50 years and 0–11 months.
 * Agreement between values (NIP against birth date, TMT order) is the parser's concern, which reports it per row.
 *
 * @param nip the 18 NIP digits, without spaces or dots
 * @param nik (nullable) the 16 NIK digits when valid; otherwise the text as exported (kept, with a warning, for
 *            the data-quality indicator "invalid NIK")
 * @param name NAMA, without academic titles
 * @param gelarDepan (nullable) academic or religious titles before the name
 * @param gelarBelakang (nullable) academic titles after the name
 * @param birthPlace (nullable) TEMPAT LAHIR NAMA
 * @param birthDate TANGGAL LAHIR
 * @param gender JENIS KELAMIN
 * @param agama (nullable) AGAMA ID
 * @param jenisKawin (nullable) JENIS KAWIN NAMA, else JENIS KAWIN ID
 * @param phone (nullable) NOMOR HP
 * @param email (nullable) EMAIL (personal)
 * @param emailGov (nullable) EMAIL GOV
 * @param address (nullable) ALAMAT
 * @param npwp (nullable) NPWP NOMOR
 * @param kind CPNS, PNS, PPPK or PPPK paruh waktu (see SiasnRowParser)
 * @param kedudukanHukum KEDUDUKAN HUKUM ID
 * @param skCpnsNumber (nullable) NOMOR SK CPNS
 * @param skCpnsDate (nullable) TANGGAL SK CPNS
 * @param tmtCpns TMT CPNS; for a PPPK the TMT of the appointment
 * @param skPnsNumber (nullable) NOMOR SK PNS
 * @param skPnsDate (nullable) TANGGAL SK PNS
 * @param tmtPns (nullable) TMT PNS
 * @param golonganAwal (nullable) GOL AWAL: the golongan at appointment
 * @param golongan GOL AKHIR: the current golongan, on the PNS scale for PNS and CPNS, on the PPPK scale for
 *                 PPPK
 * @param tmtGolongan TMT GOLONGAN
 * @param masaKerjaYears (nullable) MK TAHUN, 0–50
 * @param masaKerjaMonths (nullable) MK BULAN, 0–11
 * @param jenisJabatan JENIS JABATAN ID
 * @param eselon (nullable) ESELON ID (extra column), else ESELON NAMA
 * @param jabatanId (nullable) JABATAN ID, SIASN's id of the position
 * @param jabatanName (nullable) JABATAN NAMA
 * @param jenjang (nullable) JENJANG JABATAN (extra column), else read from JABATAN NAMA for a fungsional
 *                tertentu
 * @param positionGroup guru, kesehatan or lainnya (see SiasnRowParser)
 * @param bupCategory (nullable) the BUP category the position implies; null only for a fungsional tertentu whose
 *                    jenjang is unknown
 * @param tmtJabatan TMT JABATAN
 * @param pendidikan (nullable) TINGKAT PENDIDIKAN ID
 * @param educationMajor (nullable) PENDIDIKAN NAMA: the programme, e.g. "S1 Pendidikan Matematika"
 * @param educationYear (nullable) TAHUN LULUS
 * @param unorId UNOR ID: SIASN's id of the organisation unit
 * @param unorName (nullable) UNOR NAMA
 * @param instansiKerjaId INSTANSI KERJA ID
 * @param instansiKerjaName (nullable) INSTANSI KERJA NAMA
 * @param contractEnd (nullable) TMT AKHIR KONTRAK or TANGGAL AKHIR KONTRAK (extra columns): last day of a PPPK contract
 */
public record ImportedEmployee(
        String nip,
        String nik,
        String name,
        String gelarDepan,
        String gelarBelakang,
        String birthPlace,
        LocalDate birthDate,
        Gender gender,
        Agama agama,
        JenisKawin jenisKawin,
        String phone,
        String email,
        String emailGov,
        String address,
        String npwp,
        EmployeeKind kind,
        KedudukanHukum kedudukanHukum,
        String skCpnsNumber,
        LocalDate skCpnsDate,
        LocalDate tmtCpns,
        String skPnsNumber,
        LocalDate skPnsDate,
        LocalDate tmtPns,
        Golongan golonganAwal,
        Golongan golongan,
        LocalDate tmtGolongan,
        Integer masaKerjaYears,
        Integer masaKerjaMonths,
        JenisJabatan jenisJabatan,
        Eselon eselon,
        String jabatanId,
        String jabatanName,
        JenjangFungsional jenjang,
        PositionGroup positionGroup,
        BupCategory bupCategory,
        LocalDate tmtJabatan,
        TingkatPendidikan pendidikan,
        String educationMajor,
        Integer educationYear,
        String unorId,
        String unorName,
        String instansiKerjaId,
        String instansiKerjaName,
        LocalDate contractEnd) {

    /** Checks presence and the kind's golongan scale; see the class comment. */
    public ImportedEmployee {
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(kedudukanHukum, "kedudukanHukum");
        Objects.requireNonNull(tmtCpns, "tmtCpns");
        Objects.requireNonNull(golongan, "golongan");
        Objects.requireNonNull(tmtGolongan, "tmtGolongan");
        Objects.requireNonNull(jenisJabatan, "jenisJabatan");
        Objects.requireNonNull(positionGroup, "positionGroup");
        Objects.requireNonNull(tmtJabatan, "tmtJabatan");
        Objects.requireNonNull(unorId, "unorId");
        Objects.requireNonNull(instansiKerjaId, "instansiKerjaId");
        Golongan.Kind scale = scaleOf(kind);
        if (golongan.kind() != scale) {
            throw new IllegalArgumentException("golongan " + golongan.code() + " is not on the " + scale
                    + " scale of a " + kind);
        }
        if (golonganAwal != null && golonganAwal.kind() != scale) {
            throw new IllegalArgumentException("golongan awal " + golonganAwal.code() + " is not on the " + scale
                    + " scale of a " + kind);
        }
        if (masaKerjaYears != null && (masaKerjaYears < 0 || masaKerjaYears > 50)) {
            throw new IllegalArgumentException("masa kerja years must be 0–50, got " + masaKerjaYears);
        }
        if (masaKerjaMonths != null && (masaKerjaMonths < 0 || masaKerjaMonths > 11)) {
            throw new IllegalArgumentException("masa kerja months must be 0–11, got " + masaKerjaMonths);
        }
    }

    /** @return the golongan scale of an employee kind: PPPK for both PPPK kinds, PNS for PNS and CPNS */
    public static Golongan.Kind scaleOf(EmployeeKind kind) {
        return kind == EmployeeKind.PPPK || kind == EmployeeKind.PPPK_PARUH_WAKTU
                ? Golongan.Kind.PPPK : Golongan.Kind.PNS;
    }

    /**
     * A fingerprint of every typed value, to tell an unchanged row on re-import without comparing fields: equal
     * records have equal hashes, and any changed value changes it. Stable across runs and JVMs (SHA-256 over a
     * canonical, length-prefixed text of each component by name: ISO dates, enum constant names, decimal numbers).
     * Adding or renaming a component changes every hash once, which a re-import sees as "changed".
     *
     * @return 64 lower-case hex digits
     */
    public String contentHash() {
        StringBuilder entries = new StringBuilder(1024);
        put(entries, "nip", nip);
        put(entries, "nik", nik);
        put(entries, "name", name);
        put(entries, "gelarDepan", gelarDepan);
        put(entries, "gelarBelakang", gelarBelakang);
        put(entries, "birthPlace", birthPlace);
        put(entries, "birthDate", birthDate);
        put(entries, "gender", gender);
        put(entries, "agama", agama);
        put(entries, "jenisKawin", jenisKawin);
        put(entries, "phone", phone);
        put(entries, "email", email);
        put(entries, "emailGov", emailGov);
        put(entries, "address", address);
        put(entries, "npwp", npwp);
        put(entries, "kind", kind);
        put(entries, "kedudukanHukum", kedudukanHukum);
        put(entries, "skCpnsNumber", skCpnsNumber);
        put(entries, "skCpnsDate", skCpnsDate);
        put(entries, "tmtCpns", tmtCpns);
        put(entries, "skPnsNumber", skPnsNumber);
        put(entries, "skPnsDate", skPnsDate);
        put(entries, "tmtPns", tmtPns);
        put(entries, "golonganAwal", golonganAwal);
        put(entries, "golongan", golongan);
        put(entries, "tmtGolongan", tmtGolongan);
        put(entries, "masaKerjaYears", masaKerjaYears);
        put(entries, "masaKerjaMonths", masaKerjaMonths);
        put(entries, "jenisJabatan", jenisJabatan);
        put(entries, "eselon", eselon);
        put(entries, "jabatanId", jabatanId);
        put(entries, "jabatanName", jabatanName);
        put(entries, "jenjang", jenjang);
        put(entries, "positionGroup", positionGroup);
        put(entries, "bupCategory", bupCategory);
        put(entries, "tmtJabatan", tmtJabatan);
        put(entries, "pendidikan", pendidikan);
        put(entries, "educationMajor", educationMajor);
        put(entries, "educationYear", educationYear);
        put(entries, "unorId", unorId);
        put(entries, "unorName", unorName);
        put(entries, "instansiKerjaId", instansiKerjaId);
        put(entries, "instansiKerjaName", instansiKerjaName);
        put(entries, "contractEnd", contractEnd);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** One component's entry: {@code name=length:text} and a newline, or {@code name=-} and a newline for none. */
    private static void put(StringBuilder entries, String name, Object value) {
        entries.append(name).append('=');
        if (value == null) {
            entries.append('-');
        } else {
            String text = value instanceof Enum<?> constant ? constant.name() : value.toString(); // String, LocalDate (ISO), Integer
            entries.append(text.length()).append(':').append(text);
        }
        entries.append('\n');
    }

    /** @return a builder with no value set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder()
                .nip(nip)
                .nik(nik)
                .name(name)
                .gelarDepan(gelarDepan)
                .gelarBelakang(gelarBelakang)
                .birthPlace(birthPlace)
                .birthDate(birthDate)
                .gender(gender)
                .agama(agama)
                .jenisKawin(jenisKawin)
                .phone(phone)
                .email(email)
                .emailGov(emailGov)
                .address(address)
                .npwp(npwp)
                .kind(kind)
                .kedudukanHukum(kedudukanHukum)
                .skCpnsNumber(skCpnsNumber)
                .skCpnsDate(skCpnsDate)
                .tmtCpns(tmtCpns)
                .skPnsNumber(skPnsNumber)
                .skPnsDate(skPnsDate)
                .tmtPns(tmtPns)
                .golonganAwal(golonganAwal)
                .golongan(golongan)
                .tmtGolongan(tmtGolongan)
                .masaKerjaYears(masaKerjaYears)
                .masaKerjaMonths(masaKerjaMonths)
                .jenisJabatan(jenisJabatan)
                .eselon(eselon)
                .jabatanId(jabatanId)
                .jabatanName(jabatanName)
                .jenjang(jenjang)
                .positionGroup(positionGroup)
                .bupCategory(bupCategory)
                .tmtJabatan(tmtJabatan)
                .pendidikan(pendidikan)
                .educationMajor(educationMajor)
                .educationYear(educationYear)
                .unorId(unorId)
                .unorName(unorName)
                .instansiKerjaId(instansiKerjaId)
                .instansiKerjaName(instansiKerjaName)
                .contractEnd(contractEnd);
    }

    /** Builds an {@link ImportedEmployee}; the record's constructor checks the values on {@link #build()}. */
    public static final class Builder {

        private String nip;
        private String nik;
        private String name;
        private String gelarDepan;
        private String gelarBelakang;
        private String birthPlace;
        private LocalDate birthDate;
        private Gender gender;
        private Agama agama;
        private JenisKawin jenisKawin;
        private String phone;
        private String email;
        private String emailGov;
        private String address;
        private String npwp;
        private EmployeeKind kind;
        private KedudukanHukum kedudukanHukum;
        private String skCpnsNumber;
        private LocalDate skCpnsDate;
        private LocalDate tmtCpns;
        private String skPnsNumber;
        private LocalDate skPnsDate;
        private LocalDate tmtPns;
        private Golongan golonganAwal;
        private Golongan golongan;
        private LocalDate tmtGolongan;
        private Integer masaKerjaYears;
        private Integer masaKerjaMonths;
        private JenisJabatan jenisJabatan;
        private Eselon eselon;
        private String jabatanId;
        private String jabatanName;
        private JenjangFungsional jenjang;
        private PositionGroup positionGroup;
        private BupCategory bupCategory;
        private LocalDate tmtJabatan;
        private TingkatPendidikan pendidikan;
        private String educationMajor;
        private Integer educationYear;
        private String unorId;
        private String unorName;
        private String instansiKerjaId;
        private String instansiKerjaName;
        private LocalDate contractEnd;

        private Builder() {
        }

        public Builder nip(String nip) {
            this.nip = nip;
            return this;
        }

        public Builder nik(String nik) {
            this.nik = nik;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder gelarDepan(String gelarDepan) {
            this.gelarDepan = gelarDepan;
            return this;
        }

        public Builder gelarBelakang(String gelarBelakang) {
            this.gelarBelakang = gelarBelakang;
            return this;
        }

        public Builder birthPlace(String birthPlace) {
            this.birthPlace = birthPlace;
            return this;
        }

        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        public Builder gender(Gender gender) {
            this.gender = gender;
            return this;
        }

        public Builder agama(Agama agama) {
            this.agama = agama;
            return this;
        }

        public Builder jenisKawin(JenisKawin jenisKawin) {
            this.jenisKawin = jenisKawin;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder emailGov(String emailGov) {
            this.emailGov = emailGov;
            return this;
        }

        public Builder address(String address) {
            this.address = address;
            return this;
        }

        public Builder npwp(String npwp) {
            this.npwp = npwp;
            return this;
        }

        public Builder kind(EmployeeKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder kedudukanHukum(KedudukanHukum kedudukanHukum) {
            this.kedudukanHukum = kedudukanHukum;
            return this;
        }

        public Builder skCpnsNumber(String skCpnsNumber) {
            this.skCpnsNumber = skCpnsNumber;
            return this;
        }

        public Builder skCpnsDate(LocalDate skCpnsDate) {
            this.skCpnsDate = skCpnsDate;
            return this;
        }

        public Builder tmtCpns(LocalDate tmtCpns) {
            this.tmtCpns = tmtCpns;
            return this;
        }

        public Builder skPnsNumber(String skPnsNumber) {
            this.skPnsNumber = skPnsNumber;
            return this;
        }

        public Builder skPnsDate(LocalDate skPnsDate) {
            this.skPnsDate = skPnsDate;
            return this;
        }

        public Builder tmtPns(LocalDate tmtPns) {
            this.tmtPns = tmtPns;
            return this;
        }

        public Builder golonganAwal(Golongan golonganAwal) {
            this.golonganAwal = golonganAwal;
            return this;
        }

        public Builder golongan(Golongan golongan) {
            this.golongan = golongan;
            return this;
        }

        public Builder tmtGolongan(LocalDate tmtGolongan) {
            this.tmtGolongan = tmtGolongan;
            return this;
        }

        public Builder masaKerjaYears(Integer masaKerjaYears) {
            this.masaKerjaYears = masaKerjaYears;
            return this;
        }

        public Builder masaKerjaMonths(Integer masaKerjaMonths) {
            this.masaKerjaMonths = masaKerjaMonths;
            return this;
        }

        public Builder jenisJabatan(JenisJabatan jenisJabatan) {
            this.jenisJabatan = jenisJabatan;
            return this;
        }

        public Builder eselon(Eselon eselon) {
            this.eselon = eselon;
            return this;
        }

        public Builder jabatanId(String jabatanId) {
            this.jabatanId = jabatanId;
            return this;
        }

        public Builder jabatanName(String jabatanName) {
            this.jabatanName = jabatanName;
            return this;
        }

        public Builder jenjang(JenjangFungsional jenjang) {
            this.jenjang = jenjang;
            return this;
        }

        public Builder positionGroup(PositionGroup positionGroup) {
            this.positionGroup = positionGroup;
            return this;
        }

        public Builder bupCategory(BupCategory bupCategory) {
            this.bupCategory = bupCategory;
            return this;
        }

        public Builder tmtJabatan(LocalDate tmtJabatan) {
            this.tmtJabatan = tmtJabatan;
            return this;
        }

        public Builder pendidikan(TingkatPendidikan pendidikan) {
            this.pendidikan = pendidikan;
            return this;
        }

        public Builder educationMajor(String educationMajor) {
            this.educationMajor = educationMajor;
            return this;
        }

        public Builder educationYear(Integer educationYear) {
            this.educationYear = educationYear;
            return this;
        }

        public Builder unorId(String unorId) {
            this.unorId = unorId;
            return this;
        }

        public Builder unorName(String unorName) {
            this.unorName = unorName;
            return this;
        }

        public Builder instansiKerjaId(String instansiKerjaId) {
            this.instansiKerjaId = instansiKerjaId;
            return this;
        }

        public Builder instansiKerjaName(String instansiKerjaName) {
            this.instansiKerjaName = instansiKerjaName;
            return this;
        }

        public Builder contractEnd(LocalDate contractEnd) {
            this.contractEnd = contractEnd;
            return this;
        }

        /** @throws NullPointerException or IllegalArgumentException as the record's constructor does */
        public ImportedEmployee build() {
            return new ImportedEmployee(
                    nip, nik, name, gelarDepan, gelarBelakang, birthPlace, birthDate, gender, agama, jenisKawin,
                    phone, email, emailGov, address, npwp, kind, kedudukanHukum, skCpnsNumber, skCpnsDate, tmtCpns,
                    skPnsNumber, skPnsDate, tmtPns, golonganAwal, golongan, tmtGolongan, masaKerjaYears,
                    masaKerjaMonths, jenisJabatan, eselon, jabatanId, jabatanName, jenjang, positionGroup,
                    bupCategory, tmtJabatan, pendidikan, educationMajor, educationYear, unorId, unorName,
                    instansiKerjaId, instansiKerjaName, contractEnd);
        }
    }
}
