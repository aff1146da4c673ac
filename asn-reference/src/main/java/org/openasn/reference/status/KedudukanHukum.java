package org.openasn.reference.status;

import java.util.EnumSet;
import java.util.Set;
import org.openasn.reference.SiasnId;

/**
 * Kedudukan hukum: the legal standing of an employee as SAPK/SIASN code it (the export's KEDUDUKAN HUKUM ID and
 * NAMA), kept as data with its Indonesian label.
 *
 * <p>Two rules are stated here once for every service:
 * <ul>
 *   <li>{@link #isInService()}: who counts in a headcount of serving employees;</li>
 *   <li>{@link #isSeparated()}: whose service has ended for good.</li>
 * </ul>
 * Codes that are neither (CLTN, suspension, waiting pay, secondment to state office, …) are employees whose duty
 * is suspended: still ASN, not serving.
 *
 * <p>Codes 72 and 73 are the PPPK statuses beside 71 (PPPK aktif); their meaning could not be established from the
 * seeds or public sources, so they carry only their code and are neither in service nor separated. Public copies of
 * the SAPK table also have 51 (CPNS without SK), 52 (tidak aktif), 68 (ex-PNS of East Timor) and 89–92 (not active
 * but proposed for pension, missed the 2015 data update, criminal case, data blocked); they are not in the
 * project's reference list, so they are rejected as unknown until the list is extended.
 */
public enum KedudukanHukum {

    /** 01 Aktif: active. */
    AKTIF(1, "Aktif"),
    /** 02 CLTN (cuti di luar tanggungan negara): unpaid leave, released from the position. */
    CLTN(2, "CLTN"),
    /** 03 Tugas belajar: on full-time study assigned and paid by the agency. */
    TUGAS_BELAJAR(3, "Tugas Belajar"),
    /** 04 Pemberhentian sementara: temporarily discharged from duty (e.g. detained), on reduced pay. */
    PEMBERHENTIAN_SEMENTARA(4, "Pemberhentian Sementara"),
    /** 05 Penerima uang tunggu: without a post, receiving waiting pay. */
    PENERIMA_UANG_TUNGGU(5, "Penerima Uang Tunggu"),
    /** 06 Prajurit wajib: in compulsory military service. */
    PRAJURIT_WAJIB(6, "Prajurit Wajib"),
    /** 07 Pejabat negara: holding a state office (e.g. minister, elected head), released from PNS duty meanwhile. */
    PEJABAT_NEGARA(7, "Pejabat Negara"),
    /** 08 Kepala desa: serving as an elected village head. */
    KEPALA_DESA(8, "Kepala Desa"),
    /** 09 Banding BAPEK: appealing a dismissal to the civil-service appeals board (BAPEK). */
    BANDING_BAPEK(9, "Sedang dalam Proses Banding BAPEK"),
    /** 11 Pegawai titipan: placed here temporarily while belonging to another agency. */
    PEGAWAI_TITIPAN(11, "Pegawai Titipan"),
    /** 12 Pengungsi: displaced (refugee) employee. */
    PENGUNGSI(12, "Pengungsi"),
    /** 13 Perpanjangan CLTN: extended unpaid leave. */
    PERPANJANGAN_CLTN(13, "Perpanjangan CLTN"),
    /** 14 Hilang: declared missing. */
    HILANG(14, "PNS yang Dinyatakan Hilang"),
    /** 15 Hukuman disiplin: serving a disciplinary sanction while at work. */
    HUKUMAN_DISIPLIN(15, "PNS Kena Hukuman Disiplin"),
    /** 16 Moved to a lower position as a disciplinary measure, and at work there. */
    PEMINDAHAN_PENURUNAN_JABATAN(16, "Pemindahan dalam Rangka Penurunan Jabatan"),
    /** 20 Masa persiapan pensiun (MPP): the optional preparation period before retirement, on full pay. */
    MASA_PERSIAPAN_PENSIUN(20, "Masa Persiapan Pensiun"),
    /** 66 Diberhentikan: dismissed. */
    DIBERHENTIKAN(66, "Diberhentikan"),
    /** 67 Punah (literally "extinct"): a record closed because the employee is gone. */
    PUNAH(67, "Punah"),
    /** 69 TMS dari pengadaan: found not to meet the requirements (tidak memenuhi syarat) of the recruitment. */
    TMS_DARI_PENGADAAN(69, "TMS dari Pengadaan"),
    /** 70 Pembatalan NIP: the NIP was cancelled. */
    PEMBATALAN_NIP(70, "Pembatalan NIP"),
    /** 71 PPPK aktif: active PPPK. */
    PPPK_AKTIF(71, "PPPK Aktif"),
    /** 72: a PPPK status other than active, meaning not established (see the class note). */
    PPPK_72(72, "PPPK (72)"),
    /** 73: a PPPK status other than active, meaning not established (see the class note). */
    PPPK_73(73, "PPPK (73)"),
    /** 77 Dismissed without pension rights. */
    PEMBERHENTIAN_TANPA_HAK_PENSIUN(77, "Pemberhentian tanpa Hak Pensiun"),
    /** 88 Dismissed with pension rights. */
    PEMBERHENTIAN_DENGAN_HAK_PENSIUN(88, "Pemberhentian dengan Hak Pensiun"),
    /** 98 Mencapai BUP: reached the retirement age (batas usia pensiun). */
    MENCAPAI_BUP(98, "Mencapai BUP"),
    /** 99 Pensiun: retired. */
    PENSIUN(99, "Pensiun");

    /** The codes {@link #isInService()} accepts; its Javadoc gives the rule. */
    private static final Set<KedudukanHukum> IN_SERVICE = EnumSet.of(AKTIF, TUGAS_BELAJAR, HUKUMAN_DISIPLIN,
            PEMINDAHAN_PENURUNAN_JABATAN, MASA_PERSIAPAN_PENSIUN, PPPK_AKTIF);

    /** Separated: dismissed, closed, annulled, retired or past the retirement age. */
    private static final Set<KedudukanHukum> SEPARATED = EnumSet.of(DIBERHENTIKAN, PUNAH, TMS_DARI_PENGADAAN,
            PEMBATALAN_NIP, PEMBERHENTIAN_TANPA_HAK_PENSIUN, PEMBERHENTIAN_DENGAN_HAK_PENSIUN, MENCAPAI_BUP, PENSIUN);

    private final int id;
    private final String code;
    private final String label;

    KedudukanHukum(int id, String label) {
        this.id = id;
        this.code = String.format("%02d", id);
        this.label = label;
    }

    /** @return the SIASN id as a number, e.g. 1 */
    public int id() {
        return id;
    }

    /** @return the SIASN id as printed, two digits, e.g. "01" */
    public String code() {
        return code;
    }

    /** @return the Indonesian name */
    public String label() {
        return label;
    }

    /**
     * The headcount rule: whether the employee counts among serving employees. In service are 01 aktif, 03 tugas
     * belajar, 15 hukuman disiplin, 16 pemindahan dalam rangka penurunan jabatan, 20 MPP and 71 PPPK aktif: the
     * employee holds a post or duty in the agency (active, at work under a disciplinary sanction or after a
     * disciplinary move), or is away from it on the agency's full pay with a set return or end (study assignment,
     * retirement preparation). Seed 000 counts active PNS and CPNS, and its headcount falls only by retirement,
     * dismissal, death and transfer (Table 3.1), so study leave and MPP must not take anyone out of it.
     *
     * <p>Not in service although not separated: unpaid leave (02, 13), whose post may be filled; suspension (04);
     * waiting pay (05); military service, state office and village head (06–08), which release from PNS duty;
     * appeal against dismissal (09); employees of another agency placed here (11), who count where they belong;
     * displaced or missing employees (12, 14); and the PPPK codes 72–73 of unknown meaning. A change into one of
     * these lowers the headcount without being a Table 3.1 reduction, so a report that reconciles month to month
     * must show it as a change of kedudukan hukum.
     *
     * @return whether the employee counts in a headcount of serving employees
     */
    public boolean isInService() {
        return IN_SERVICE.contains(this);
    }

    /** @return whether service has ended for good: 66, 67, 69, 70, 77, 88, 98, 99 */
    public boolean isSeparated() {
        return SEPARATED.contains(this);
    }

    /**
     * @param id the SIASN id, with or without its leading zero ("01" or "1")
     * @throws org.openasn.reference.InvalidReferenceException if no status has that id
     */
    public static KedudukanHukum fromSiasnId(String id) {
        return SiasnId.lookup(values(), KedudukanHukum::id, id, "kedudukan hukum");
    }
}
