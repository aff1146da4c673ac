package org.openasn.retirement.pension.domain;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.rank.GolonganGroup;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pension estimates against the PP 5/2024 table (read from docs/domain, the file the migration was made from) and the
 * UU 11/1969 rules; every expected figure is worked out by hand in the row's comment.
 */
class PensionEstimatorTest {

    private static SalaryTable pp5of2024;
    private static final PensionRules UU_11_1969 = new PensionRules(LocalDate.of(1969, 1, 1), "UU 11/1969", new BigDecimal("0.025"),
            new BigDecimal("0.75"), "art. 11 max", new BigDecimal("0.40"), "art. 11 min", "art. 11 lowest gaji pokok",
            new BigDecimal("0.36"), "art. 16", new BigDecimal("0.75"), "art. 16 floor");

    @BeforeAll
    static void readTable() throws IOException {
        SalaryTableCsv.Result read = SalaryTableCsv.read(Files.readString(Path.of("../docs/domain/gaji-pokok-pns-pp-5-2024.csv")));
        assertEquals(java.util.List.of(), read.problems());
        assertEquals(272, read.entries().size());
        pp5of2024 = SalaryTable.of(UUID.randomUUID(), LocalDate.of(2024, 1, 1), "PP 5/2024", "test", read.entries());
    }

    @ParameterizedTest(name = "{0} MKG {1}, TMT CPNS {2}, TMT pensiun {3} -> {4}% of {5}: pokok {6}, janda/duda {7}")
    @CsvSource({
            // III/d MKG 32 = 5,180,700; 33 years -> 82.5% capped at 75% -> 3,885,525; janda/duda 36% = 1,865,052
            "III/d, 32, 1992-03-01, 2025-06-01, 75, 5180700, 3885525, 1865052, 33",
            // IV/a MKG 21 is not listed: the MKG 20 step 4,483,100; 22 years -> 55% -> 2,465,705; 36% = 1,613,916
            "IV/a, 21, 2003-01-01, 2025-01-01, 55, 4483100, 2465705, 1613916, 22",
            // II/a MKG 1 = 2,218,400; 10 years -> 25% = 554,600; 40% floor 887,360; lowest gaji pokok (I/a MKG 0) 1,685,700
            // applies; janda/duda 36% = 798,624 raised to 75% of 1,685,700 = 1,264,275
            "II/a, 1, 2015-06-01, 2025-06-01, 25, 2218400, 1685700, 1264275, 10",
            // IV/e MKG 32 = 6,373,200; 12 years -> 30% = 1,911,960, raised to 40% = 2,549,280; 36% = 2,294,352
            "IV/e, 32, 2013-04-01, 2025-04-01, 30, 6373200, 2549280, 2294352, 12",
            // I/a MKG 24 = 2,445,500; 29 years -> 72.5% = 1,772,987.5 -> 1,772,988 (half up); 36% = 880,380 -> floor 1,264,275
            "I/a, 24, 1996-05-01, 2025-05-01, 72.5, 2445500, 1772988, 1264275, 29",
            // the cap's edge: III/c MKG 30 = 4,818,700; exactly 30 years -> 75%, not above the cap -> 3,614,025; 36% = 1,734,732
            "III/c, 30, 1995-07-01, 2025-07-01, 75, 4818700, 3614025, 1734732, 30",
            // 29 years 11 months count as 29 (whole years, no rounding up): III/c MKG 28 = 4,671,600; 72.5% = 3,386,910; 36% = 1,681,776
            "III/c, 28, 1995-08-01, 2025-07-01, 72.5, 4671600, 3386910, 1681776, 29",
            // the 40% floor's edge: IV/b MKG 16 = 4,391,800; 16 years -> exactly 40% = 1,756,720, above the lowest gaji pokok; 36% = 1,581,048
            "IV/b, 16, 2009-03-01, 2025-03-01, 40, 4391800, 1756720, 1581048, 16",
            // 40% of a base under 4,214,250 is below the lowest gaji pokok: IV/a MKG 16 = 4,213,500; 40% = 1,685,400 -> raised to
            // 1,685,700 (I/a MKG 0); janda/duda 36% = 1,516,860, above its floor 1,264,275
            "IV/a, 16, 2009-03-01, 2025-03-01, 40, 4213500, 1685700, 1516860, 16",
    })
    void shouldComputeTheFiguresWithTheMkgGiven(String golongan, int mkg, LocalDate tmtCpns, LocalDate tmtPensiun, BigDecimal percentage,
                                                 long base, long pokok, long widow, int years) {
        PensionEstimate e = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.parse(golongan), tmtCpns, tmtPensiun, mkg),
                pp5of2024, UU_11_1969);

        assertEquals(PensionEstimate.Status.COMPLETE, e.status());
        assertEquals(years, e.masaKerjaYears());
        assertEquals(base, e.dasarPensiun());
        assertEquals(0, percentage.compareTo(e.percentage()), "percentage " + e.percentage());
        assertEquals(new PensionEstimate.Figure(pokok, PensionEstimate.Status.COMPLETE), e.pensiunPokok());
        assertEquals(new PensionEstimate.Figure(widow, PensionEstimate.Status.COMPLETE), e.pensiunJandaDuda());
        assertTrue(e.approximations().isEmpty());
        assertTrue(e.missing().isEmpty());
        assertThat(e.steps().stream().map(PensionEstimate.Step::step).toList(), contains("masa kerja", "masa kerja golongan",
                "gaji pokok (dasar pensiun)", "percentage", "pensiun pokok before floors", "floor", "pensiun pokok", "pensiun janda/duda"));
    }

    @Test
    void shouldExplainTheCapTheLowerStepAndTheFloors() {
        PensionEstimate capped = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.III_D, LocalDate.of(1992, 3, 1),
                LocalDate.of(2025, 6, 1), 32), pp5of2024, UU_11_1969);
        assertThat(step(capped, "masa kerja").explanation(), containsString("33 years 3 months"));
        assertThat(step(capped, "masa kerja").explanation(), containsString("whole years counted: 33"));
        assertThat(step(capped, "percentage").explanation(), containsString("2.5% × 33 years = 82.5%; cap applied: art. 11 max"));
        assertEquals("none applied", step(capped, "floor").value());
        assertEquals("Rp 3,885,525", step(capped, "pensiun pokok").value());

        PensionEstimate lowerStep = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.IV_A, LocalDate.of(2003, 1, 1),
                LocalDate.of(2025, 1, 1), 21), pp5of2024, UU_11_1969);
        assertThat(step(lowerStep, "gaji pokok (dasar pensiun)").explanation(),
                containsString("MKG 21 is not a listed step of IV/a; the lower step, MKG 20, applies"));

        PensionEstimate floored = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.II_A, LocalDate.of(2015, 6, 1),
                LocalDate.of(2025, 6, 1), 1), pp5of2024, UU_11_1969);
        assertThat(step(floored, "floor").explanation(), containsString("raised to 40% of the dasar pensiun, Rp 887,360"));
        assertThat(step(floored, "floor").explanation(), containsString("raised to the lowest gaji pokok of the table, Rp 1,685,700"));
        assertThat(step(floored, "pensiun janda/duda").explanation(), containsString("floor applied"));
    }

    @Test
    void shouldCountOnFromTheMkgOfTheLatestSk() {
        // III/a; the SK of 1 Apr 2020 records MKG 8 years 2 months; TMT pensiun 1 Jan 2031: 98 + 129 months = 227 -> 18 years
        PensionEstimate e = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.III_A, LocalDate.of(2005, 1, 1),
                LocalDate.of(2031, 1, 1), null, new PensionEstimator.RecordedMkg(98, LocalDate.of(2020, 4, 1))), pp5of2024, UU_11_1969);

        assertEquals(18, e.masaKerjaGolongan());
        assertEquals(PensionEstimate.Status.COMPLETE, e.status());
        assertEquals(List.of(), e.approximations());
        assertThat(step(e, "masa kerja golongan").explanation(), containsString("the SK of TMT 2020-04-01 records 8 years 2 months"));
    }

    @Test
    void shouldSayTheFiguresAreApproximateWhenTheMkgIsDerived() {
        // III/a, 30 years 1 month: MKG approximated by 30 -> 4,435,500; 75% (not above the cap) = 3,326,625; 36% = 1,596,780
        PensionEstimate e = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.III_A, LocalDate.of(1995, 7, 1),
                LocalDate.of(2025, 8, 1), null), pp5of2024, UU_11_1969);

        assertEquals(PensionEstimate.Status.APPROXIMATE, e.status());
        assertEquals(30, e.masaKerjaGolongan());
        assertEquals(new PensionEstimate.Figure(3_326_625L, PensionEstimate.Status.APPROXIMATE), e.pensiunPokok());
        assertEquals(new PensionEstimate.Figure(1_596_780L, PensionEstimate.Status.APPROXIMATE), e.pensiunJandaDuda());
        assertEquals(1, e.approximations().size());
        assertThat(e.approximations().get(0), containsString("masa kerja golongan is not recorded"));
        assertThat(step(e, "percentage").explanation(), containsString("below the cap"));
    }

    @Test
    void shouldSayTheFigureIsApproximateWhenTheTableHasNoValueForTheMkg() {
        // II/b starts at MKG 3 (2,385,000); MKG 1 has no value
        PensionEstimate e = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.II_B, LocalDate.of(1995, 7, 1),
                LocalDate.of(2025, 8, 1), 1), pp5of2024, UU_11_1969);

        assertEquals(PensionEstimate.Status.APPROXIMATE, e.status());
        assertEquals(2_385_000L, e.dasarPensiun());
        assertEquals(1, e.approximations().size());
        assertThat(e.approximations().get(0), containsString("II/b from MKG 3 only"));
    }

    @Test
    void shouldNotInventAFigureWhenATableOrAnInputIsMissing() {
        PensionEstimator.Input input = new PensionEstimator.Input(Golongan.III_A, LocalDate.of(1995, 7, 1), LocalDate.of(2025, 8, 1), 30);
        PensionEstimate noTable = PensionEstimator.estimate(input, null, UU_11_1969);
        assertEquals(PensionEstimate.Status.UNAVAILABLE, noTable.status());
        assertEquals(new PensionEstimate.Figure(null, PensionEstimate.Status.UNAVAILABLE), noTable.pensiunPokok());
        assertEquals(new PensionEstimate.Figure(null, PensionEstimate.Status.UNAVAILABLE), noTable.pensiunJandaDuda());
        assertThat(noTable.missing(), contains(containsString("no gaji pokok table is loaded")));

        SalaryTable onlyGolonganI = SalaryTable.of(UUID.randomUUID(), LocalDate.of(2024, 1, 1), "partial", "test",
                pp5of2024.entries().stream().filter(s -> s.golongan().group() == GolonganGroup.I).toList());
        assertThat(PensionEstimator.estimate(input, onlyGolonganI, UU_11_1969).missing(), contains(containsString("has no step for golongan III/a")));

        PensionEstimate noTmtCpns = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.III_A, null, LocalDate.of(2025, 8, 1), 30),
                pp5of2024, UU_11_1969);
        assertEquals(PensionEstimate.Status.UNAVAILABLE, noTmtCpns.status());
        assertNull(noTmtCpns.pensiunPokok().amount());
        assertEquals(new PensionEstimate.Figure(1_596_780L, PensionEstimate.Status.COMPLETE), noTmtCpns.pensiunJandaDuda());
        assertThat(noTmtCpns.missing(), contains(containsString("TMT CPNS")));

        PensionEstimate pppk = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.PPPK_IX, null, LocalDate.of(2050, 5, 1), null),
                pp5of2024, UU_11_1969);
        assertEquals(PensionEstimate.Status.UNAVAILABLE, pppk.status());
        assertThat(pppk.missing(), hasItem(containsString("PPPK are not entitled to a pension")));
    }

    @Test
    void shouldReadTheTableStepsAndRefuseABadFile() {
        assertEquals(1_685_700L, pp5of2024.lowestGajiPokok());
        assertEquals(1_793_500L, pp5of2024.gajiPokok(Golongan.I_A, 5).orElseThrow().gajiPokok()); // the MKG 4 step
        assertEquals(6_373_200L, pp5of2024.gajiPokok(Golongan.IV_E, 40).orElseThrow().gajiPokok()); // past the last step

        java.util.List<String> bad = SalaryTableCsv.read("""
                golongan_id,golongan,mkg,gaji_pokok
                31,III/a,0,2785700
                31,III/b,2,2873400
                99,X/z,0,1
                31,III/a,x,1
                """).problems();
        assertEquals(3, bad.size(), bad.toString());
        assertEquals("line 3: golongan id 31 is III/a, not III/b", bad.get(0));
        assertThat(bad.get(1), startsWith("line 4: "));
        assertEquals("line 5: mkg and gaji_pokok must be whole numbers", bad.get(2));
        assertEquals(java.util.List.of("line 1: the header must be '" + SalaryTableCsv.HEADER + "'"), SalaryTableCsv.read("a,b\n1,2").problems());
        assertEquals(java.util.List.of("III/a MKG 0 is listed twice"),
                SalaryTableCsv.read("golongan_id,golongan,mkg,gaji_pokok\n31,III/a,0,2785700\n31,III/a,0,2785700\n").problems());
    }

    private static PensionEstimate.Step step(PensionEstimate e, String name) {
        return e.steps().stream().filter(s -> s.step().equals(name)).findFirst().orElseThrow();
    }
}
