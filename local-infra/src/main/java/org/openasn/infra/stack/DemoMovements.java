package org.openasn.infra.stack;

import org.openasn.demo.AsnRow;
import org.openasn.demo.CityDataset;
import org.openasn.demo.CityEmployee;
import org.openasn.demo.Retirement;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo city's movements, recorded through personnel-service's API after the import of its export of 30 November
 * 2025, so that Table 3.1 of December is seed 000's (3,292 PNS, 11 BUP retirements, a resignation, two deaths, two
 * transfers in: 3,280) and every other table of December is the generated city's; and the city's first BUP retirement of
 * 2026, on its own TMT pensiun (1 January 2026), so that January shows one too.
 */
final class DemoMovements {

    private static final String FROM = "Pemerintah Kabupaten Lampung Timur";

    private DemoMovements() {
    }

    /** Records the movements; returns how many. */
    static int record(PersonnelApi api, CityDataset city, String agency) throws IOException, InterruptedException {
        int recorded = 0;
        for (CityDataset.Leaver leaver : city.leavers()) {
            String nip = leaver.employee().row().nipBaru.toString();
            switch (leaver.departure()) {
                case BUP_RETIREMENT -> mutate(api, nip, "retired", leaver.tmt(), "Pensiun batas usia pensiun", "BUP");
                case RESIGNATION -> mutate(api, nip, "resigned", leaver.tmt(), "Berhenti atas permintaan sendiri", null);
                case DEATH -> mutate(api, nip, "died", leaver.tmt(), "Meninggal dunia", null);
            }
            recorded++;
        }
        Map<String, String> units = new HashMap<>();
        api.get("/agencies/" + agency + "/units").forEach(u -> units.put(u.path("siasnUnorId").asText(), u.path("id").asText()));
        for (CityEmployee arrival : city.arrivals()) {
            transferIn(api, agency, arrival.row(), units.get(arrival.row().unorId.toString()));
            recorded++;
        }
        Retirement first = city.retirementsIn(2026).stream().min(Comparator.comparing(Retirement::tmtPensiun)).orElseThrow();
        mutate(api, first.nip(), "retired", first.tmtPensiun(), "Pensiun batas usia pensiun", "BUP");
        return recorded + 1;
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

    /** A pelaksana of the December city, who comes from another agency with the golongan, position and unit of their row. */
    private static void transferIn(PersonnelApi api, String agency, AsnRow row, String unitId) throws IOException, InterruptedException {
        if (unitId == null) {
            throw new IllegalStateException("the import registered no unit with SIASN unor id " + row.unorId);
        }
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("nip", row.nipBaru.toString());
        person.put("nik", row.nik.toString());
        person.put("name", row.nama.toString());
        putText(person, "gelarDepan", row.gelarDepan);
        putText(person, "gelarBelakang", row.gelarBelakang);
        person.put("birthDate", LocalDate.ofEpochDay(row.tanggalLahir).toString());
        putText(person, "birthPlace", row.tempatLahirNama);
        person.put("gender", row.gender.letter());
        person.put("agama", Integer.toString(row.agama.id()));
        person.put("jenisKawin", Integer.toString(row.jenisKawin.id()));
        putText(person, "phone", row.nomorHp);
        putText(person, "email", row.email);
        putText(person, "emailGov", row.emailGov);
        putText(person, "address", row.alamat);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "transferred-in");
        body.put("person", person);
        body.put("skNumber", "800/transferred-in/BKPSDM/2025");
        body.put("skDate", CityDataset.DECEMBER.minusDays(14).toString());
        body.put("tmt", CityDataset.DECEMBER.toString());
        body.put("reason", "Pindah dari " + FROM);
        body.put("golongan", row.golAkhir.code());
        body.put("tmtGolongan", LocalDate.ofEpochDay(row.tmtGolongan).toString());
        body.put("masaKerja", Map.of("years", row.mkTahun, "months", row.mkBulan));
        body.put("position", Map.of("jenisJabatan", Integer.toString(row.jenisJabatan.id()), "jabatanId", row.jabatanId.toString(),
                "name", row.jabatanNama.toString(), "group", "LAINNYA"));
        body.put("unitId", unitId);
        body.put("pendidikan", row.tingkatPendidikan.code());
        putText(body, "educationMajor", row.pendidikanNama);
        body.put("educationYear", row.tahunLulus);
        api.send("POST", "/agencies/" + agency + "/employees", body, 201);
    }

    private static void putText(Map<String, Object> map, String key, CharSequence value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }
}
