package org.openasn.personnel.employee.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.openasn.commons.jdbc.CopyIn;
import org.openasn.commons.outbox.Outbox;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.persistence.MutationRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stores prepared registrations set-based: the employees, their mutations, their periods and one
 * {@code employee-registered} event each, written with COPY in the caller's transaction. A NIP already
 * recorded fails the whole write (unique constraint), and so the caller's transaction.
 */
@ApplicationScoped
public class RegistrationWriter {

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(List<EmployeeService.Registration> registrations) {
        CopyIn employees = CopyIn.into("employee", "id", "instansi", "nip", "nik", "name", "gelar_depan", "gelar_belakang", "birth_date",
                "birth_place", "gender", "agama", "jenis_kawin", "phone", "email", "email_gov", "address", "npwp", "education_major",
                "education_year", "supervisor_id", "kind", "kedudukan_hukum", "in_service", "separation", "golongan", "golongan_rank",
                "tmt_golongan", "jenis_jabatan", "eselon", "jabatan_id", "jabatan_name", "jenjang", "position_group", "bup_category",
                "unit_id", "pendidikan", "bup_extended_until", "start_date", "state_as_of", "recorded_at", "recorded_by", "version");
        CopyIn mutations = CopyIn.into("mutation", "id", "employee_id", "instansi", "kind", "sk_number", "sk_date", "tmt", "reason",
                "change", "warnings", "backdated", "recorded_at", "recorded_by");
        Map<String, List<UUID>> mutationsByAgency = new LinkedHashMap<>();
        PeriodTable periods = new PeriodTable();
        List<Outbox.First<EmployeeChange>> events = new ArrayList<>(registrations.size());
        for (EmployeeService.Registration r : registrations) {
            Employee e = r.employee();
            employees.row(e.id, e.instansi, e.nip, e.nik, e.name, e.gelarDepan, e.gelarBelakang, e.birthDate, e.birthPlace, e.gender, e.agama,
                    e.jenisKawin, e.phone, e.email, e.emailGov, e.address, e.npwp, e.educationMajor, e.educationYear, e.supervisorId, e.kind,
                    e.kedudukanHukum, e.inService, e.separation, e.golongan, e.golonganRank, e.tmtGolongan, e.jenisJabatan, e.eselon,
                    e.jabatanId, e.jabatanName, e.jenjang, e.positionGroup, e.bupCategory, e.unitId, e.pendidikan, e.bupExtendedUntil, e.startDate, e.stateAsOf,
                    e.recordedAt, e.recordedBy, e.version);
            for (MutationRecord m : r.mutations()) {
                mutations.row(m.id, m.employeeId, m.instansi, m.kind, m.skNumber, m.skDate, m.tmt, m.reason, m.change, m.warnings,
                        m.backdated, m.recordedAt, m.recordedBy);
                mutationsByAgency.computeIfAbsent(m.instansi, agency -> new ArrayList<>()).add(m.id);
            }
            periods.add(e.id, r.timeline());
            events.add(new Outbox.First<>(e.id.toString(), e.instansi, EmployeeEvents.change(e, r.mutations().get(0), r.timeline())));
        }
        employees.execute(em);
        em.unwrap(Session.class).doWork(connection -> copyWithBatchFeedEntries(connection, mutations, mutationsByAgency));
        periods.write(em);
        outbox.publishFirst(EventTypes.EMPLOYEE_REGISTERED_V1, events);
    }

    /**
     * Copies the mutations without the change feed's row trigger, and names them ({@code idsByAgency}: their ids, in the
     * order copied) in one {@code change_feed_batch} row per agency instead, whose deferred trigger gives them their feed
     * positions in one statement at commit (V19).
     */
    private static void copyWithBatchFeedEntries(Connection connection, CopyIn mutations, Map<String, List<UUID>> idsByAgency)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT set_config('openasn.change_feed', 'batch', true)");
            mutations.execute(connection);
            statement.execute("SELECT set_config('openasn.change_feed', '', true)");
        }
        try (PreparedStatement batch = connection.prepareStatement("INSERT INTO change_feed_batch (instansi, mutation_ids) VALUES (?, ?)")) {
            for (Map.Entry<String, List<UUID>> agency : idsByAgency.entrySet()) {
                batch.setString(1, agency.getKey());
                batch.setArray(2, connection.createArrayOf("uuid", agency.getValue().toArray()));
                batch.addBatch();
            }
            batch.executeBatch();
        }
    }
}
