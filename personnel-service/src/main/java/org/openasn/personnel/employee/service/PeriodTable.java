package org.openasn.personnel.employee.service;

import jakarta.persistence.EntityManager;
import org.openasn.commons.jdbc.CopyIn;
import org.openasn.personnel.employee.Period;
import org.openasn.personnel.employee.StateCodes;
import org.openasn.personnel.employee.Timeline;

import java.util.UUID;

/** Writes employees' timelines into {@code employee_period}, the table that search reads as of a date. */
final class PeriodTable {

    private final CopyIn rows = CopyIn.into("employee_period", "employee_id", "valid_from", "valid_to", "kind", "kedudukan_hukum",
            "in_service", "separation", "golongan", "golongan_rank", "tmt_golongan", "jenis_jabatan", "eselon", "jabatan_id",
            "jabatan_name", "jenjang", "position_group", "bup_category", "unit_id", "pendidikan", "contract_end", "masa_kerja_years",
            "masa_kerja_months", "cause_mutation_id", "cause", "bup_extended_until", "instansi");

    /** Adds an employee's periods; nothing is written before {@link #write}. */
    PeriodTable add(UUID employeeId, Timeline timeline) {
        for (Period p : timeline.periods()) {
            StateCodes s = StateCodes.of(p.state());
            rows.row(employeeId, p.validFrom(), p.validTo(), s.kind(), s.kedudukanHukum(), s.inService(), s.separation(), s.golongan(),
                    s.golonganRank(), s.tmtGolongan(), s.jenisJabatan(), s.eselon(), s.jabatanId(), s.jabatanName(), s.jenjang(),
                    s.positionGroup(), s.bupCategory(), s.unitId(), s.pendidikan(), s.contractEnd(),
                    p.state().masaKerja() == null ? null : p.state().masaKerja().years(),
                    p.state().masaKerja() == null ? null : p.state().masaKerja().months(), p.causeMutationId(), p.cause().eventKind(),
                    s.bupExtendedUntil(), p.instansi());
        }
        return this;
    }

    void write(EntityManager em) {
        rows.execute(em);
    }

    /** Replaces one employee's periods with its timeline as now known. */
    static void replace(EntityManager em, UUID employeeId, Timeline timeline) {
        em.flush();
        em.createNativeQuery("DELETE FROM employee_period WHERE employee_id = :id").setParameter("id", employeeId).executeUpdate();
        new PeriodTable().add(employeeId, timeline).write(em);
    }
}
