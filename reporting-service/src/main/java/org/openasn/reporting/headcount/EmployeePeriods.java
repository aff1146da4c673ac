package org.openasn.reporting.headcount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.openasn.commons.jdbc.CopyIn;
import org.openasn.events.EventEnvelope;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The read model of employee periods: each employee event replaces the employee's periods (the old version is
 * kept, marked superseded at the event's recording time), so that any past knowledge can be reproduced. A batch of
 * events is written set-based in the consumer's transaction: one UPDATE supersedes the current periods of every
 * employee in the batch, one COPY writes every event's periods (those of an employee's earlier events in the batch
 * already superseded by the next one's recording time), exactly what applying the events one after the other leaves.
 */
@ApplicationScoped
public class EmployeePeriods {

    private static final String[] COLUMNS = {"employee_id", "instansi", "valid_from", "valid_to", "kind", "kedudukan_hukum", "in_service",
            "separation", "golongan", "jenis_jabatan", "eselon", "jenjang", "position_group", "bup_category", "unit_id", "pendidikan",
            "gender", "birth_date", "agama", "cause", "cause_mutation_id", "recorded_at", "superseded_at", "jabatan_id",
            "jabatan_name", "bup_extended_until"};

    /** An employee event and its data. */
    public record Change(EventEnvelope event, EmployeeChange data) {
    }

    @Inject
    EntityManager em;

    /**
     * Applies employee events in their order (each employee's in sequence order), already claimed by the consumer and
     * consistent (each about its subject, with a timeline of ordered periods: {@code EventConsistency.employeeChange}).
     * {@code newEmployees} have no periods yet (the consumer's ledger had no mark of them before the batch; during a
     * rebuild, every employee's first batch): their current periods are not looked for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceAll(List<Change> changes, Set<UUID> newEmployees) {
        if (changes.isEmpty()) {
            return;
        }
        Map<UUID, List<EmployeeChange>> byEmployee = new LinkedHashMap<>();
        for (Change change : changes) {
            byEmployee.computeIfAbsent(change.data().employeeId(), id -> new ArrayList<>()).add(change.data());
        }
        supersedeCurrent(byEmployee, newEmployees);
        CopyIn rows = CopyIn.into("employee_period", COLUMNS);
        byEmployee.values().forEach(timelines -> {
            for (int i = 0; i < timelines.size(); i++) {
                Instant supersededAt = i + 1 < timelines.size() ? timelines.get(i + 1).mutation().recordedAt() : null;
                addPeriods(rows, timelines.get(i), supersededAt);
            }
        });
        rows.execute(em);
    }

    /**
     * Marks the current periods of each employee but the new ones superseded at the recording time of the employee's
     * first event here.
     */
    private void supersedeCurrent(Map<UUID, List<EmployeeChange>> byEmployee, Set<UUID> newEmployees) {
        List<Object> employees = new ArrayList<>(byEmployee.size());
        List<Object> recordedAt = new ArrayList<>(byEmployee.size());
        for (Map.Entry<UUID, List<EmployeeChange>> employee : byEmployee.entrySet()) {
            if (!newEmployees.contains(employee.getKey())) {
                employees.add(employee.getKey().toString());
                recordedAt.add(employee.getValue().get(0).mutation().recordedAt().toString());
            }
        }
        if (employees.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            // each employee's current periods are looked up by the index on employee_id (OFFSET 0 keeps the lateral
            // subquery a per-employee probe): joined as a whole, the planner reads every current period of a table of a
            // few hundred thousand rows for each batch (a hash join), which made a rebuild's cost grow with the table
            try (PreparedStatement supersede = connection.prepareStatement("""
                    UPDATE employee_period p SET superseded_at = c.at
                    FROM (SELECT cur.id, s.at FROM unnest(CAST(? AS uuid[]), CAST(? AS timestamptz[])) AS s(employee_id, at)
                          CROSS JOIN LATERAL (SELECT q.id FROM employee_period q
                                              WHERE q.employee_id = s.employee_id AND q.superseded_at IS NULL OFFSET 0) cur) c
                    WHERE p.id = c.id""")) {
                supersede.setArray(1, connection.createArrayOf("varchar", employees.toArray()));
                supersede.setArray(2, connection.createArrayOf("varchar", recordedAt.toArray()));
                supersede.executeUpdate();
            }
        });
    }

    private static void addPeriods(CopyIn rows, EmployeeChange change, Instant supersededAt) {
        Instant recordedAt = change.mutation().recordedAt();
        for (EmploymentPeriod p : change.timeline()) {
            rows.row(change.employeeId(), p.instansiOr(change.instansi()), p.validFrom(), p.validTo(), p.employeeKind(), p.kedudukanHukum(), p.inService(),
                    p.separation(), p.golongan(), p.jenisJabatan(), p.eselon(), p.jenjang(), p.positionGroup(), p.bupCategory(), p.unitId(),
                    p.pendidikan(), change.person().gender(), change.person().birthDate(), change.person().agama(), p.cause(),
                    p.causeMutationId(), recordedAt, supersededAt, p.jabatanId(), p.jabatanName(), p.bupExtendedUntil());
        }
    }
}
