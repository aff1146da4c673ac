package org.openasn.personnel.siasn;

import static org.openasn.personnel.siasn.SiasnColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.identity.Disagreement;
import org.openasn.reference.identity.Nik;
import org.openasn.reference.identity.Nip;
import org.openasn.reference.identity.NipPns;
import org.openasn.reference.identity.NipPppk;
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
 * Turns one {@link SiasnRow} into an {@link ImportedEmployee}, or into the reasons it cannot be one. Never throws
 * for bad data, and never stops at the first problem: every column is read and every issue of the row reported.
 * Stateless and thread-safe.
 *
 * <p><b>Severity.</b> An ERROR refuses the row; it is given when a value cannot be represented in the typed record
 * (an unknown code, an impossible date, an unreadable number: importing would silently drop or change it), when a
 * required value is empty, or when the row contradicts itself in a way the personnel record cannot hold (the NIP
 * against birth date, gender or TMT CPNS; TMT CPNS before the age of 18; TMT PNS before TMT CPNS; GOL AKHIR ID
 * against GOL AKHIR NAMA). A WARNING keeps the row: the value is stored as the file has it, or a documented default
 * is used, and the issue is a data-quality finding (invalid NIK, NIK against the record, malformed e-mail, TMT
 * GOLONGAN or TMT JABATAN before TMT CPNS, a structural position without eselon, a functional position without a
 * recognisable jenjang, JENIS KAWIN ID against its name, bytes that were not UTF-8, an empty JABATAN NAMA or
 * TINGKAT PENDIDIKAN ID: the indicators "jabatan kosong" and "pendidikan kosong" exist because SIASN has such records).
 *
 * <p><b>PNS or PPPK.</b> A row is PPPK when its NIP has the PPPK layout (13th digit 2) or, if the NIP is
 * unreadable, when KEDUDUKAN HUKUM ID is 71–73. A PPPK NIP with another kedudukan hukum is kept as PPPK with a
 * warning (the data-quality indicator "PPPK with a wrong legal status"); a PNS NIP with kedudukan 71–73 is an error,
 * since the golongan scale and the NIP check then contradict each other. PNS and CPNS use golongan ids 11–45, PPPK
 * golongan I–XVII (id = the numeral's number, or the numeral itself, in GOL AKHIR ID; or the numeral in GOL AKHIR
 * NAMA).
 *
 * <p><b>CPNS or PNS</b> (PNS-layout NIP): STATUS CPNS PNS "C" or "CPNS" → CPNS, "P" or "PNS" → PNS. When it is
 * empty, absent or another value (the last with a warning): TMT PNS empty → CPNS, filled → PNS. When the file has
 * neither column: PNS, with a warning. A PNS without TMT PNS and a CPNS with one are warnings; STATUS wins.
 *
 * <p><b>PPPK paruh waktu</b> (part-time; how SIASN marks it is not documented): a PPPK row whose JENIS PEGAWAI
 * NAMA, or any column outside the 64 standard ones, contains the words "paruh waktu" (any case, spaces, hyphens or
 * underscores between; not after "bukan", "tidak" or "non"); or a column outside the standard ones whose header
 * contains "paruh waktu" and whose value is Y, YA, YES, TRUE, 1 or X. On a PNS row, JENIS PEGAWAI NAMA saying
 * "paruh waktu" is a warning, and ignored.
 *
 * <p><b>Position.</b> Eselon from the extra column ESELON ID, else ESELON NAMA ("IV.a"). Jenjang from the extra
 * column JENJANG JABATAN, else, for a fungsional tertentu, from the position's name ({@link JabatanText}). Group
 * and BUP category as {@link JabatanText} documents (KELOMPOK JABATAN first, then the name; dosen, guru besar,
 * peneliti/perekayasa ahli utama by name; the rest by {@link BupCategory#derive}). The BUP category is
 * {@code null} only for a fungsional tertentu with no jenjang that is neither guru nor one of those names.
 */
public final class SiasnRowParser {

    private static final int MINIMUM_AGE_AT_TMT_CPNS = 18;

    /** @return the employee of the row, or the reasons it was refused; every issue found either way */
    public ParsedRow parse(SiasnRow row) {
        Parse parse = new Parse(row);
        if (!row.isWellFormed()) {
            for (String problem : row.structuralProblems()) {
                parse.issues.add(RowIssue.error(row.rowNumber(), null, null, problem));
            }
            return new ParsedRow.Rejected(row.rowNumber(), parse.issues);
        }
        return parse.run();
    }

    /** The parse of one row: the issues found so far, and the typed values read. */
    private static final class Parse {

        private final SiasnRow row;
        private final long number;
        private final List<RowIssue> issues = new ArrayList<>();

        Parse(SiasnRow row) {
            this.row = row;
            this.number = row.rowNumber();
        }

        ParsedRow run() {
            for (String column : row.malformedColumns()) {
                warning(column, mask(column, row.values().get(column)),
                        "bytes that are not UTF-8, or NUL bytes, were replaced by U+FFFD; the file should be saved as UTF-8");
            }
            String nipText = required(NIP_BARU);
            Nip nip = nipText == null ? null : code(NIP_BARU, nipText, Nip::parse);
            String name = required(NAMA);
            LocalDate birthDate = date(TANGGAL_LAHIR, true);
            Gender gender = gender();
            String kedudukanText = required(KEDUDUKAN_HUKUM_ID);
            KedudukanHukum kedudukan = kedudukanText == null ? null
                    : code(KEDUDUKAN_HUKUM_ID, kedudukanText, KedudukanHukum::fromSiasnId);
            LocalDate skCpnsDate = date(TANGGAL_SK_CPNS, false);
            LocalDate tmtCpns = date(TMT_CPNS, true);
            LocalDate skPnsDate = date(TANGGAL_SK_PNS, false);
            LocalDate tmtPns = date(TMT_PNS, false);

            Golongan.Kind scale = scale(nip, kedudukan, kedudukanText);
            EmployeeKind kind = scale == null ? null
                    : scale == Golongan.Kind.PPPK ? pppkKind() : pnsKind(tmtPns);
            checkNip(nip, birthDate, gender, tmtCpns);
            String nik = nik(birthDate, gender);

            Golongan golongan = golongan(GOL_AKHIR_ID, GOL_AKHIR_NAMA, scale, true);
            Golongan golonganAwal = golongan(GOL_AWAL_ID, GOL_AWAL_NAMA, scale, false);
            LocalDate tmtGolongan = date(TMT_GOLONGAN, true);
            Integer masaKerjaYears = wholeNumber(MK_TAHUN, 0, 50);
            Integer masaKerjaMonths = wholeNumber(MK_BULAN, 0, 11);

            String jenisText = required(JENIS_JABATAN_ID);
            JenisJabatan jenis = jenisText == null ? null
                    : code(JENIS_JABATAN_ID, jenisText, JenisJabatan::fromSiasnId);
            String jabatanName = expected(JABATAN_NAMA, "position name (jabatan)", "jabatan-empty");
            LocalDate tmtJabatan = date(TMT_JABATAN, true);
            Eselon eselon = eselon(jenis);
            JenjangFungsional jenjang = jenjang(jenis, jabatanName);
            PositionGroup group = JabatanText.group(jabatanName, text(EXTRA_KELOMPOK_JABATAN), jenis);
            BupCategory bup = bupCategory(jenis, eselon, jenjang, group, jabatanName);

            String pendidikanText = expected(TINGKAT_PENDIDIKAN_ID, "education level (tingkat pendidikan)", "pendidikan-empty");
            TingkatPendidikan pendidikan = pendidikanText == null ? null
                    : code(TINGKAT_PENDIDIKAN_ID, pendidikanText, TingkatPendidikan::fromSiasnId);
            Integer educationYear = graduationYear(birthDate);
            String unorId = required(UNOR_ID);
            String instansiKerjaId = required(INSTANSI_KERJA_ID);

            Agama agama = agama();
            JenisKawin jenisKawin = jenisKawin();
            String email = email(EMAIL);
            String emailGov = email(EMAIL_GOV);
            LocalDate contractEnd = contractEnd(scale, tmtCpns);
            checkDates(scale, birthDate, tmtCpns, tmtPns, tmtGolongan, tmtJabatan);

            if (issues.stream().anyMatch(RowIssue::isError)) {
                return new ParsedRow.Rejected(number, issues);
            }
            try {
                ImportedEmployee employee = new ImportedEmployee(nip.value(), nik, name, text(GELAR_DEPAN),
                        text(GELAR_BELAKANG), text(TEMPAT_LAHIR_NAMA), birthDate, gender, agama, jenisKawin,
                        text(NOMOR_HP), email, emailGov, text(ALAMAT), text(NPWP_NOMOR), kind, kedudukan,
                        text(NOMOR_SK_CPNS), skCpnsDate, tmtCpns, text(NOMOR_SK_PNS), skPnsDate, tmtPns, golonganAwal,
                        golongan, tmtGolongan, masaKerjaYears, masaKerjaMonths, jenis, eselon, text(JABATAN_ID),
                        jabatanName, jenjang, group, bup, tmtJabatan, pendidikan, text(PENDIDIKAN_NAMA), educationYear,
                        unorId, text(UNOR_NAMA), instansiKerjaId, text(INSTANSI_KERJA_NAMA), contractEnd);
                return new ParsedRow.Accepted(number, employee, issues);
            } catch (RuntimeException e) {
                // A rule above missed a combination the record refuses: refuse the row rather than throw.
                issues.add(RowIssue.error(number, null, null, "the values do not form a valid employee: "
                        + e.getMessage()));
                return new ParsedRow.Rejected(number, issues);
            }
        }

        // ---- identity -------------------------------------------------------------------------------------

        private Gender gender() {
            String text = required(JENIS_KELAMIN);
            if (text == null) {
                return null;
            }
            switch (JabatanText.words(text).strip()) {
                case "LAKI LAKI": case "LAKI2": case "LELAKI": case "PRIA": case "MALE":
                    return Gender.MALE;
                case "PEREMPUAN": case "WANITA": case "FEMALE":
                    return Gender.FEMALE;
                default:
                    return code(JENIS_KELAMIN, text, Gender::parse);
            }
        }

        /** The golongan scale of the row: PPPK or PNS (see the class comment); {@code null} when undecidable. */
        private Golongan.Kind scale(Nip nip, KedudukanHukum kedudukan, String kedudukanText) {
            boolean pppkStatus = kedudukan != null && kedudukan.id() >= 71 && kedudukan.id() <= 73;
            if (nip == null) {
                return kedudukan == null ? null : pppkStatus ? Golongan.Kind.PPPK : Golongan.Kind.PNS;
            }
            if (nip.kind() == Nip.Kind.PPPK) {
                if (kedudukan != null && !pppkStatus) {
                    warning(KEDUDUKAN_HUKUM_ID, kedudukanText, "a PPPK NIP with kedudukan hukum " + kedudukan.code()
                            + " (" + kedudukan.label() + "), which is not a PPPK status (71–73)");
                }
                return Golongan.Kind.PPPK;
            }
            if (pppkStatus) {
                error(KEDUDUKAN_HUKUM_ID, kedudukanText, "kedudukan hukum " + kedudukan.code()
                        + " is a PPPK status, but NIP BARU has the layout of a PNS NIP (13th digit not 2)");
                return null;
            }
            return Golongan.Kind.PNS;
        }

        private EmployeeKind pppkKind() {
            if (saysParuhWaktu(text(JENIS_PEGAWAI_NAMA))) {
                return EmployeeKind.PPPK_PARUH_WAKTU;
            }
            for (Map.Entry<String, String> column : row.values().entrySet()) {
                if (SiasnColumns.STANDARD_SET.contains(column.getKey())) {
                    continue;
                }
                String value = column.getValue();
                if (saysParuhWaktu(value) || (saysParuhWaktu(column.getKey()) && isYes(value))) {
                    return EmployeeKind.PPPK_PARUH_WAKTU;
                }
            }
            return EmployeeKind.PPPK;
        }

        /** "Paruh waktu" as words, unless negated ("bukan", "tidak" or "non paruh waktu"). */
        private static boolean saysParuhWaktu(String text) {
            if (text == null) {
                return false;
            }
            String words = JabatanText.words(text);
            return words.contains(" PARUH WAKTU ") && !words.contains(" BUKAN PARUH WAKTU ")
                    && !words.contains(" TIDAK PARUH WAKTU ") && !words.contains(" NON PARUH WAKTU ");
        }

        private static boolean isYes(String text) {
            if (text == null) {
                return false;
            }
            return switch (text.strip().toUpperCase(Locale.ROOT)) {
                case "Y", "YA", "YES", "TRUE", "1", "X" -> true;
                default -> false;
            };
        }

        private EmployeeKind pnsKind(LocalDate tmtPns) {
            String jenisPegawai = text(JENIS_PEGAWAI_NAMA);
            if (saysParuhWaktu(jenisPegawai)) {
                warning(JENIS_PEGAWAI_NAMA, jenisPegawai,
                        "only a PPPK can be paruh waktu; ignored for a row with a PNS NIP");
            }
            String status = text(STATUS_CPNS_PNS);
            EmployeeKind byStatus = null;
            if (status != null) {
                switch (status.toUpperCase(Locale.ROOT)) {
                    case "C", "CPNS" -> byStatus = EmployeeKind.CPNS;
                    case "P", "PNS" -> byStatus = EmployeeKind.PNS;
                    default -> warning(STATUS_CPNS_PNS, status, "not C, CPNS, P or PNS; CPNS or PNS is decided by"
                            + " TMT PNS instead");
                }
            }
            String tmtPnsText = text(TMT_PNS);
            if (byStatus == EmployeeKind.CPNS && tmtPnsText != null) {
                warning(TMT_PNS, tmtPnsText, "STATUS CPNS PNS says CPNS but TMT PNS is filled; imported as CPNS");
            }
            if (byStatus == EmployeeKind.PNS && tmtPnsText == null && row.hasColumn(TMT_PNS)) {
                warning(TMT_PNS, "", "a PNS without TMT PNS");
            }
            if (byStatus != null) {
                return byStatus;
            }
            if (row.hasColumn(TMT_PNS)) {
                return tmtPnsText == null ? EmployeeKind.CPNS : EmployeeKind.PNS;
            }
            if (!row.hasColumn(STATUS_CPNS_PNS)) {
                warning(STATUS_CPNS_PNS, "", "the file has neither STATUS CPNS PNS nor TMT PNS, so CPNS cannot be"
                        + " told from PNS; imported as PNS");
            }
            return EmployeeKind.PNS;
        }

        /** The NIP against the row: any disagreement refuses the row. */
        private void checkNip(Nip nip, LocalDate birthDate, Gender gender, LocalDate tmtCpns) {
            List<Disagreement> disagreements;
            if (nip instanceof NipPns pns) {
                disagreements = pns.agreementWith(birthDate, gender, tmtCpns);
            } else if (nip instanceof NipPppk pppk) {
                disagreements = pppk.agreementWith(birthDate, gender, tmtCpns);
            } else {
                return;
            }
            for (Disagreement disagreement : disagreements) {
                String column = switch (disagreement.part()) {
                    case BIRTH_DATE -> TANGGAL_LAHIR;
                    case GENDER -> JENIS_KELAMIN;
                    case TMT_CPNS, APPOINTMENT_YEAR -> TMT_CPNS;
                };
                error(NIP_BARU, text(NIP_BARU), disagreement.message() + " (" + column + " " + text(column) + ")");
            }
        }

        /** NIK: optional, never a reason to refuse the row; an invalid NIK is kept as exported. */
        private String nik(LocalDate birthDate, Gender gender) {
            String text = text(NIK);
            if (text == null) {
                return null;
            }
            try {
                Nik nik = Nik.parse(text);
                for (Disagreement disagreement : nik.agreementWith(birthDate, gender)) {
                    warning(NIK, nik.toString(), disagreement.message());
                }
                return nik.value();
            } catch (InvalidReferenceException e) {
                warning(NIK, mask(NIK, text), "invalid NIK, kept as exported: " + e.reason());
                return text;
            }
        }

        // ---- rank -----------------------------------------------------------------------------------------

        /**
         * Reads a golongan from its id and name columns, on the row's scale ({@code null}: either scale). The id
         * wins over an unreadable name (warning); both readable and different is an error.
         */
        private Golongan golongan(String idColumn, String nameColumn, Golongan.Kind scale, boolean required) {
            String idText = text(idColumn);
            String nameText = text(nameColumn);
            if (idText == null && nameText == null) {
                if (required) {
                    error(idColumn, "", row.hasColumn(nameColumn) ? idColumn + " and " + nameColumn + " are both empty"
                            : idColumn + " is empty");
                }
                return null;
            }
            boolean failed = false;
            Golongan fromId = null;
            if (idText != null) {
                try {
                    fromId = golonganFromId(idText, scale);
                } catch (InvalidReferenceException e) {
                    error(idColumn, idText, e.reason());
                    failed = true;
                }
            }
            Golongan fromName = null;
            if (nameText != null) {
                fromName = golonganFromName(nameText);
                if (fromName == null && fromId != null) {
                    warning(nameColumn, nameText, "not a golongan; " + idColumn + " " + idText + " ("
                            + fromId.code() + ") is used");
                } else if (fromName == null) {
                    error(nameColumn, nameText, "'" + nameText + "' is not a golongan: expected a PNS golongan/ruang"
                            + " such as III/a or a PPPK golongan I–XVII");
                    failed = true;
                } else if (scale != null && fromName.kind() != scale) {
                    error(nameColumn, nameText, wrongScale(fromName, scale));
                    failed = true;
                    fromName = null;
                }
            }
            if (fromId != null && fromName != null && fromId != fromName) {
                error(idColumn, idText, idColumn + " " + idText + " (" + fromId.code() + ") disagrees with "
                        + nameColumn + " '" + nameText + "' (" + fromName.code() + ")");
                failed = true;
            }
            if (failed) {
                return null;
            }
            return fromId != null ? fromId : fromName;
        }

        private static Golongan golonganFromId(String text, Golongan.Kind scale) {
            if (SiasnDates.digits(text, 0, text.length())) {
                if (scale == Golongan.Kind.PNS) {
                    return lookup(Golongan.Kind.PNS, text, " (PNS and CPNS golongan ids are 11–14, 21–24, 31–34,"
                            + " 41–45)");
                }
                if (scale == Golongan.Kind.PPPK) {
                    return lookup(Golongan.Kind.PPPK, text, " (a PPPK row has golongan I–XVII, ids 1–17)");
                }
                try {
                    return Golongan.fromSiasnId(Golongan.Kind.PNS, text);
                } catch (InvalidReferenceException notPns) {
                    try {
                        return Golongan.fromSiasnId(Golongan.Kind.PPPK, text);
                    } catch (InvalidReferenceException notPppk) {
                        throw new InvalidReferenceException(text, "unknown golongan id " + text
                                + " (PNS 11–45, PPPK 1–17)");
                    }
                }
            }
            Golongan golongan = Golongan.parse(text); // a code in the id column: "IX", "III/a"
            if (scale != null && golongan.kind() != scale) {
                throw new InvalidReferenceException(text, wrongScale(golongan, scale));
            }
            return golongan;
        }

        private static Golongan lookup(Golongan.Kind scale, String text, String hint) {
            try {
                return Golongan.fromSiasnId(scale, text);
            } catch (InvalidReferenceException e) {
                throw new InvalidReferenceException(text, e.reason() + hint);
            }
        }

        private static String wrongScale(Golongan golongan, Golongan.Kind scale) {
            return golongan.code() + " is a " + golongan.kind() + " golongan, but the row is "
                    + (scale == Golongan.Kind.PPPK ? "a PPPK row (golongan I–XVII)" : "a PNS/CPNS row (I/a–IV/e)");
        }

        /** "III/a", "IX"; also "Penata Muda (III/a)" by its token with a '/', and a PNS pangkat alone. */
        private static Golongan golonganFromName(String text) {
            try {
                return Golongan.parse(text);
            } catch (InvalidReferenceException e) {
                // try the parts below
            }
            for (String token : text.split("[\\s,;()]+")) {
                if (token.indexOf('/') > 0) {
                    try {
                        return Golongan.parse(token);
                    } catch (InvalidReferenceException e) {
                        // next token
                    }
                }
            }
            String words = JabatanText.words(text);
            for (Golongan golongan : Golongan.values()) {
                if (golongan.pangkat().map(p -> JabatanText.words(p).equals(words)).orElse(false)) {
                    return golongan;
                }
            }
            return null;
        }

        private Integer wholeNumber(String column, int min, int max) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            if (!SiasnDates.digits(text, 0, text.length()) || text.length() > 4) {
                error(column, text, "not a whole number " + min + "–" + max);
                return null;
            }
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                error(column, text, column + " must be " + min + "–" + max + ", got " + value);
                return null;
            }
            return value;
        }

        // ---- position -------------------------------------------------------------------------------------

        private Eselon eselon(JenisJabatan jenis) {
            Eselon eselon = null;
            boolean unreadable = false;
            String idText = text(EXTRA_ESELON_ID);
            String nameText = text(EXTRA_ESELON_NAMA);
            if (idText != null) {
                eselon = code(EXTRA_ESELON_ID, idText, Eselon::fromSiasnId);
                unreadable = eselon == null;
            } else if (nameText != null) {
                eselon = code(EXTRA_ESELON_NAMA, nameText, Eselon::parse);
                unreadable = eselon == null;
            }
            boolean structural = jenis == JenisJabatan.STRUKTURAL || jenis == JenisJabatan.RANGKAP;
            if (structural && !unreadable && (eselon == null || eselon == Eselon.NON_ESELON)) {
                warning(EXTRA_ESELON_ID, idText == null ? "" : idText, "a " + (jenis == JenisJabatan.STRUKTURAL
                        ? "structural" : "rangkap") + " position without an eselon: eselon unknown, BUP category"
                        + " taken as pejabat administrasi (58)");
            }
            return eselon;
        }

        private JenjangFungsional jenjang(JenisJabatan jenis, String jabatanName) {
            String text = text(EXTRA_JENJANG_JABATAN);
            if (text != null) {
                try {
                    return JenjangFungsional.parse(text);
                } catch (InvalidReferenceException e) {
                    warning(EXTRA_JENJANG_JABATAN, text, e.reason() + (jenis == JenisJabatan.FUNGSIONAL_TERTENTU
                            ? "; the jenjang is read from JABATAN NAMA instead" : "; ignored"));
                }
            }
            return jenis == JenisJabatan.FUNGSIONAL_TERTENTU ? JabatanText.jenjangFromName(jabatanName) : null;
        }

        private BupCategory bupCategory(JenisJabatan jenis, Eselon eselon, JenjangFungsional jenjang,
                                        PositionGroup group, String jabatanName) {
            if (jenis == null) {
                return null;
            }
            BupCategory special = JabatanText.specialBup(jabatanName, jenjang);
            BupCategory category = special != null ? special
                    : jenis == JenisJabatan.FUNGSIONAL_TERTENTU && jenjang == null && group != PositionGroup.GURU ? null
                    : BupCategory.derive(jenis, eselon, jenjang, group);
            if (jenis == JenisJabatan.FUNGSIONAL_TERTENTU && jenjang == null) {
                warning(JABATAN_NAMA, jabatanName, "a fungsional tertentu whose jenjang (Ahli Pertama … Ahli Utama,"
                        + " Pemula … Penyelia) is neither in JENJANG JABATAN nor in the name: jenjang unknown"
                        + (category == null ? ", and so the BUP category" : ""));
            }
            return category;
        }

        // ---- education and person -------------------------------------------------------------------------

        private Integer graduationYear(LocalDate birthDate) {
            String text = text(TAHUN_LULUS);
            if (text == null) {
                return null;
            }
            if (text.length() != 4 || !SiasnDates.digits(text, 0, 4)) {
                error(TAHUN_LULUS, text, "not a 4-digit year");
                return null;
            }
            int year = Integer.parseInt(text);
            if (year < SiasnDates.MIN_YEAR || year > SiasnDates.MAX_YEAR) {
                error(TAHUN_LULUS, text, "the year " + year + " is outside " + SiasnDates.MIN_YEAR + "–"
                        + SiasnDates.MAX_YEAR);
                return null;
            }
            if (birthDate != null && year <= birthDate.getYear()) {
                warning(TAHUN_LULUS, text, "graduation in or before the year of birth " + birthDate.getYear());
            }
            return year;
        }

        private Agama agama() {
            String idText = text(AGAMA_ID);
            if (idText != null) {
                return code(AGAMA_ID, idText, Agama::fromSiasnId);
            }
            String nameText = text(AGAMA_NAMA);
            if (nameText == null) {
                return null;
            }
            Agama byName = agamaFromName(nameText);
            if (byName == null) {
                error(AGAMA_NAMA, nameText, "unknown agama '" + nameText + "' and AGAMA ID is empty");
            }
            return byName;
        }

        /** The SIASN names, and the spellings of common usage: Katolik, Buddha, Protestan, Khonghucu. */
        private static Agama agamaFromName(String name) {
            return switch (JabatanText.words(name).strip()) {
                case "ISLAM" -> Agama.ISLAM;
                case "KRISTEN", "PROTESTAN", "KRISTEN PROTESTAN" -> Agama.KRISTEN;
                case "KATHOLIK", "KATOLIK", "KRISTEN KATOLIK", "KRISTEN KATHOLIK" -> Agama.KATHOLIK;
                case "HINDU" -> Agama.HINDU;
                case "BUDHA", "BUDDHA" -> Agama.BUDHA;
                case "KONGHUCU", "KHONGHUCU", "KONG HU CU" -> Agama.KONGHUCU;
                case "LAINNYA", "LAIN LAIN", "KEPERCAYAAN" -> Agama.LAINNYA;
                default -> null;
            };
        }

        /**
         * The name wins over the id: JenisKawin's id mapping is uncertain (see its Javadoc). Either one alone is
         * used when the other is empty or unreadable (a warning); neither readable is an error.
         */
        private JenisKawin jenisKawin() {
            String idText = text(JENIS_KAWIN_ID);
            String nameText = text(JENIS_KAWIN_NAMA);
            JenisKawin byId = null;
            JenisKawin byName = null;
            String idReason = null;
            String nameReason = null;
            if (idText != null) {
                try {
                    byId = JenisKawin.fromSiasnId(idText);
                } catch (InvalidReferenceException e) {
                    idReason = e.reason();
                }
            }
            if (nameText != null) {
                try {
                    byName = JenisKawin.parseName(nameText);
                } catch (InvalidReferenceException e) {
                    nameReason = e.reason();
                }
            }
            if (idReason != null) {
                if (byName != null) {
                    warning(JENIS_KAWIN_ID, idText, idReason + "; JENIS KAWIN NAMA '" + nameText + "' is used");
                } else {
                    error(JENIS_KAWIN_ID, idText, idReason);
                }
            }
            if (nameReason != null) {
                if (byId != null) {
                    warning(JENIS_KAWIN_NAMA, nameText, nameReason + "; JENIS KAWIN ID " + idText + " is used");
                } else {
                    error(JENIS_KAWIN_NAMA, nameText, nameReason);
                }
            }
            if (byId != null && byName != null && byId != byName) {
                warning(JENIS_KAWIN_ID, idText, "JENIS KAWIN ID " + idText + " (" + byId.label() + ") disagrees with"
                        + " JENIS KAWIN NAMA '" + nameText + "'; the name is used");
            }
            return byName != null ? byName : byId;
        }

        private String email(String column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            int at = text.indexOf('@');
            boolean plausible = at > 0 && at == text.lastIndexOf('@') && text.indexOf('.', at + 2) > 0
                    && !text.endsWith(".") && text.chars().noneMatch(c -> Character.isWhitespace(c) || c == ',');
            if (!plausible) {
                warning(column, text, "not an e-mail address");
            }
            return text;
        }

        // ---- dates ----------------------------------------------------------------------------------------

        private LocalDate contractEnd(Golongan.Kind scale, LocalDate tmtCpns) {
            String column = text(EXTRA_TMT_AKHIR_KONTRAK) != null ? EXTRA_TMT_AKHIR_KONTRAK
                    : EXTRA_TANGGAL_AKHIR_KONTRAK;
            LocalDate end = date(column, false);
            if (end == null) {
                return null;
            }
            if (scale == Golongan.Kind.PNS) {
                warning(column, text(column), "a contract end on a PNS/CPNS row; ignored");
                return null;
            }
            if (tmtCpns != null && end.isBefore(tmtCpns)) {
                error(column, text(column), "the contract ends before it starts (TMT CPNS " + text(TMT_CPNS) + ")");
            }
            return end;
        }

        private void checkDates(Golongan.Kind scale, LocalDate birthDate, LocalDate tmtCpns, LocalDate tmtPns,
                                LocalDate tmtGolongan, LocalDate tmtJabatan) {
            if (tmtCpns == null) {
                return;
            }
            if (birthDate != null && tmtCpns.isBefore(birthDate.plusYears(MINIMUM_AGE_AT_TMT_CPNS))) {
                error(TMT_CPNS, text(TMT_CPNS), "TMT CPNS " + text(TMT_CPNS) + " is before the employee turned "
                        + MINIMUM_AGE_AT_TMT_CPNS + " (TANGGAL LAHIR " + text(TANGGAL_LAHIR) + ")");
            }
            if (scale != Golongan.Kind.PPPK && tmtPns != null && tmtPns.isBefore(tmtCpns)) {
                error(TMT_PNS, text(TMT_PNS), "TMT PNS " + text(TMT_PNS) + " is before TMT CPNS " + text(TMT_CPNS));
            }
            if (tmtGolongan != null && tmtGolongan.isBefore(tmtCpns)) {
                warning(TMT_GOLONGAN, text(TMT_GOLONGAN), "TMT GOLONGAN " + text(TMT_GOLONGAN)
                        + " is before TMT CPNS " + text(TMT_CPNS));
            }
            if (tmtJabatan != null && tmtJabatan.isBefore(tmtCpns)) {
                warning(TMT_JABATAN, text(TMT_JABATAN), "TMT JABATAN " + text(TMT_JABATAN)
                        + " is before TMT CPNS " + text(TMT_CPNS));
            }
        }

        // ---- helpers --------------------------------------------------------------------------------------

        private String text(String column) {
            return row.text(column);
        }

        /** @return the value, or {@code null} after recording an ERROR that the column is empty */
        private String required(String column) {
            String text = text(column);
            if (text == null) {
                error(column, "", column + " is empty");
            }
            return text;
        }

        /**
         * @return the value, or {@code null} after recording a WARNING that the column is empty: the row is kept, and the
         * data-quality indicator {@code indicator} reports the gap
         */
        private String expected(String column, String what, String indicator) {
            String text = text(column);
            if (text == null) {
                warning(column, "", "no " + what + ": recorded without one, as the data-quality indicator " + indicator + " reports");
            }
            return text;
        }

        private LocalDate date(String column, boolean required) {
            String text = required ? required(column) : text(column);
            if (text == null) {
                return null;
            }
            try {
                return SiasnDates.parse(text);
            } catch (IllegalArgumentException e) {
                error(column, text, e.getMessage());
                return null;
            }
        }

        /** @return the parsed code, or {@code null} after recording an ERROR with the parser's reason */
        private <T> T code(String column, String text, Function<String, T> parser) {
            try {
                return parser.apply(text);
            } catch (InvalidReferenceException e) {
                error(column, mask(column, text), e.reason());
                return null;
            }
        }

        /** A NIK is shown by its region code only (as {@link Nik#toString()} does); other values as they are. */
        private static String mask(String column, String value) {
            if (!NIK.equals(column) || value == null) {
                return value;
            }
            int keep = Math.min(6, value.length() / 2);
            return value.substring(0, keep) + "*".repeat(value.length() - keep);
        }

        private void error(String column, String value, String reason) {
            issues.add(RowIssue.error(number, column, value == null ? "" : value, reason));
        }

        private void warning(String column, String value, String reason) {
            issues.add(RowIssue.warning(number, column, value == null ? "" : value, reason));
        }
    }
}
