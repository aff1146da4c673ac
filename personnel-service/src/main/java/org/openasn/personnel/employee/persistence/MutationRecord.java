package org.openasn.personnel.employee.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One recorded mutation: the audit record (who, when, what, why) and the source of the employee's timeline. */
@Entity
@Table(name = "mutation")
public class MutationRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    /** Recording order; the change feed's cursor. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "employee_id")
    public UUID employeeId;
    public String instansi;
    /** The event kind, such as {@code promoted}. */
    public String kind;
    @Column(name = "sk_number")
    public String skNumber;
    @Column(name = "sk_date")
    public LocalDate skDate;
    public LocalDate tmt;
    public String reason;
    /** The {@code StateChange} (and, for identity corrections, the person's before/after) as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String change;
    @JdbcTypeCode(SqlTypes.JSON)
    public String warnings;
    public boolean backdated;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "corrects_mutation_id")
    public UUID correctsMutationId;
    @Column(name = "voided_at")
    public Instant voidedAt;
    @Column(name = "voided_by")
    public UUID voidedBy;

    /** Every mutation of the employee, in recording order, voided ones included. */
    public static List<MutationRecord> ofEmployee(UUID employeeId) {
        return list("employeeId = ?1 order by seq", employeeId);
    }

    /** In force for someone who looks at the record at {@code knownAt}: recorded by then and not yet voided. */
    public boolean knownAt(Instant knownAt) {
        return !recordedAt.isAfter(knownAt) && (voidedAt == null || voidedAt.isAfter(knownAt));
    }
}
