package org.openasn.reporting.headcount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.openasn.commons.consumer.RejectedEventException;
import org.openasn.events.EventEnvelope;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reporting.readmodel.ReadModelVersion;

import java.time.Instant;

/**
 * The read model of employee periods: each employee event replaces the employee's periods (the old version is
 * kept, marked superseded at the event's recording time), so that any past knowledge can be reproduced.
 */
@ApplicationScoped
public class EmployeePeriods {

    @Inject
    EntityManager em;
    @Inject
    ReadModelVersion version;

    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(EventEnvelope event, EmployeeChange change) {
        if (!change.employeeId().toString().equals(event.subject())) {
            throw new RejectedEventException("employee event for " + change.employeeId() + " carries subject " + event.subject());
        }
        Instant recordedAt = change.mutation().recordedAt();
        version.changed();
        em.createNativeQuery("UPDATE employee_period SET superseded_at = :at WHERE employee_id = :id AND superseded_at IS NULL")
                .setParameter("at", recordedAt).setParameter("id", change.employeeId()).executeUpdate();
        for (EmploymentPeriod p : change.timeline()) {
            em.createNativeQuery("""
                            INSERT INTO employee_period (employee_id, instansi, valid_from, valid_to, kind, kedudukan_hukum, in_service,
                                separation, golongan, jenis_jabatan, eselon, jenjang, position_group, bup_category, unit_id, pendidikan,
                                gender, birth_date, agama, cause, cause_mutation_id, recorded_at)
                            VALUES (:employee, :instansi, :from, :to, :kind, :kh, :inService, :separation, :golongan, :jenis, :eselon,
                                :jenjang, :group, :bup, :unit, :pendidikan, :gender, :birth, :agama, :cause, :causeId, :recordedAt)""")
                    .setParameter("employee", change.employeeId())
                    .setParameter("instansi", change.instansi())
                    .setParameter("from", p.validFrom())
                    .setParameter("to", p.validTo())
                    .setParameter("kind", p.employeeKind())
                    .setParameter("kh", p.kedudukanHukum())
                    .setParameter("inService", p.inService())
                    .setParameter("separation", p.separation())
                    .setParameter("golongan", p.golongan())
                    .setParameter("jenis", p.jenisJabatan())
                    .setParameter("eselon", p.eselon())
                    .setParameter("jenjang", p.jenjang())
                    .setParameter("group", p.positionGroup())
                    .setParameter("bup", p.bupCategory())
                    .setParameter("unit", p.unitId())
                    .setParameter("pendidikan", p.pendidikan())
                    .setParameter("gender", change.person().gender())
                    .setParameter("birth", change.person().birthDate())
                    .setParameter("agama", change.person().agama())
                    .setParameter("cause", p.cause())
                    .setParameter("causeId", p.causeMutationId())
                    .setParameter("recordedAt", recordedAt)
                    .executeUpdate();
        }
    }
}
