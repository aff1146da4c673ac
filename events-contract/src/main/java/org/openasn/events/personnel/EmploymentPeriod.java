package org.openasn.events.personnel;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The employee's situation during {@code [validFrom, validTo)}. Codes are SIASN's, so that any consumer can
 * interpret them without this project's code.
 *
 * @param validTo         first day no longer covered, {@code null} when open-ended
 * @param employeeKind    {@code PNS}, {@code CPNS}, {@code PPPK}, {@code PPPK_PARUH_WAKTU}
 * @param kedudukanHukum  legal status code (01 aktif, 02 CLTN, ..., 99 pensiun; 71–73 PPPK)
 * @param inService       whether the period counts in a headcount (the rule lives in asn-reference's KedudukanHukum)
 * @param separation      why the employee left, for the period after leaving: {@code RETIRED_BUP}, {@code RETIRED_APS},
 *                        {@code RETIRED_DISABILITY}, {@code RESIGNED}, {@code DISMISSED}, {@code DIED},
 *                        {@code TRANSFERRED_OUT}, {@code CONTRACT_ENDED}; {@code null} while employed
 * @param golongan        rank as printed: {@code III/a} (PNS) or {@code IX} (PPPK); {@code null} when unknown
 * @param tmtGolongan     effective date of that rank
 * @param jenisJabatan    position type: 1 struktural, 2 fungsional tertentu, 3 rangkap, 4 fungsional umum
 * @param eselon          SIASN eselon id (21 = II.a, ...; {@code null} or 99 for non-eselon)
 * @param jabatanId       the position's id in the agency's position list
 * @param jenjang         functional level ({@code AHLI_MUDA}, {@code TERAMPIL}, ...) for fungsional positions
 * @param positionGroup   {@code GURU}, {@code KESEHATAN} or {@code LAINNYA}
 * @param bupCategory     the retirement-age category the position implies (retirement-service's rules map it to an age)
 * @param unitId          the organisation unit
 * @param pendidikan      education level code (05 SD ... 50 S3)
 * @param contractEnd     last day of the PPPK contract in force, {@code null} for PNS
 * @param causeMutationId the mutation that started this period
 * @param cause           that mutation's kind
 * @param masaKerjaYears  masa kerja golongan (MKG, the service years the pay scale counts) at the start of the period,
 *                        as on the SK: years; {@code null} when not recorded (events published before it was added)
 * @param masaKerjaMonths the months beyond those years, 0–11
 * @param bupExtendedUntil the TMT pensiun a recorded BUP extension (perpanjangan batas usia pensiun) sets: the first day
 *                        (of a month) from which the employee is retired instead of the regular TMT pensiun; {@code null}
 *                        without an extension (and in events published before it was added)
 * @param instansi        the agency employing the employee in this period (after a separation: the one they left). It
 *                        differs from the event's only in the periods before a transfer between two agencies of the
 *                        platform; {@code null} in events published before it was added, which mean the event's agency
 */
public record EmploymentPeriod(LocalDate validFrom, LocalDate validTo, String employeeKind, String kedudukanHukum,
                               boolean inService, String separation, String golongan, LocalDate tmtGolongan, String jenisJabatan,
                               String eselon, String jabatanId, String jabatanName, String jenjang, String positionGroup,
                               String bupCategory, UUID unitId, String pendidikan, LocalDate contractEnd,
                               UUID causeMutationId, String cause, Integer masaKerjaYears, Integer masaKerjaMonths,
                               LocalDate bupExtendedUntil, String instansi) {

    /** A period without masa kerja golongan, as published before it was added. */
    public EmploymentPeriod(LocalDate validFrom, LocalDate validTo, String employeeKind, String kedudukanHukum, boolean inService,
                            String separation, String golongan, LocalDate tmtGolongan, String jenisJabatan, String eselon, String jabatanId,
                            String jabatanName, String jenjang, String positionGroup, String bupCategory, UUID unitId, String pendidikan,
                            LocalDate contractEnd, UUID causeMutationId, String cause) {
        this(validFrom, validTo, employeeKind, kedudukanHukum, inService, separation, golongan, tmtGolongan, jenisJabatan, eselon, jabatanId,
                jabatanName, jenjang, positionGroup, bupCategory, unitId, pendidikan, contractEnd, causeMutationId, cause, null, null);
    }

    /** A period without a BUP extension, as published before it was added. */
    public EmploymentPeriod(LocalDate validFrom, LocalDate validTo, String employeeKind, String kedudukanHukum, boolean inService,
                            String separation, String golongan, LocalDate tmtGolongan, String jenisJabatan, String eselon, String jabatanId,
                            String jabatanName, String jenjang, String positionGroup, String bupCategory, UUID unitId, String pendidikan,
                            LocalDate contractEnd, UUID causeMutationId, String cause, Integer masaKerjaYears, Integer masaKerjaMonths) {
        this(validFrom, validTo, employeeKind, kedudukanHukum, inService, separation, golongan, tmtGolongan, jenisJabatan, eselon, jabatanId,
                jabatanName, jenjang, positionGroup, bupCategory, unitId, pendidikan, contractEnd, causeMutationId, cause, masaKerjaYears,
                masaKerjaMonths, null);
    }

    /** A period without its own agency, as published before it was added. */
    public EmploymentPeriod(LocalDate validFrom, LocalDate validTo, String employeeKind, String kedudukanHukum, boolean inService,
                            String separation, String golongan, LocalDate tmtGolongan, String jenisJabatan, String eselon, String jabatanId,
                            String jabatanName, String jenjang, String positionGroup, String bupCategory, UUID unitId, String pendidikan,
                            LocalDate contractEnd, UUID causeMutationId, String cause, Integer masaKerjaYears, Integer masaKerjaMonths,
                            LocalDate bupExtendedUntil) {
        this(validFrom, validTo, employeeKind, kedudukanHukum, inService, separation, golongan, tmtGolongan, jenisJabatan, eselon, jabatanId,
                jabatanName, jenjang, positionGroup, bupCategory, unitId, pendidikan, contractEnd, causeMutationId, cause, masaKerjaYears,
                masaKerjaMonths, bupExtendedUntil, null);
    }

    /** The agency of this period in an event of {@code eventInstansi}: its own, or the event's when it has none. */
    public String instansiOr(String eventInstansi) {
        return instansi != null ? instansi : eventInstansi;
    }
}
