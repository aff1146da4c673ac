package org.openasn.personnel.employee.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One setting (or clearing, {@code supervisorId == null}) of an employee's direct supervisor, from {@code validFrom}. */
@Entity
@Table(name = "supervisor_assignment")
public class SupervisorAssignment extends PanacheEntityBase {

    @Id
    public UUID id;
    /** Recording order, from the mutations' sequence: the change feed's cursor. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "employee_id")
    public UUID employeeId;
    public String instansi;
    @Column(name = "supervisor_id")
    public UUID supervisorId;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    public String reason;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;

    /** The employee's assignments, oldest first (by date in force, then recording order). */
    public static List<SupervisorAssignment> ofEmployee(UUID employeeId) {
        return list("employeeId = ?1 order by validFrom, seq", employeeId);
    }

    /** The assignment in force on {@code date}: the last one from that date or before. */
    public static Optional<SupervisorAssignment> inForce(UUID employeeId, LocalDate date) {
        return find("employeeId = ?1 and validFrom <= ?2 order by validFrom desc, seq desc", employeeId, date).firstResultOptional();
    }
}
