package org.openasn.personnel.employee.rest;

import org.openasn.personnel.employee.EmploymentState;
import org.openasn.personnel.employee.Period;
import org.openasn.personnel.employee.StateCodes;
import org.openasn.personnel.employee.persistence.EmployeePeriodRow;
import org.openasn.personnel.employee.service.PositionDocument;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.PositionGroup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee's situation during a period (or on a day), with SIASN codes.
 *
 * @param instansi the agency employing them then (after a transfer between agencies, the earlier periods are the old one's)
 */
public record StateView(LocalDate validFrom, LocalDate validTo, String kind, String kedudukanHukum, boolean inService, String separation,
                        String golongan, LocalDate tmtGolongan, Integer masaKerjaYears, Integer masaKerjaMonths,
                        PositionDocument position, UUID unitId, String pendidikan, LocalDate contractEnd,
                        LocalDate bupExtendedUntil, UUID causeMutationId, String cause, String instansi) {

    static StateView of(Period p) {
        EmploymentState s = p.state();
        StateCodes codes = StateCodes.of(s);
        return new StateView(p.validFrom(), p.validTo(), codes.kind(), codes.kedudukanHukum(), codes.inService(), codes.separation(),
                codes.golongan(), codes.tmtGolongan(),
                s.masaKerja() == null ? null : s.masaKerja().years(),
                s.masaKerja() == null ? null : s.masaKerja().months(),
                s.position() == null ? null : PositionDocument.of(s.position()),
                codes.unitId(), codes.pendidikan(), codes.contractEnd(), codes.bupExtendedUntil(), p.causeMutationId(), p.cause().eventKind(),
                p.instansi());
    }

    /** The period as stored in {@code employee_period}, which carries the same codes. */
    static StateView of(EmployeePeriodRow p) {
        PositionDocument position = p.jenisJabatan == null ? null : new PositionDocument(p.jenisJabatan, p.eselon, p.jabatanId, p.jabatanName,
                p.jenjang, PositionGroup.valueOf(p.positionGroup), BupCategory.valueOf(p.bupCategory));
        return new StateView(p.validFrom, p.validTo, p.kind, p.kedudukanHukum, p.inService, p.separation, p.golongan, p.tmtGolongan,
                p.masaKerjaYears, p.masaKerjaMonths, position, p.unitId, p.pendidikan, p.contractEnd, p.bupExtendedUntil, p.causeMutationId,
                p.cause, p.instansi);
    }
}
