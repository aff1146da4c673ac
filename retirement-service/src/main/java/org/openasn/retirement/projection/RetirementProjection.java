package org.openasn.retirement.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One employee's projected retirement: the BUP that applies, the rule behind it, and TMT pensiun. */
@Entity
@Table(name = "retirement_projection")
public class RetirementProjection extends PanacheEntityBase {

    @Id
    @Column(name = "employee_id")
    public UUID employeeId;
    public String instansi;
    public String nip;
    public String name;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    public String gender;
    public String kind;
    public String golongan;
    @Column(name = "jenis_jabatan")
    public String jenisJabatan;
    public String eselon;
    @Column(name = "position_name")
    public String positionName;
    @Column(name = "unit_id")
    public UUID unitId;
    /** {@code null} while the position is unknown: then no BUP can be projected. */
    @Column(name = "bup_category")
    public String bupCategory;
    @Column(name = "bup_age")
    public Integer bupAge;
    @Column(name = "rule_set_id")
    public UUID ruleSetId;
    @Column(name = "legal_basis")
    public String legalBasis;
    /** The day the employee reaches the BUP age. */
    @Column(name = "bup_date")
    public LocalDate bupDate;
    /**
     * The day BUP counts as reached when it is later than {@link #bupDate}: the effective date of the rule set that lowered
     * the age, which retires nobody before it takes effect (decision 40); {@code null} otherwise.
     */
    @Column(name = "bup_deferred_to")
    public LocalDate bupDeferredTo;
    /**
     * TMT pensiun: the first day of the month after the day BUP counts as reached ({@link #bupDeferredTo}, else
     * {@link #bupDate}), or {@link #bupExtendedUntil} when that is later.
     */
    @Column(name = "tmt_pensiun")
    public LocalDate tmtPensiun;
    /** The TMT pensiun a recorded BUP extension (perpanjangan BUP) sets; {@code null} without one. */
    @Column(name = "bup_extended_until")
    public LocalDate bupExtendedUntil;
    /**
     * Not separated (retired, died, moved out, ...) in the timeline as published, which holds separations recorded ahead of
     * their TMT: see {@link #inServiceOn} for a given day.
     */
    public boolean employed;
    public String separation;
    @Column(name = "contract_end")
    public LocalDate contractEnd;
    /** TMT CPNS: start of the first CPNS/PNS period of the timeline, where the masa kerja starts; {@code null} for PPPK. */
    @Column(name = "tmt_cpns")
    public LocalDate tmtCpns;
    /** The day the employee left (start of the period after leaving); {@code null} while employed. */
    @Column(name = "separated_on")
    public LocalDate separatedOn;
    /** Masa kerja golongan (MKG) on the latest SK, in months; {@code null} when personnel-service did not publish it. */
    @Column(name = "mkg_months")
    public Integer mkgMonths;
    /** The TMT of that SK: the MKG accrues from it. */
    @Column(name = "mkg_since")
    public LocalDate mkgSince;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * Whether the employee is in service on {@code day}: not separated, or separated only from a later day (a resignation
     * or move recorded ahead of its TMT).
     */
    public boolean inServiceOn(LocalDate day) {
        return separatedOn == null || day.isBefore(separatedOn);
    }
}
