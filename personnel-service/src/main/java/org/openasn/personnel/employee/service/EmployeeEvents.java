package org.openasn.personnel.employee.service;

import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.Mutation;
import org.openasn.events.personnel.Person;
import org.openasn.personnel.employee.EmploymentState;
import org.openasn.personnel.employee.Period;
import org.openasn.personnel.employee.Position;
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
        EmploymentState s = p.state();
        Position position = s.position();
        return new EmploymentPeriod(p.validFrom(), p.validTo(),
                s.kind() == null ? null : s.kind().name(),
                s.kedudukanHukum() == null ? null : s.kedudukanHukum().code(),
                s.inService(),
                s.separation() == null ? null : s.separation().name(),
                s.golongan() == null ? null : s.golongan().code(),
                s.tmtGolongan(),
                position == null ? null : Integer.toString(position.jenis().id()),
                position == null || position.eselon() == null ? null : Integer.toString(position.eselon().id()),
                position == null ? null : position.jabatanId(),
                position == null ? null : position.name(),
                position == null || position.jenjang() == null ? null : position.jenjang().name(),
                position == null ? null : position.group().name(),
                position == null ? null : position.bupCategory(),
                s.unitId(),
                s.pendidikan() == null ? null : s.pendidikan().code(),
                s.contractEnd(),
                p.causeMutationId(),
                p.cause().eventKind());
    }
}
