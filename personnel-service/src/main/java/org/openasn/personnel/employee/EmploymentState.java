package org.openasn.personnel.employee;

import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.status.KedudukanHukum;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee's situation on a given day: what they are, their legal status, rank, position, unit and
 * education. Any part may be unknown ({@code null}) before the first fact about it, e.g. the position before
 * the TMT jabatan an import knows of.
 *
 * @param kind           PNS, CPNS, PPPK or PPPK paruh waktu
 * @param kedudukanHukum legal status (aktif, CLTN, ...); keeps its last value after a separation
 * @param separation     why the employee left, from the day they left; {@code null} while employed
 * @param golongan       rank (golongan/ruang); PPPK golongan for PPPK
 * @param tmtGolongan    effective date of that rank
 * @param masaKerja      masa kerja golongan on the latest SK
 * @param contractEnd    last day of the PPPK contract in force
 * @param bupExtendedUntil the TMT pensiun a recorded BUP extension sets (the first day retired), in place of the one the
 *                       BUP gives; {@code null} without an extension
 */
public record EmploymentState(EmployeeKind kind, KedudukanHukum kedudukanHukum, Separation separation, Golongan golongan,
                              LocalDate tmtGolongan, MasaKerja masaKerja, Position position, UUID unitId,
                              TingkatPendidikan pendidikan, LocalDate contractEnd, LocalDate bupExtendedUntil) {

    /** Nothing known yet: the state before an employee's first fact. */
    public static final EmploymentState UNKNOWN = new EmploymentState(null, null, null, null, null, null, null, null, null, null, null);

    /** Counts in a headcount: employed, with a legal status that is in service. */
    public boolean inService() {
        return separation == null && kedudukanHukum != null && kedudukanHukum.isInService();
    }

    /** Employed (possibly on leave or suspended), not separated. */
    public boolean employed() {
        return kind != null && separation == null;
    }
}
