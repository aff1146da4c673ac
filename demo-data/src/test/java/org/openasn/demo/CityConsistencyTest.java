package org.openasn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openasn.demo.CityFixture.CITY;
import static org.openasn.demo.CityFixture.CSV;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openasn.reference.rank.Golongan;

/** The dates of each record agree with each other, nobody is past BUP, and the 2026 retirements are as listed. */
class CityConsistencyTest {

    private static final LocalDate AS_OF = CityTargets.AS_OF;

    @Test
    void shouldKeepTheCareerDatesOfEveryRecordConsistent() {
        for (String[] r : CSV.rows) {
            String nip = CSV.get(r, "NIP BARU");
            LocalDate birth = CityFixture.date(r, "TANGGAL LAHIR");
            LocalDate tmtCpns = CityFixture.date(r, "TMT CPNS");
            LocalDate tmtPns = CityFixture.date(r, "TMT PNS");
            LocalDate tmtGolongan = CityFixture.date(r, "TMT GOLONGAN");
            LocalDate tmtJabatan = CityFixture.date(r, "TMT JABATAN");
            assertFalse(tmtCpns.isBefore(birth.plusYears(18)), nip + ": TMT CPNS before age 18");
            assertFalse(tmtCpns.isAfter(AS_OF), nip);
            assertFalse(tmtGolongan.isBefore(tmtCpns), nip + ": TMT golongan before TMT CPNS");
            assertFalse(tmtJabatan.isBefore(tmtCpns), nip + ": TMT jabatan before TMT CPNS");
            assertFalse(tmtGolongan.isAfter(AS_OF) || tmtJabatan.isAfter(AS_OF), nip);
            if (CSV.get(r, "STATUS CPNS PNS").equals("PNS")) {
                assertFalse(tmtPns.isBefore(tmtCpns.plusYears(1)), nip + ": PNS less than a year after CPNS");
                assertFalse(tmtPns.isAfter(AS_OF), nip);
                int from = Golongan.parse(CSV.get(r, "GOL AWAL NAMA")).rank();
                int to = Golongan.parse(CSV.get(r, "GOL AKHIR NAMA")).rank();
                assertTrue(from <= to, nip + ": golongan went down");
                if (to > from) {
                    assertTrue(tmtGolongan.getMonthValue() == 4 || tmtGolongan.getMonthValue() == 10,
                            nip + ": promotions take effect on 1 April or 1 October");
                }
            } else {
                assertTrue(tmtPns == null, nip + ": a CPNS or PPPK has no TMT PNS");
            }
            int mk = Integer.parseInt(CSV.get(r, "MK TAHUN"));
            assertTrue(mk >= 0 && mk <= tmtGolongan.getYear() - tmtCpns.getYear() + 1, nip + " MK " + mk);
        }
    }

    @Test
    void shouldKeepEveryEmployeeUnderBupOnTheLastDayOf2025() {
        for (CityEmployee e : CITY.employees()) {
            assertTrue(e.tmtPensiun().isAfter(AS_OF), e.row().nipBaru + " retired " + e.tmtPensiun());
        }
        for (String[] r : CSV.rows) {
            LocalDate birth = CityFixture.date(r, "TANGGAL LAHIR");
            LocalDate tmtPensiun = birth.plusYears(CityFixture.bupFromCsv(r)).withDayOfMonth(1).plusMonths(1);
            assertTrue(tmtPensiun.isAfter(AS_OF), CSV.get(r, "NIP BARU") + " is past BUP by the CSV's own columns");
        }
    }

    @Test
    void shouldRetireAbout130In2026AsTheGeneratorsListSaysComputedFromTheCsvAlone() {
        List<Retirement> expected = CITY.retirementsIn(2026);
        assertEquals(CityTargets.BUP_RETIREMENTS_2026, expected.size());
        Map<String, LocalDate> fromCsv = new TreeMap<>();
        for (String[] r : CSV.rows) {
            LocalDate birth = CityFixture.date(r, "TANGGAL LAHIR");
            LocalDate tmt = birth.plusYears(CityFixture.bupFromCsv(r)).withDayOfMonth(1).plusMonths(1);
            if (tmt.getYear() == 2026) {
                fromCsv.put(CSV.get(r, "NIP BARU"), tmt);
            }
        }
        Map<String, LocalDate> listed = new TreeMap<>();
        expected.forEach(x -> listed.put(x.nip(), x.tmtPensiun()));
        assertEquals(listed, fromCsv);
        int[] perMonth = new int[12];
        expected.forEach(x -> perMonth[x.tmtPensiun().getMonthValue() - 1]++);
        for (int n : perMonth) {
            assertTrue(n >= 2 && n <= 25, "2026 retirements spread over the months: " + java.util.Arrays.toString(perMonth));
        }
        assertTrue(CITY.retirementsIn(2025).isEmpty(), "2025's retirements have left and are not in the file");
    }

    @Test
    void shouldWriteTheRetirementListAsCsv() throws IOException {
        StringWriter out = new StringWriter();
        Retirement.writeCsv(CITY.retirementsIn(2026), out);
        CsvFile list = CsvFile.parse(out.toString());
        assertEquals(List.of(Retirement.HEADER.split(",")), list.headers);
        assertEquals(130, list.rows.size());
        List<String> bup = new ArrayList<>();
        list.rows.forEach(r -> bup.add(list.get(r, "USIA BUP")));
        assertTrue(bup.stream().allMatch(a -> a.equals("58") || a.equals("60")));
    }

    @Test
    void shouldPutCpnsAtTheirEntryGolonganWithTheirFirstAppointmentIn2025() {
        for (String[] r : CSV.rows) {
            if (CityFixture.isCpns(r)) {
                assertEquals(2025, CityFixture.date(r, "TMT CPNS").getYear());
                assertEquals(CSV.get(r, "GOL AWAL ID"), CSV.get(r, "GOL AKHIR ID"));
                assertTrue(CityFixture.age(r) <= 35);
            }
        }
    }
}
