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
import java.util.Objects;
import java.util.UUID;

/** A RetirementDue that was emitted, so that it never is twice for the same employee, TMT pensiun and agency. */
@Entity
@Table(name = "retirement_due_emitted")
@IdClass(RetirementDueEmitted.Key.class)
public class RetirementDueEmitted extends PanacheEntityBase {

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID employeeId;
        public LocalDate tmtPensiun;
        public String instansi;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(employeeId, k.employeeId) && Objects.equals(tmtPensiun, k.tmtPensiun)
                    && Objects.equals(instansi, k.instansi);
        }

        @Override
        public int hashCode() {
            return Objects.hash(employeeId, tmtPensiun, instansi);
        }
    }

    @Id
    @Column(name = "employee_id")
    public UUID employeeId;
    @Id
    @Column(name = "tmt_pensiun")
    public LocalDate tmtPensiun;
    /** The agency it was announced under: after a move to another agency, it is announced again under the new one. */
    @Id
    public String instansi;
    @Column(name = "emitted_at")
    public Instant emittedAt;
}
