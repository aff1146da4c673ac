package org.openasn.retirement.pension;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.openasn.retirement.pension.domain.PensionRules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One stored version of the pension rules (see {@link PensionRules}), seeded by migration with UU 11/1969 (V4, V10). */
@Entity
@Table(name = "pension_rule_version")
public class PensionRuleVersion extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "legal_basis")
    public String legalBasis;
    @Column(name = "accrual_per_year")
    public BigDecimal accrualPerYear;
    @Column(name = "max_share")
    public BigDecimal maxShare;
    @Column(name = "max_share_source")
    public String maxShareSource;
    @Column(name = "min_share")
    public BigDecimal minShare;
    @Column(name = "min_share_source")
    public String minShareSource;
    @Column(name = "lowest_gaji_pokok_source")
    public String lowestGajiPokokSource;
    @Column(name = "in_duty_disability_share")
    public BigDecimal inDutyDisabilityShare;
    @Column(name = "in_duty_disability_source")
    public String inDutyDisabilitySource;
    @Column(name = "disability_min_years")
    public int disabilityMinYears;
    @Column(name = "disability_min_years_source")
    public String disabilityMinYearsSource;
    @Column(name = "widow_share")
    public BigDecimal widowShare;
    @Column(name = "widow_share_source")
    public String widowShareSource;
    @Column(name = "widow_floor_share_of_lowest")
    public BigDecimal widowFloorShareOfLowest;
    @Column(name = "widow_floor_source")
    public String widowFloorSource;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    public PensionRules toRules() {
        return new PensionRules(effectiveFrom, legalBasis, accrualPerYear, maxShare, maxShareSource, minShare, minShareSource,
                lowestGajiPokokSource, inDutyDisabilityShare, inDutyDisabilitySource, disabilityMinYears, disabilityMinYearsSource, widowShare,
                widowShareSource, widowFloorShareOfLowest, widowFloorSource);
    }

    /** The version in force on {@code date}: the latest effective date not after it. */
    public static Optional<PensionRuleVersion> inForceOn(LocalDate date) {
        return find("effectiveFrom <= ?1 order by effectiveFrom desc", date).firstResultOptional();
    }
}
