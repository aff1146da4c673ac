package org.openasn.reporting.profile.units;

import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.unit.JenisUnit;
import org.openasn.reference.unit.JenjangSekolah;
import org.openasn.reference.unit.UnitNameOrder;
import org.openasn.reporting.profile.Axis;
import org.openasn.reporting.profile.Bin;
import org.openasn.reporting.profile.DynamicBins;
import org.openasn.reporting.unit.OrgUnit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How Tables 3.14 and 3.23 list an agency's units, as seed 000 does: in sections by kind of unit (SEKRETARIAT DAERAH,
 * ..., DINAS, ..., KELURAHAN, then the schools), every unit existing on the day even when nobody is counted in it.
 * <ul>
 *   <li>A unit of an SKPD type is listed under its type; a UPTD under the type of its nearest SKPD ancestor (a hospital
 *   under DINAS, after its dinas), or DINAS when none has one (as Table 3.13 counts their posts); a school under
 *   SEKOLAH; a unit without type (nor typed ancestor) under TIDAK TERCATAT.</li>
 *   <li>Within a section, each unit comes after its parent when the parent is listed there too, and units side by side
 *   in the agency's own listing order ({@link OrgUnit#listOrder}, the order of its regulation on perangkat daerah),
 *   those without one after, in the order of their names ({@link UnitNameOrder}: SD NEGERI 2 before SD NEGERI 10);
 *   schools by level first (TK, SD, SMP, ...). A unit's code (in SIASN, a random identifier) only breaks ties.</li>
 * </ul>
 */
final class UnitListing {

    private UnitListing() {
    }

    /** The section a unit is listed in (a {@link JenisUnit} name), {@code null} for TIDAK TERCATAT. */
    static JenisUnit section(OrgUnit unit, Map<UUID, OrgUnit> units) {
        if (unit == null) {
            return null;
        }
        return UnitStructure.type(unit) == JenisUnit.SEKOLAH ? JenisUnit.SEKOLAH : UnitStructure.section(unit, units);
    }

    /** The units existing on the day, as sections of rows keyed by unit id. */
    static DynamicBins of(List<OrgUnit> existing, Map<UUID, OrgUnit> units) {
        Map<JenisUnit, List<OrgUnit>> bySection = new LinkedHashMap<>();
        List<OrgUnit> untyped = new ArrayList<>();
        for (OrgUnit unit : existing) {
            JenisUnit section = section(unit, units);
            if (section == null) {
                untyped.add(unit);
            } else {
                bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(unit);
            }
        }
        List<Bin> sections = new ArrayList<>();
        Map<String, List<Bin>> rows = new LinkedHashMap<>();
        for (JenisUnit type : JenisUnit.values()) {
            List<OrgUnit> listed = bySection.get(type);
            if (listed != null) {
                sections.add(Bin.of(type.name(), type.label()));
                rows.put(type.name(), ordered(listed, units, type));
            }
        }
        if (!untyped.isEmpty()) {
            sections.add(Bin.of(Axis.UNRECORDED_KEY, Axis.UNRECORDED)); // where the counts of no other section go, too
            rows.put(Axis.UNRECORDED_KEY, ordered(untyped, units, null));
        }
        return new DynamicBins(sections, rows);
    }

    /** Units side by side: as the agency lists them. */
    private static final Comparator<OrgUnit> SIBLINGS = UnitNameOrder.siblings(u -> u.listOrder, u -> u.name);

    private static List<Bin> ordered(List<OrgUnit> listed, Map<UUID, OrgUnit> units, JenisUnit section) {
        Map<OrgUnit, List<OrgUnit>> paths = new LinkedHashMap<>();
        for (OrgUnit unit : listed) {
            paths.put(unit, path(unit, units, section));
        }
        return listed.stream()
                .sorted(Comparator.comparingInt(UnitListing::schoolLevel)
                        .thenComparing(paths::get, UnitListing::comparePaths)
                        .thenComparing(u -> u.code, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(u -> Bin.of(u.id.toString(), u.name)).toList();
    }

    /** The units from the unit's topmost ancestor listed in the same section down to the unit. */
    private static List<OrgUnit> path(OrgUnit unit, Map<UUID, OrgUnit> units, JenisUnit section) {
        List<OrgUnit> path = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (OrgUnit u = unit; u != null && seen.add(u.id); u = u.parentId == null ? null : units.get(u.parentId)) {
            if (u != unit && section(u, units) != section) {
                break;
            }
            path.add(0, u);
        }
        return path;
    }

    private static int schoolLevel(OrgUnit unit) {
        if (unit.schoolLevel == null) {
            return -1;
        }
        try {
            return JenjangSekolah.parse(unit.schoolLevel).ordinal();
        } catch (InvalidReferenceException e) {
            return JenjangSekolah.values().length; // a level this version does not know: after the others
        }
    }

    private static int comparePaths(List<OrgUnit> a, List<OrgUnit> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = SIBLINGS.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
