package org.openasn.retirement.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A RetirementDue that was emitted, so that it never is twice. */
@Entity
@Table(name = "retirement_due_emitted")
@IdClass(RetirementDueEmitted.Key.class)
public class RetirementDueEmitted extends PanacheEntityBase {

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID employeeId;
        public LocalDate tmtPensiun;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(employeeId, k.employeeId) && java.util.Objects.equals(tmtPensiun, k.tmtPensiun);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(employeeId, tmtPensiun);
        }
    }

    @Id
    @Column(name = "employee_id")
    public UUID employeeId;
    @Id
    @Column(name = "tmt_pensiun")
    public LocalDate tmtPensiun;
    @Column(name = "emitted_at")
    public Instant emittedAt;
}
