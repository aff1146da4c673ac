package org.openasn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openasn.reference.person.JenjangPendidikan;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.rank.Golongan;

class NationalDatasetTest {

    private static final int ROWS = 80_000;
    private static final int AGENCIES = 60;
    private static NationalDataset dataset;
    private static NationalDataset.Summary summary;
    private static CsvFile csv;

    @BeforeAll
    static void generate() throws IOException {
        dataset = NationalDataset.of(ROWS, AGENCIES, 11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary = dataset.writeCsv(out);
        csv = CsvFile.parse(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldWriteExactlyTheRowsAskedForAcrossTheAgencies() {
        assertEquals(java.util.stream.Stream.concat(SiasnCsv.HEADERS.stream(), SiasnCsv.EXTRA_HEADERS.stream()).toList(), csv.headers);
        assertEquals(ROWS, csv.rows.size());
        assertEquals(ROWS, summary.rows());
        Map<String, Integer> perAgency = new HashMap<>();
        csv.rows.forEach(r -> perAgency.merge(csv.get(r, "INSTANSI INDUK ID"), 1, Integer::sum));
        assertEquals(AGENCIES, perAgency.size());
        for (NationalDataset.Agency a : dataset.agencies()) {
            assertEquals(a.rows(), perAgency.get(a.id()).longValue(), a.name());
            assertTrue(a.id().matches("[0-9A-F]{32}"));
            assertTrue(a.units() >= 40 && a.units() <= 80, a.name() + " has " + a.units() + " units");
        }
        assertEquals(AGENCIES, dataset.agencies().stream().map(NationalDataset.Agency::name).distinct().count());
    }

    @Test
    void shouldSplitPnsAndPppkAbout64To36() {
        long pppk = csv.rows.stream().filter(r -> csv.get(r, "KEDUDUKAN HUKUM ID").equals("71")).count();
        assertEquals(summary.pppk(), pppk);
        assertEquals(ROWS, summary.pns() + summary.pppk());
        double share = (double) pppk / ROWS;
        assertTrue(Math.abs(share - 0.36) < 0.01, "PPPK share " + share);
        long cpns = csv.rows.stream().filter(r -> csv.get(r, "STATUS CPNS PNS").equals("CPNS")).count();
        assertEquals(summary.cpns(), cpns);
        assertTrue(cpns > 0 && cpns < summary.pns() * 0.06);
    }

    @Test
    void shouldHavePlausibleGolonganEducationAndAge() {
        Map<String, Integer> groups = new HashMap<>();
        Map<JenjangPendidikan, Integer> education = new HashMap<>();
        int pns = 0;
        for (String[] r : csv.rows) {
            LocalDate birth = CsvFile.date(csv.get(r, "TANGGAL LAHIR"));
            LocalDate tmtCpns = CsvFile.date(csv.get(r, "TMT CPNS"));
            assertFalse(tmtCpns.isBefore(birth.plusYears(18)), csv.get(r, "NIP BARU"));
            LocalDate tmtGol = CsvFile.date(csv.get(r, "TMT GOLONGAN"));
            assertFalse(tmtGol.isBefore(tmtCpns), csv.get(r, "NIP BARU"));
            education.merge(TingkatPendidikan.fromSiasnId(csv.get(r, "TINGKAT PENDIDIKAN ID")).jenjang(), 1,
                    Integer::sum);
            if (!csv.get(r, "KEDUDUKAN HUKUM ID").equals("71")) {
                pns++;
                Golongan g = Golongan.fromSiasnId(Golongan.Kind.PNS, csv.get(r, "GOL AKHIR ID"));
                groups.merge(g.group().name(), 1, Integer::sum);
                TingkatPendidikan t = TingkatPendidikan.fromSiasnId(csv.get(r, "TINGKAT PENDIDIKAN ID"));
                if (t.jenjang().compareTo(JenjangPendidikan.SLTP) <= 0) {
                    assertTrue(g.rank() <= Golongan.III_B.rank(), "SD/SLTP at " + g.code());
                }
            } else {
                Golongan g = Golongan.fromSiasnId(Golongan.Kind.PPPK, csv.get(r, "GOL AKHIR ID"));
                assertEquals(csv.get(r, "GOL AKHIR NAMA"), g.code());
            }
        }
        // national PNS: golongan III the largest, then IV and II; I rare (BKN 2024: about 0.7%)
        assertTrue(groups.get("III") > pns * 0.4, groups.toString());
        assertTrue(groups.get("IV") > pns * 0.1 && groups.get("II") > pns * 0.05, groups.toString());
        assertTrue(groups.getOrDefault("I", 0) < pns * 0.03, groups.toString());
        assertTrue(education.get(JenjangPendidikan.S1) > ROWS * 0.4, education.toString());
    }

    @Test
    void shouldKeepEveryoneUnderBupAndSpreadOverUnits() {
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        Set<String> unors = new HashSet<>();
        for (String[] r : csv.rows) {
            LocalDate birth = CsvFile.date(csv.get(r, "TANGGAL LAHIR"));
            String jabatan = csv.get(r, "JABATAN NAMA");
            int bup = jabatan.startsWith("Guru ") || jabatan.endsWith("Ahli Madya") || jabatan.startsWith("Kepala ")
                    && csv.get(r, "JENIS JABATAN ID").equals("1") && !jabatan.startsWith("Kepala Seksi")
                    && !jabatan.startsWith("Kepala Subbagian") && !jabatan.startsWith("Kepala Bidang") ? 60
                    : jabatan.endsWith("Ahli Utama") ? 65 : 58;
            LocalDate tmtPensiun = birth.plusYears(bup).withDayOfMonth(1).plusMonths(1);
            assertTrue(tmtPensiun.isAfter(asOf), csv.get(r, "NIP BARU") + " " + jabatan + " born " + birth);
            unors.add(csv.get(r, "UNOR ID"));
        }
        assertTrue(unors.size() > AGENCIES * 35, "units used: " + unors.size());
    }
}
