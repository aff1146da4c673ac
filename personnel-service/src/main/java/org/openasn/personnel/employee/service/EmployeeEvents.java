package org.openasn.personnel.employee.service;

import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.Mutation;
import org.openasn.events.personnel.Person;
import org.openasn.personnel.employee.StateCodes;
import org.openasn.personnel.employee.Period;
import org.openasn.personnel.employee.Timeline;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.persistence.MutationRecord;

/** Builds the event data of an employee mutation: the mutation, the person, the whole timeline as now known. */
final class EmployeeEvents {

    private EmployeeEvents() {
    }

    static EmployeeChange change(Employee e, MutationRecord m, Timeline timeline) {
        Mutation mutation = new Mutation(m.id, m.kind, m.skNumber, m.skDate, m.tmt, m.reason, m.recordedAt, m.recordedBy, m.backdated,
                m.correctsMutationId);
        Person person = new Person(e.nip, e.name, e.gelarDepan, e.gelarBelakang, e.birthDate, e.gender, e.agama, e.jenisKawin);
        return new EmployeeChange(e.id, e.instansi, mutation, person, timeline.periods().stream().map(EmployeeEvents::period).toList());
    }

    private static EmploymentPeriod period(Period p) {
        StateCodes s = StateCodes.of(p.state());
        return new EmploymentPeriod(p.validFrom(), p.validTo(), s.kind(), s.kedudukanHukum(), s.inService(), s.separation(), s.golongan(),
                s.tmtGolongan(), s.jenisJabatan(), s.eselon(), s.jabatanId(), s.jabatanName(), s.jenjang(), s.positionGroup(),
                s.bupCategory(), s.unitId(), s.pendidikan(), s.contractEnd(), p.causeMutationId(), p.cause().eventKind(),
                p.state().masaKerja() == null ? null : p.state().masaKerja().years(),
                p.state().masaKerja() == null ? null : p.state().masaKerja().months(), s.bupExtendedUntil(), p.instansi());
    }
}
