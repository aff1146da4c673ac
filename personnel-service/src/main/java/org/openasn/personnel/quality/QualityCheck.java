package org.openasn.personnel.quality;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The indicators of the Indeks Kualitas Data ASN (BKN circular 17/2024) as the project's reference lists them, each
 * a check over one employee's record ({@link Subject}). The Indonesian names follow the reference's list; they are
 * the project's wording, not quoted from the circular.
 *
 * <p>An indicator the service holds no data for (SKP, CLTN end dates, concurrent posts, ...) is listed with
 * {@link Status#NOT_CHECKED} and the reason, so that a report says what it leaves out instead of scoring it 100%.
 * The project's own checks come last; they are reported like the others but are not counted in the index
 * ({@link #inIndex()}), which stays BKN's.
 * The codes are the API's keys: never rename one.
 */
public enum QualityCheck {

    // --- completeness
    SKP_MISSING("skp-missing", Dimension.COMPLETENESS, "SKP tahun berjalan belum ada",
            "The employee has no performance assessment (SKP) for the current year.",
            "Enter this year's SKP in e-Kinerja.",
            null, "The personnel service does not hold performance assessments (SKP); e-Kinerja does."),
    JABATAN_EMPTY("jabatan-empty", Dimension.COMPLETENESS, "Jabatan kosong",
            "The record has no position (jabatan) in force today.",
            "Record the position from the latest SK jabatan (a position-changed mutation, or a data correction).",
            QualityRules::jabatanEmpty, null),
    PENDIDIKAN_EMPTY("pendidikan-empty", Dimension.COMPLETENESS, "Pendidikan kosong",
            "The record has no education level (tingkat pendidikan).",
            "Record the highest diploma (an education-recorded mutation) from the certificate.",
            QualityRules::pendidikanEmpty, null),
    TMT_PNS_EMPTY("tmt-pns-empty", Dimension.COMPLETENESS, "TMT PNS kosong",
            "A PNS whose record gives no TMT PNS: one imported from a SIASN row whose TMT PNS was empty (and not recorded"
                    + " as CPNS since), or one without any start date. A PNS confirmed here (pns-confirmed) or recorded as"
                    + " PNS from the start has one.",
            "Import the row again with TMT PNS filled in, or correct the appointment to CPNS (data-corrected) and record"
                    + " the PNS confirmation (pns-confirmed) with the TMT on the SK PNS.",
            QualityRules::tmtPnsEmpty, null),
    GELAR_EMPTY("gelar-empty", Dimension.COMPLETENESS, "Gelar kosong",
            "The employee holds a diploma of D3 or higher but the record has neither a front nor a back title (gelar).",
            "Enter the academic title from the diploma (a data correction of the person).",
            QualityRules::gelarEmpty, null),
    EMAIL_INVALID("email-invalid", Dimension.COMPLETENESS, "Email pribadi kosong atau tidak valid",
            "The personal e-mail address is empty or not an address.",
            "Ask the employee for a personal e-mail address and enter it (a data correction of the person).",
            QualityRules::emailInvalid, null),
    PHONE_EMPTY("phone-empty", Dimension.COMPLETENESS, "Nomor HP kosong",
            "The phone number is empty.",
            "Ask the employee for a mobile number and enter it (a data correction of the person).",
            QualityRules::phoneEmpty, null),

    // --- timeliness
    UNIT_INACTIVE("unit-inactive", Dimension.TIMELINESS, "Unit organisasi (unor) tidak aktif",
            "The employee is placed in a work unit that is no longer valid (its validTo has passed) or not in the agency.",
            "Move the employee to the unit that replaced it (a unit-transferred mutation).",
            QualityRules::unitInactive, null),
    FORMASI_NOT_APPOINTED("formasi-not-appointed", Dimension.TIMELINESS, "Formasi jabatan fungsional belum diangkat",
            "A functional formasi granted to the employee without an appointment to the position.",
            "Appoint the employee to the functional position (a position-changed mutation).",
            null, "Formasi are planned per position here, not assigned to employees, so who is waiting cannot be told."),
    CPNS_OVER_ONE_YEAR("cpns-over-one-year", Dimension.TIMELINESS, "CPNS lebih dari 1 tahun",
            "Still CPNS more than a year after TMT CPNS.",
            "Record the PNS confirmation (pns-confirmed) from the SK PNS, or find out why the probation was extended.",
            QualityRules::cpnsOverOneYear, null),
    TWO_STRUCTURAL_POSTS("two-structural-posts", Dimension.TIMELINESS, "Menduduki dua jabatan struktural",
            "Holds two structural posts at once.",
            "End the former post (a position-changed mutation).",
            null, "The timeline holds one position at a time, so two posts at once cannot be recorded."),
    PAST_BUP_ACTIVE("past-bup-active", Dimension.TIMELINESS, "Melewati BUP tetapi masih aktif",
            "In service on or after the TMT pensiun: the first day of the month after the month the employee reached"
                    + " the retirement age (BUP) of the position's category under the BUP rules retirement-service published (until"
                    + " it has, the statutory ages of PP 11/2017 jo. PP 17/2020), or on or after the later"
                    + " TMT pensiun of a recorded BUP extension (bup-extended).",
            "Record the retirement (retired) with the TMT pensiun, or correct the birth date or the position.",
            QualityRules::pastBupActive, null),
    CLTN_OVERDUE("cltn-overdue", Dimension.TIMELINESS, "CLTN melewati batas waktu",
            "On unpaid leave (CLTN) past its end.",
            "Record the return to duty (status-changed to aktif) or the dismissal.",
            null, "The service records the CLTN status but not the end date of the leave."),

    // --- accuracy
    TMT_CPNS_AFTER_TMT_PNS("tmt-cpns-after-tmt-pns", Dimension.ACCURACY, "TMT CPNS lebih besar dari TMT PNS",
            "TMT CPNS after TMT PNS.",
            "Correct the TMT on the SK CPNS or SK PNS.",
            null, "The mutation log refuses a PNS confirmation before the start of employment, so the record cannot hold it."),
    STRUCTURAL_UNDER_TWO_YEARS("structural-under-two-years", Dimension.ACCURACY, "Masa jabatan struktural kurang dari 2 tahun",
            "Moved out of a structural post held for under two years.",
            "Check the TMT jabatan of the two positions.",
            null, "Needs the position history (the timeline), which the one-pass check over the rows does not fold; not built yet."),
    PPPK_STATUS_WRONG("pppk-status-wrong", Dimension.ACCURACY, "Status PPPK tidak sesuai kedudukan hukum",
            "A PPPK whose kedudukan hukum is not a PPPK one (71–73), or a PNS/CPNS with a PPPK kedudukan hukum.",
            "Correct the kedudukan hukum (status-changed) or the employee kind (a data correction).",
            QualityRules::pppkStatusWrong, null),
    NIK_INVALID("nik-invalid", Dimension.ACCURACY, "NIK tidak valid",
            "The NIK is missing or not a valid 16-digit NIK (region, birth date and gender digits).",
            "Enter the NIK from the identity card (KTP) or family card (KK) (a data correction of the person).",
            QualityRules::nikInvalid, null),
    EDUCATION_BELOW_REQUIREMENT("education-below-requirement", Dimension.ACCURACY,
            "Pendidikan di bawah syarat jabatan (eselon/fungsional)",
            "The education level is below what the eselon or the functional position requires.",
            "Record the higher education, or move the employee to a position they qualify for.",
            null, "The positions do not record their education requirement yet."),
    PELAKSANA_FUNCTIONAL_TITLE("pelaksana-functional-title", Dimension.ACCURACY, "Pelaksana bernama jabatan fungsional",
            "A pelaksana (jenis jabatan 4) whose position name carries a functional level (Ahli, Terampil, Mahir,"
                    + " Penyelia, Pemula).",
            "Record the functional appointment (jenis jabatan 2 with its jenjang), or correct the position name.",
            QualityRules::pelaksanaFunctionalTitle, null),
    JPT_BELOW_MINIMUM_RANK("jpt-below-minimum-rank", Dimension.ACCURACY, "JPT di bawah pangkat minimal",
            "A senior leader (eselon I or II) whose golongan is below the lowest of the eselon's range.",
            "Correct the golongan or the eselon, or record the promotion.",
            QualityRules::jptBelowMinimumRank, null),

    // --- consistency
    NIP_DISAGREES("nip-disagrees", Dimension.CONSISTENCY, "NIP tidak sesuai tanggal lahir, jenis kelamin, TMT CPNS/tahun pengangkatan",
            "The NIP is not valid, or the birth date, gender, TMT CPNS (PNS) or appointment year (PPPK) it encodes differ"
                    + " from the record.",
            "Correct the birth date, gender or TMT from the documents; if the NIP is wrong, ask BKN to correct it.",
            QualityRules::nipDisagrees, null),

    // --- the project's own checks beside BKN's list: reported, with their pass rates, but not counted in the index
    RANK_OUTSIDE_RANGE("rank-outside-range", Dimension.ACCURACY, "Golongan di luar rentang eselon/jenjang",
            "A structural holder whose golongan is outside the eselon's range (for eselon I–II, the JPT: above it; below"
                    + " it is jpt-below-minimum-rank), or a functional holder outside the jenjang's range.",
            "Correct the golongan, the eselon or the jenjang.",
            QualityRules::rankOutsideRange),
    SUPERVISOR_UNAVAILABLE("supervisor-unavailable", Dimension.TIMELINESS, "Atasan langsung tidak lagi bertugas di instansi",
            "The direct supervisor (atasan langsung) recorded is no longer in service with the employee's agency today"
                    + " (retired, died, resigned, moved to another agency): performance (e-Kinerja) systems cannot route"
                    + " the employee's SKP to them.",
            "Set the new direct supervisor (PUT /employees/{nip}/supervisor).",
            QualityRules::supervisorUnavailable),
    BUP_CATEGORY_UNKNOWN("bup-category-unknown", Dimension.COMPLETENESS, "Kategori BUP tidak diketahui",
            "In service without a position whose retirement-age (BUP) category can be told: no position recorded, or a"
                    + " fungsional tertentu whose jenjang is unknown. Retirement-service cannot compute the TMT pensiun: the"
                    + " employee is in no retirement forecast and their retirement is never announced.",
            "Record the position with its jenjang (position-changed), or correct it (data-corrected).",
            QualityRules::bupCategoryUnknown);

    /** Whether the service computes the indicator. */
    public enum Status { CHECKED, NOT_CHECKED }

    private final String code;
    private final Dimension dimension;
    private final String name;
    private final String description;
    private final String howToFix;
    private final Function<Subject, Optional<String>> rule;
    private final String notCheckedBecause;
    private final boolean inIndex;

    /** One of BKN's indicators: counted in the index when it is checked ({@code rule} not {@code null}). */
    QualityCheck(String code, Dimension dimension, String name, String description, String howToFix,
                 Function<Subject, Optional<String>> rule, String notCheckedBecause) {
        this(code, dimension, name, description, howToFix, rule, notCheckedBecause, true);
    }

    /** One of the project's own checks: always checked, never counted in the index. */
    QualityCheck(String code, Dimension dimension, String name, String description, String howToFix,
                 Function<Subject, Optional<String>> rule) {
        this(code, dimension, name, description, howToFix, Objects.requireNonNull(rule, "rule"), null, false);
    }

    private QualityCheck(String code, Dimension dimension, String name, String description, String howToFix,
                         Function<Subject, Optional<String>> rule, String notCheckedBecause, boolean inIndex) {
        this.code = code;
        this.dimension = dimension;
        this.name = name;
        this.description = description;
        this.howToFix = howToFix;
        this.rule = rule;
        this.notCheckedBecause = notCheckedBecause;
        this.inIndex = inIndex;
    }

    /** The indicator of a code ({@link #code()}), if any. */
    public static Optional<QualityCheck> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** @return the stable key, e.g. {@code past-bup-active} */
    public String code() {
        return code;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** @return the indicator's Indonesian name */
    public String indicatorName() {
        return name;
    }

    /** @return what the check looks for, in English */
    public String description() {
        return description;
    }

    public String howToFix() {
        return howToFix;
    }

    public Status status() {
        return rule == null ? Status.NOT_CHECKED : Status.CHECKED;
    }

    /**
     * @return whether the indicator counts in the index: a checked one of BKN's list, so that the index is the Indeks
     * Kualitas Data's as far as the service holds the data; the project's own checks are reported beside it
     */
    public boolean inIndex() {
        return inIndex && status() == Status.CHECKED;
    }

    /** @return why the indicator is not computed; empty for a checked one */
    public Optional<String> notCheckedBecause() {
        return Optional.ofNullable(notCheckedBecause);
    }

    /**
     * @return what is wrong, in English; empty when the record passes (including when the indicator does not apply
     * to the employee, e.g. a CPNS check on a PNS)
     * @throws IllegalStateException for an indicator that is not checked
     */
    public Optional<String> failure(Subject subject) {
        if (rule == null) {
            throw new IllegalStateException(code + " is not checked: " + notCheckedBecause);
        }
        return rule.apply(subject);
    }
}
