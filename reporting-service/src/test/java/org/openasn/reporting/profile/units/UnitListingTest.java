package org.openasn.reporting.profile.units;

import org.junit.jupiter.api.Test;
import org.openasn.reporting.profile.Axis;
import org.openasn.reporting.profile.Bin;
import org.openasn.reporting.profile.DynamicBins;
import org.openasn.reporting.unit.OrgUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitListingTest {

    @Test
    void shouldListUnitsInSectionsByKindEachAfterItsParentAndSchoolsByLevel() {
        Map<UUID, OrgUnit> units = new HashMap<>();
        OrgUnit dinkes = unit(units, "DINAS KESEHATAN", "DINAS", null, null);
        unit(units, "UPTD RSUD A YANI", "UPTD", null, dinkes);
        unit(units, "DINAS PERHUBUNGAN", "DINAS", null, null);
        OrgUnit lab = unit(units, "UPTD LABKESDA", "UPTD", null, dinkes);
        unit(units, "SEKSI MUTU", null, null, lab); // untyped, under a UPTD listed under DINAS: listed there after it
        unit(units, "UPTD PASAR", "UPTD", null, null); // no parent: under DINAS
        unit(units, "UPTD SD NEGERI 10 MP", "SEKOLAH", "SD", null);
        unit(units, "UPTD SD NEGERI 2 MP", "SEKOLAH", "SD", null);
        unit(units, "UPTD TK NEGERI 1", "SEKOLAH", "TK", null);
        unit(units, "UPTD SMP NEGERI 1", "SEKOLAH", "SMP", null);
        unit(units, "KEL. METRO", "KELURAHAN", null, null);
        unit(units, "BAGIAN HUKUM", "SEKRETARIAT_DAERAH", null, null);
        unit(units, "KANTOR ARSIP", null, null, null);
        unit(units, "BIDANG X", "A_KIND_OF_A_NEWER_PRODUCER", null, null);

        DynamicBins listing = UnitListing.of(new ArrayList<>(units.values()), units);

        assertEquals(List.of("SEKRETARIAT DAERAH", "DINAS", "KELURAHAN", "SEKOLAH", Axis.UNRECORDED), labels(listing.sections()));
        assertEquals(List.of("DINAS KESEHATAN", "UPTD LABKESDA", "SEKSI MUTU", "UPTD RSUD A YANI", "DINAS PERHUBUNGAN", "UPTD PASAR"),
                labels(listing.rows("DINAS")));
        assertEquals(List.of("UPTD TK NEGERI 1", "UPTD SD NEGERI 2 MP", "UPTD SD NEGERI 10 MP", "UPTD SMP NEGERI 1"), labels(listing.rows("SEKOLAH")));
        assertEquals(List.of("BIDANG X", "KANTOR ARSIP"), labels(listing.rows(Axis.UNRECORDED_KEY)));
        assertEquals(units.size(), listing.rowsBySection().values().stream().mapToInt(List::size).sum(), "every unit listed once");
    }

    @Test
    void shouldListUnitsSideBySideInTheAgencysOrderFirstAndTheRestByName() {
        Map<UUID, OrgUnit> units = new HashMap<>();
        // seed 000's order, which is a regional regulation's and neither alphabetical nor by code
        OrgUnit pu = ordered(unit(units, "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "DINAS", null, null), 6);
        OrgUnit kesehatan = ordered(unit(units, "DINAS KESEHATAN", "DINAS", null, null), 8);
        ordered(unit(units, "RSUD JEND. A. YANI", "UPTD", null, kesehatan), 2);
        ordered(unit(units, "RSUD SUMBERSARI", "UPTD", null, kesehatan), 1);
        ordered(unit(units, "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN", "DINAS", null, null), 7);
        unit(units, "DINAS ARSIP", "DINAS", null, null);
        unit(units, "BIDANG CIPTA KARYA", null, null, pu);
        ordered(unit(units, "UPTD SD NEGERI 10 MP", "SEKOLAH", "SD", null), 40);
        ordered(unit(units, "UPTD SD NEGERI 2 MP", "SEKOLAH", "SD", null), 41);
        ordered(unit(units, "UPTD TK NEGERI 1", "SEKOLAH", "TK", null), 50);

        DynamicBins listing = UnitListing.of(new ArrayList<>(units.values()), units);

        assertEquals(List.of("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "BIDANG CIPTA KARYA", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
                "DINAS KESEHATAN", "RSUD SUMBERSARI", "RSUD JEND. A. YANI", "DINAS ARSIP"), labels(listing.rows("DINAS")));
        assertEquals(List.of("UPTD TK NEGERI 1", "UPTD SD NEGERI 10 MP", "UPTD SD NEGERI 2 MP"), labels(listing.rows("SEKOLAH")),
                "schools by level first, then in the agency's order");
    }

    private static OrgUnit ordered(OrgUnit unit, int listOrder) {
        unit.listOrder = listOrder;
        return unit;
    }

    private static OrgUnit unit(Map<UUID, OrgUnit> units, String name, String type, String schoolLevel, OrgUnit parent) {
        OrgUnit unit = new OrgUnit();
        unit.id = UUID.randomUUID();
        unit.instansi = "X";
        unit.code = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        unit.name = name;
        unit.unitType = type;
        unit.schoolLevel = schoolLevel;
        unit.parentId = parent == null ? null : parent.id;
        unit.validFrom = LocalDate.of(2017, 1, 1);
        units.put(unit.id, unit);
        return unit;
    }

    private static List<String> labels(List<Bin> bins) {
        return bins.stream().map(Bin::label).toList();
    }
}
