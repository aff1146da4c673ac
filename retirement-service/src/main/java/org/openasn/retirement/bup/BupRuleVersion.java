package org.openasn.retirement.bup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.openasn.retirement.bup.domain.BupRuleSet;
import org.openasn.reference.position.BupCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One stored version of the BUP rules (see {@link BupRuleSet}): written once, never changed; a policy change
 * is a new version with a later {@code effectiveFrom}.
 */
@Entity
@Table(name = "bup_rule_version")
public class BupRuleVersion extends PanacheEntityBase {

    @Id
    public UUID id;
    /** The first day on which this version applies; it applies until the next version's date. */
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    /** The regulation(s) the ages rest on. */
    @Column(name = "legal_basis")
    public String legalBasis;
    public String description;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    /** The BUP age of every position category. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bup_rule", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "category")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "bup_age")
    public Map<BupCategory, Integer> ages = new EnumMap<>(BupCategory.class);

    /** The domain view of this version (validates that it is complete). */
    public BupRuleSet toRuleSet() {
        return new BupRuleSet(id, effectiveFrom, legalBasis, ages);
    }

    /** Every version, oldest first. */
    public static List<BupRuleVersion> listByEffectiveDate() {
        return find("select distinct v from BupRuleVersion v left join fetch v.ages order by v.effectiveFrom").list();
    }

    /** Every version as a rule set, oldest first: what the rule ({@code RetirementRule}) decides from. */
    public static List<BupRuleSet> ruleSets() {
        return listByEffectiveDate().stream().map(BupRuleVersion::toRuleSet).toList();
    }

    /** The version in force on {@code date}: the one with the latest effective date not after it. */
    public static Optional<BupRuleVersion> inForceOn(LocalDate date) {
        return find("effectiveFrom <= ?1 order by effectiveFrom desc", date).firstResultOptional();
    }

    /** The version with the latest effective date (in force now or from a future date). */
    public static Optional<BupRuleVersion> latest() {
        return find("order by effectiveFrom desc").firstResultOptional();
    }

    /** The earliest effective date of any version. */
    public static Optional<BupRuleVersion> earliest() {
        return find("order by effectiveFrom").firstResultOptional();
    }
}
