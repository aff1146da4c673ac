package org.openasn.infra.stack;

import org.openasn.demo.CityDataset;
import org.openasn.demo.CityEmployee;
import org.openasn.demo.CityTargets;
import org.openasn.demo.Retirement;
import org.openasn.reference.person.EmployeeKind;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A handful of real mutations recorded through personnel-service's API after the demo import, so that Table 3.1 shows
 * movements: in December 2025 (the demo's month) a resignation, a death, a transfer out, a transfer in and a new CPNS;
 * and the city's first BUP retirement, on its own TMT pensiun (1 January 2026: the demo city has nobody past TMT
 * pensiun in 2025, as its generator guarantees, so a BUP retirement in December would contradict the data).
 */
final class DemoMovements {

    private static final LocalDate DECEMBER = LocalDate.of(2025, 12, 1);
    private static final Map<String, Object> PELAKSANA = Map.of("jenisJabatan", "4", "name", "Pengadministrasi Umum", "group", "LAINNYA");

    private DemoMovements() {
    }

    /** Records the mutations; returns how many. {@code unitId} is the unit the two newcomers are placed in. */
    static int record(PersonnelApi api, CityDataset city, String agency, String unitId) throws IOException, InterruptedException {
        List<String> pelaksana = city.employees().stream()
                .filter(e -> e.kind() == EmployeeKind.PNS && e.jabatan() == CityTargets.ReportJabatan.FUNGSIONAL_UMUM
                        && e.tmtPensiun().getYear() > 2026)
                .map(e -> e.row().nipBaru.toString()).limit(3).toList();
        mutate(api, pelaksana.get(0), "resigned", DECEMBER.withDayOfMonth(15), "Berhenti atas permintaan sendiri", null);
        mutate(api, pelaksana.get(1), "died", DECEMBER.withDayOfMonth(20), "Meninggal dunia", null);
        mutate(api, pelaksana.get(2), "transferred-out", DECEMBER, "Pindah ke Pemerintah Provinsi Lampung", null);
        Retirement first = city.retirementsIn(2026).stream().min(Comparator.comparing(Retirement::tmtPensiun)).orElseThrow();
        mutate(api, first.nip(), "retired", first.tmtPensiun(), "Pensiun batas usia pensiun", "BUP");
        appoint(api, agency, "transferred-in", Map.of("nip", "198507202010032902", "name", "Sri Wahyuni", "birthDate", "1985-07-20",
                "gender", "P"), "III/b", unitId, "Pindah dari Pemerintah Kabupaten Lampung Timur");
        appoint(api, agency, "cpns-appointed", Map.of("nip", "199803152025121901", "name", "Rizki Pratama", "birthDate", "1998-03-15",
                "gender", "L"), "III/a", unitId, "Pengadaan CPNS 2025");
        return 6;
    }

    private static void mutate(PersonnelApi api, String nip, String kind, LocalDate tmt, String reason, String retirementKind)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("kind", kind, "skNumber", "800/" + kind + "/BKPSDM/" + tmt.getYear(),
                "skDate", tmt.minusDays(14).toString(), "tmt", tmt.toString(), "reason", reason));
        if (retirementKind != null) {
            body.put("retirementKind", retirementKind);
        }
        api.sendIfMatch("POST", "/employees/" + nip + "/mutations", "/employees/" + nip, body, 200, 201);
    }

    private static void appoint(PersonnelApi api, String agency, String kind, Map<String, Object> person, String golongan, String unitId,
                                String reason) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("person", person);
        body.put("skNumber", "800/" + kind + "/BKPSDM/2025");
        body.put("skDate", DECEMBER.minusDays(14).toString());
        body.put("tmt", DECEMBER.toString());
        body.put("reason", reason);
        body.put("golongan", golongan);
        body.put("position", PELAKSANA);
        body.put("unitId", unitId);
        body.put("pendidikan", "40");
        api.send("POST", "/agencies/" + agency + "/employees", body, 201);
    }
}
