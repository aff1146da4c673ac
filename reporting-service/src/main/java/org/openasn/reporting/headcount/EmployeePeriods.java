package org.openasn.reporting.headcount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.openasn.commons.consumer.SubjectSequences;
import org.openasn.commons.jdbc.CopyIn;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * <p>
 * Each period row also carries the source, sequence and id of the event that wrote it: the consumer finds an employee
 * event's duplicates by {@link #lastApplied} in the employee's current periods, which every event replaces, and keeps no
 * ledger mark of employees ({@link SubjectSequences}).
 */
@ApplicationScoped
public class EmployeePeriods implements SubjectSequences {

    private static final String[] COLUMNS = {"employee_id", "instansi", "valid_from", "valid_to", "kind", "kedudukan_hukum", "in_service",
            "separation", "golongan", "jenis_jabatan", "eselon", "jenjang", "position_group", "bup_category", "unit_id", "pendidikan",
            "gender", "birth_date", "agama", "cause", "cause_mutation_id", "recorded_at", "superseded_at", "jabatan_id",
            "jabatan_name", "bup_extended_until", "event_source", "event_sequence", "event_id"};

    /** An employee event and its data. */
    public record Change(EventEnvelope event, EmployeeChange data) {
    }

    @Inject
    EntityManager em;

    /**
     * Applies employee events in their order (each employee's in sequence order), already claimed by the consumer and
     * consistent (each about its subject, with a timeline of ordered periods: {@code EventConsistency.employeeChange}).
     * {@code newEmployees} have no periods yet (the consumer found no event of theirs applied before the batch; during a
     * rebuild, every employee's first batch): their current periods are not looked for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceAll(List<Change> changes, Set<UUID> newEmployees) {
        if (changes.isEmpty()) {
            return;
        }
        Map<UUID, List<Change>> byEmployee = new LinkedHashMap<>();
        for (Change change : changes) {
            byEmployee.computeIfAbsent(change.data().employeeId(), id -> new ArrayList<>()).add(change);
        }
        supersedeCurrent(byEmployee, newEmployees);
        CopyIn rows = CopyIn.into("employee_period", COLUMNS);
        byEmployee.values().forEach(timelines -> {
            for (int i = 0; i < timelines.size(); i++) {
                Instant supersededAt = i + 1 < timelines.size() ? timelines.get(i + 1).data().mutation().recordedAt() : null;
                addPeriods(rows, timelines.get(i).event(), timelines.get(i).data(), supersededAt);
            }
        });
        rows.execute(em);
    }

    /**
     * Marks the current periods of each employee but the new ones superseded at the recording time of the employee's
     * first event here.
     */
    private void supersedeCurrent(Map<UUID, List<Change>> byEmployee, Set<UUID> newEmployees) {
        List<Object> employees = new ArrayList<>(byEmployee.size());
        List<Object> recordedAt = new ArrayList<>(byEmployee.size());
        for (Map.Entry<UUID, List<Change>> employee : byEmployee.entrySet()) {
            if (!newEmployees.contains(employee.getKey())) {
                employees.add(employee.getKey().toString());
                recordedAt.add(employee.getValue().get(0).data().mutation().recordedAt().toString());
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

    /** Employee events: every one replaces its employee's current periods, which record it. */
    @Override
    public boolean keeps(EventEnvelope event) {
        return EventTypes.employeeByName(event.type()).isPresent();
    }

    /**
     * The event that wrote each employee's current periods (all of them: an event replaces them all), one index probe per
     * employee. A subject that is not an employee id as the contract writes it has no periods (its event is refused).
     */
    @Override
    public Map<String, LastApplied> lastApplied(Connection connection, Collection<String> subjects) throws SQLException {
        List<Object> employees = new ArrayList<>(subjects.size());
        for (String subject : subjects) {
            if (isEmployeeId(subject)) {
                employees.add(subject);
            }
        }
        Map<String, LastApplied> applied = new HashMap<>();
        if (employees.isEmpty()) {
            return applied;
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT s.employee_id::text, cur.event_source, cur.event_sequence, cur.event_id
                FROM unnest(CAST(? AS uuid[])) AS s(employee_id)
                CROSS JOIN LATERAL (SELECT q.event_source, q.event_sequence, q.event_id FROM employee_period q
                                    WHERE q.employee_id = s.employee_id AND q.superseded_at IS NULL LIMIT 1) cur""")) {
            select.setArray(1, connection.createArrayOf("varchar", employees.toArray()));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    applied.put(r.getString(1), new LastApplied(r.getString(2), r.getLong(3), r.getString(4)));
                }
            }
        }
        return applied;
    }

    /** A UUID in its canonical form (lower case), which is how the contract names an employee event's subject. */
    private static boolean isEmployeeId(String subject) {
        try {
            return UUID.fromString(subject).toString().equals(subject);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void addPeriods(CopyIn rows, EventEnvelope event, EmployeeChange change, Instant supersededAt) {
        Instant recordedAt = change.mutation().recordedAt();
        for (EmploymentPeriod p : change.timeline()) {
            rows.row(change.employeeId(), p.instansiOr(change.instansi()), p.validFrom(), p.validTo(), p.employeeKind(), p.kedudukanHukum(), p.inService(),
                    p.separation(), p.golongan(), p.jenisJabatan(), p.eselon(), p.jenjang(), p.positionGroup(), p.bupCategory(), p.unitId(),
                    p.pendidikan(), change.person().gender(), change.person().birthDate(), change.person().agama(), p.cause(),
                    p.causeMutationId(), recordedAt, supersededAt, p.jabatanId(), p.jabatanName(), p.bupExtendedUntil(), event.source(),
                    event.sequence(), event.id());
        }
    }
}
