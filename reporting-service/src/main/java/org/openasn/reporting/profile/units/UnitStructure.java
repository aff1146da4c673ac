package org.openasn.reporting.profile.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.unit.JenisUnit;
import org.openasn.reporting.profile.Count;
import org.openasn.reporting.profile.DynamicBins;
import org.openasn.reporting.unit.OrgUnit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The counts of the tables about an agency's units (Tables 3.12, 3.13 and seed 002's teachers by school level): units
 * by type, and eselon posts held by unit; and the units Tables 3.14 and 3.23 list ({@link UnitListing}). A unit's type
 * and school level are those personnel-service last published (current knowledge, not as of the month: a unit's type
 * is a fact about the unit, set once and corrected, not a history).
 *
 * <p>Table 3.13's sections are kinds of SKPD: a post counts under its unit's type when that is an SKPD type; a post in a
 * UPTD or a school under the nearest ancestor unit of an SKPD type (the dinas a hospital belongs to), or under DINAS
 * when no ancestor has one (units imported from SIASN are registered without parents); a post in a unit without type
 * (nor typed ancestor) under none, so that the table prints it as TIDAK TERCATAT.
 */
@ApplicationScoped
public class UnitStructure {

    /**
     * Count keys: the unit's type, the Table 3.13 section, the section Tables 3.14 and 3.23 list the unit in, the
     * position's name, the school level.
     */
    public static final String UNIT_TYPE = "unitType";
    public static final String SECTION = "section";
    public static final String LISTING_SECTION = "listingSection";
    public static final String JABATAN = "jabatan";
    public static final String SCHOOL_LEVEL = "schoolLevel";

    @Inject
    EntityManager em;

    /**
     * The units existing on {@code asOf} that Table 3.12 counts, keyed by type: every unit of an SKPD type, and every
     * top-level unit without type (TIDAK TERCATAT); UPTD, schools and untyped sub-units are parts of an SKPD.
     */
    public List<Count> skpdByType(String instansi, LocalDate asOf) {
        Map<String, Long> byType = new LinkedHashMap<>();
        for (OrgUnit unit : OrgUnit.listAgency(instansi)) {
            if (unit.validFrom.isAfter(asOf)) {
                continue;
            }
            JenisUnit type = type(unit);
            if (type != null ? type.isSkpd() : unit.parentId == null) {
                byType.merge(type == null ? Count.UNKNOWN : type.name(), 1L, Long::sum);
            }
        }
        List<Count> counts = new ArrayList<>();
        byType.forEach((type, n) -> counts.add(new Count(Map.of(UNIT_TYPE, type), n)));
        return counts;
    }

    /**
     * The employees of {@code kinds} in service on {@code asOf} (as known at {@code knownAt}, {@code null} for now)
     * holding an eselon post (eselon I.a–V.b, as Table 3.2 counts them), by the Table 3.13 section, their unit's
     * type and their position's name.
     */
    public List<Count> eselonPosts(String instansi, LocalDate asOf, Instant knownAt, Set<String> kinds) {
        String known = knownAt == null ? "p.superseded_at IS NULL"
                : "p.recorded_at <= :knownAt AND (p.superseded_at IS NULL OR p.superseded_at > :knownAt)";
        Query query = em.createNativeQuery("""
                        SELECT CAST(p.unit_id AS varchar), p.jabatan_name, count(*) FROM employee_period p
                        WHERE p.instansi = :instansi AND p.in_service AND p.kind IN (:kinds) AND p.eselon IS NOT NULL AND p.eselon <> '99'
                          AND p.valid_from <= :asOf AND (p.valid_to IS NULL OR p.valid_to > :asOf) AND %s
                        GROUP BY 1, 2""".formatted(known))
                .setParameter("instansi", instansi).setParameter("asOf", asOf).setParameter("kinds", kinds);
        if (knownAt != null) {
            query.setParameter("knownAt", knownAt);
        }
        Map<UUID, OrgUnit> units = units(instansi);
        List<Count> counts = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            OrgUnit unit = row[0] == null ? null : units.get(UUID.fromString((String) row[0]));
            Map<String, String> key = new HashMap<>();
            JenisUnit type = unit == null ? null : type(unit);
            key.put(UNIT_TYPE, type == null ? Count.UNKNOWN : type.name());
            JenisUnit section = section(unit, units);
            key.put(SECTION, section == null ? Count.UNKNOWN : section.name());
            key.put(JABATAN, row[1] == null ? Count.UNKNOWN : (String) row[1]);
            counts.add(new Count(key, ((Number) row[2]).longValue()));
        }
        return counts;
    }

    /**
     * The agency's units existing on {@code asOf}, in the sections and order Tables 3.14 and 3.23 list them
     * ({@link UnitListing}), keyed by unit id.
     */
    public DynamicBins listing(String instansi, LocalDate asOf) {
        Map<UUID, OrgUnit> units = units(instansi);
        return UnitListing.of(units.values().stream().filter(u -> !u.validFrom.isAfter(asOf)).toList(), units);
    }

    /** The counts with their unit's type, school level and listing section added, for counts grouped by {@code unit}. */
    public List<Count> withUnitAttributes(String instansi, List<Count> counts) {
        Map<UUID, OrgUnit> units = units(instansi);
        List<Count> result = new ArrayList<>(counts.size());
        for (Count count : counts) {
            String unitId = count.value("unit");
            OrgUnit unit = unitId == null ? null : units.get(UUID.fromString(unitId));
            Map<String, String> key = new HashMap<>(count.key());
            key.put(UNIT_TYPE, unit == null || unit.unitType == null ? Count.UNKNOWN : unit.unitType);
            key.put(SCHOOL_LEVEL, unit == null || unit.schoolLevel == null ? Count.UNKNOWN : unit.schoolLevel);
            JenisUnit listed = UnitListing.section(unit, units);
            key.put(LISTING_SECTION, listed == null ? Count.UNKNOWN : listed.name());
            result.add(new Count(key, count.count()));
        }
        return result;
    }

    private static Map<UUID, OrgUnit> units(String instansi) {
        Map<UUID, OrgUnit> units = new HashMap<>();
        OrgUnit.listAgency(instansi).forEach(u -> units.put(u.id, u));
        return units;
    }

    /** The unit's own SKPD type, else its nearest ancestor's; DINAS for a UPTD or school without one; else none. */
    static JenisUnit section(OrgUnit unit, Map<UUID, OrgUnit> units) {
        Set<UUID> seen = new java.util.HashSet<>();
        for (OrgUnit u = unit; u != null && seen.add(u.id); u = u.parentId == null ? null : units.get(u.parentId)) {
            JenisUnit type = type(u);
            if (type != null && type.isSkpd()) {
                return type;
            }
        }
        JenisUnit own = unit == null ? null : type(unit);
        return own == JenisUnit.UPTD || own == JenisUnit.SEKOLAH ? JenisUnit.DINAS : null;
    }

    /** The unit's type; {@code null} when not published or not one this version knows (a newer producer's). */
    static JenisUnit type(OrgUnit unit) {
        if (unit.unitType == null) {
            return null;
        }
        try {
            return JenisUnit.parse(unit.unitType);
        } catch (InvalidReferenceException e) {
            return null;
        }
    }
}
