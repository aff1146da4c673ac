package org.openasn.reporting.headcount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.openasn.commons.consumer.RejectedEventException;
import org.openasn.events.EventEnvelope;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The read model of employee periods: each employee event replaces the employee's periods (the old version is
 * kept, marked superseded at the event's recording time), so that any past knowledge can be reproduced. Written with
 * plain JDBC in the consumer's transaction: one update and one batched insert per event.
 */
@ApplicationScoped
public class EmployeePeriods {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(EventEnvelope event, EmployeeChange change) {
        if (!change.employeeId().toString().equals(event.subject())) {
            throw new RejectedEventException("employee event for " + change.employeeId() + " carries subject " + event.subject());
        }
        OffsetDateTime recordedAt = change.mutation().recordedAt().atOffset(ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement supersede = connection.prepareStatement(
                    "UPDATE employee_period SET superseded_at = ? WHERE employee_id = ? AND superseded_at IS NULL")) {
                supersede.setObject(1, recordedAt);
                supersede.setObject(2, change.employeeId());
                supersede.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO employee_period (employee_id, instansi, valid_from, valid_to, kind, kedudukan_hukum, in_service,
                        separation, golongan, jenis_jabatan, eselon, jenjang, position_group, bup_category, unit_id, pendidikan,
                        gender, birth_date, agama, cause, cause_mutation_id, recorded_at, jabatan_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (EmploymentPeriod p : change.timeline()) {
                    insert.setObject(1, change.employeeId());
                    insert.setString(2, change.instansi());
                    insert.setDate(3, date(p.validFrom()));
                    insert.setDate(4, date(p.validTo()));
                    insert.setString(5, p.employeeKind());
                    insert.setString(6, p.kedudukanHukum());
                    insert.setBoolean(7, p.inService());
                    insert.setString(8, p.separation());
                    insert.setString(9, p.golongan());
                    insert.setString(10, p.jenisJabatan());
                    insert.setString(11, p.eselon());
                    insert.setString(12, p.jenjang());
                    insert.setString(13, p.positionGroup());
                    insert.setString(14, p.bupCategory());
                    insert.setObject(15, p.unitId(), Types.OTHER);
                    insert.setString(16, p.pendidikan());
                    insert.setString(17, change.person().gender());
                    insert.setDate(18, date(change.person().birthDate()));
                    insert.setString(19, change.person().agama());
                    insert.setString(20, p.cause());
                    insert.setObject(21, p.causeMutationId());
                    insert.setObject(22, recordedAt);
                    insert.setString(23, p.jabatanId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
