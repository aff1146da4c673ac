package org.openasn.retirement.pension;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.openasn.reference.rank.Golongan;
import org.openasn.retirement.pension.domain.SalaryTable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One stored version of the gaji pokok table (see {@link SalaryTable}): written once, never changed. */
@Entity
@Table(name = "salary_table_version")
public class SalaryTableVersion extends PanacheEntityBase {

    /** One step: the gaji pokok of a golongan (SIASN id) at a masa kerja golongan. */
    @Embeddable
    public static class Step {
        @Column(name = "golongan_id")
        public int golonganId;
        public int mkg;
        @Column(name = "gaji_pokok")
        public long gajiPokok;
    }

    @Id
    public UUID id;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "legal_basis")
    public String legalBasis;
    /** Where the figures come from (the file, the annex). */
    public String source;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "salary_table_entry", joinColumns = @JoinColumn(name = "version_id"))
    public List<Step> steps = new ArrayList<>();

    /** The domain view of this version. */
    public SalaryTable toTable() {
        return SalaryTable.of(id, effectiveFrom, legalBasis, source, steps.stream()
                .map(s -> new SalaryTable.Entry(Golongan.fromSiasnId(Golongan.Kind.PNS, String.valueOf(s.golonganId)), s.mkg, s.gajiPokok))
                .toList());
    }

    /** Every version, oldest first (steps not loaded). */
    public static List<SalaryTableVersion> listByEffectiveDate() {
        return find("order by effectiveFrom").list();
    }

    /** The version in force on {@code date}: the latest effective date not after it. */
    public static Optional<SalaryTableVersion> inForceOn(LocalDate date) {
        return find("effectiveFrom <= ?1 order by effectiveFrom desc", date).firstResultOptional();
    }
}
