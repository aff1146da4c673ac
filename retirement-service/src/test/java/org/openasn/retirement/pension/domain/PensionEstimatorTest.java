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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pension estimates against the PP 5/2024 table (read from docs/domain, the file the migration was made from) and the
 * UU 11/1969 rules; every expected figure is worked out by hand in the row's comment.
 */
class PensionEstimatorTest {

    private static SalaryTable pp5of2024;
    private static final PensionRules UU_11_1969 = new PensionRules(LocalDate.of(1969, 1, 1), "UU 11/1969", new BigDecimal("0.025"),
            new BigDecimal("0.75"), "art. 11 max", new BigDecimal("0.40"), "art. 11 min", "art. 11 lowest gaji pokok",
            new BigDecimal("0.75"), "art. 11 (1) b", 4, "art. 9 (1) c", new BigDecimal("0.36"), "art. 16", new BigDecimal("0.75"),
            "art. 16 floor");

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

    @ParameterizedTest(name = "{0}: {1} MKG {2}, TMT CPNS {3}, TMT pensiun {4} -> {6}% of {7}: pokok {8}, janda/duda {9}")
    @CsvSource(nullValues = "-", value = {
            // in the line of duty, 3 years: 75% of III/a MKG 2 (2,873,500) whatever the years = 2,155,125, above the lowest gaji
            // pokok (1,685,700); janda/duda 36% = 1,034,460 raised to 75% of 1,685,700 = 1,264,275
            "DISABILITY_IN_DUTY, III/a, 2, 2022-03-01, 2025-03-01, 3, 75, 2873500, 2155125, 1264275",
            // the same employee at BUP, as before: 2.5% × 3 = 7.5% = 215,512.5; raised to 40% = 1,149,400, then to 1,685,700
            "BUP, III/a, 2, 2022-03-01, 2025-03-01, 3, 7.5, 2873500, 1685700, 1264275",
            // not in the line of duty, 3 years: below the 4 years required, no pension is due (neither figure)
            "DISABILITY_NOT_IN_DUTY, III/a, 2, 2022-03-01, 2025-03-01, 3, -, 2873500, -, -",
            // 3 years 11 months count as 3: still not entitled (III/a MKG 4 = 2,964,000)
            "DISABILITY_NOT_IN_DUTY, III/a, 4, 2021-03-01, 2025-02-01, 3, -, 2964000, -, -",
            // exactly 4 years: entitled; 10% of 2,964,000 = 296,400; raised to 40% = 1,185,600, then to 1,685,700;
            // janda/duda 36% = 1,067,040 raised to 1,264,275
            "DISABILITY_NOT_IN_DUTY, III/a, 4, 2021-03-01, 2025-03-01, 4, 10, 2964000, 1685700, 1264275",
            // 10 years: IV/e MKG 10 = 4,531,200; 25% = 1,132,800 raised to 40% = 1,812,480 (above 1,685,700); 36% = 1,631,232
            "DISABILITY_NOT_IN_DUTY, IV/e, 10, 2015-03-01, 2025-03-01, 10, 25, 4531200, 1812480, 1631232",
            // in the line of duty on the lowest step, I/a MKG 0 (1,685,700): 75% = 1,264,275 is raised to the lowest gaji pokok
            // itself, 1,685,700; janda/duda 36% = 606,852 raised to 1,264,275
            "DISABILITY_IN_DUTY, I/a, 0, 2024-03-01, 2025-03-01, 1, 75, 1685700, 1685700, 1264275",
    })
    void shouldComputeThePensionOfEachKindOfRetirement(RetirementKind kind, String golongan, int mkg, LocalDate tmtCpns, LocalDate tmtPensiun,
                                                       int years, BigDecimal percentage, long base, Long pokok, Long widow) {
        PensionEstimate e = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.parse(golongan), tmtCpns, tmtPensiun, mkg, null, kind),
                pp5of2024, UU_11_1969);

        PensionEstimate.Status status = pokok == null ? PensionEstimate.Status.UNAVAILABLE : PensionEstimate.Status.COMPLETE;
        assertEquals(status, e.status());
        assertEquals(years, e.masaKerjaYears());
        assertEquals(base, e.dasarPensiun());
        assertEquals(percentage == null ? null : percentage.stripTrailingZeros(), e.percentage() == null ? null : e.percentage().stripTrailingZeros());
        assertEquals(new PensionEstimate.Figure(pokok, status), e.pensiunPokok());
        assertEquals(new PensionEstimate.Figure(widow, status), e.pensiunJandaDuda());
        assertEquals(pokok == null ? List.of("no pension is due: a disability retirement not caused by the duties of office needs at least "
                + "4 years of masa kerja, the employee has " + years + " (art. 9 (1) c)") : List.of(), e.missing());
    }

    @Test
    void shouldSayWhichRuleOfADisabilityAppliedWithItsSource() {
        // III/a MKG 2, 3 years, as in the table above
        PensionEstimate inDuty = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.III_A, LocalDate.of(2022, 3, 1),
                LocalDate.of(2025, 3, 1), 2, null, RetirementKind.DISABILITY_IN_DUTY), pp5of2024, UU_11_1969);
        assertThat(inDuty.steps().stream().map(PensionEstimate.Step::step).toList(), contains("masa kerja", "masa kerja golongan",
                "gaji pokok (dasar pensiun)", "percentage", "pensiun pokok before floors", "floor", "pensiun pokok", "pensiun janda/duda"));
        assertEquals("disability in the line of duty: 75% of the dasar pensiun whatever the masa kerja (art. 11 (1) b)",
                step(inDuty, "percentage").explanation());
        // the 40% floor is that of the accrued pension: only the lowest gaji pokok applies
        assertEquals(new PensionEstimate.Step("floor", "none applied", "above the lowest gaji pokok Rp 1,685,700 (art. 11 lowest gaji pokok)"),
                step(inDuty, "floor"));
        assertThat(inDuty.assumptions(), hasItem(startsWith("the employee is declared by the health examination body unable to work in any "
                + "position, for a condition caused by the duties of office; TMT pensiun 2025-03-01 is the date given")));
        assertThat(inDuty.assumptions(), hasItem(containsString("art. 11 (2)")));

        PensionEstimate lowest = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.I_A, LocalDate.of(2024, 3, 1),
                LocalDate.of(2025, 3, 1), 0, null, RetirementKind.DISABILITY_IN_DUTY), pp5of2024, UU_11_1969);
        assertEquals(new PensionEstimate.Step("floor", "Rp 1,685,700", "raised to the lowest gaji pokok of the table, Rp 1,685,700 "
                + "(art. 11 lowest gaji pokok)"), step(lowest, "floor"));

        PensionEstimate notEntitled = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.III_A, LocalDate.of(2022, 3, 1),
                LocalDate.of(2025, 3, 1), 2, null, RetirementKind.DISABILITY_NOT_IN_DUTY), pp5of2024, UU_11_1969);
        assertThat(notEntitled.steps().stream().map(PensionEstimate.Step::step).toList(), contains("masa kerja", "entitlement",
                "masa kerja golongan", "gaji pokok (dasar pensiun)"));
        assertEquals(new PensionEstimate.Step("entitlement", "not entitled", "3 years of masa kerja; a disability not caused by the duties "
                + "of office needs at least 4 (art. 9 (1) c)"), step(notEntitled, "entitlement"));
        assertNull(notEntitled.percentage());

        PensionEstimate tenYears = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.IV_E, LocalDate.of(2015, 3, 1),
                LocalDate.of(2025, 3, 1), 10, null, RetirementKind.DISABILITY_NOT_IN_DUTY), pp5of2024, UU_11_1969);
        assertEquals("entitled", step(tenYears, "entitlement").value());
        assertEquals(new PensionEstimate.Step("floor", "Rp 1,812,480", "raised to 40% of the dasar pensiun, Rp 1,812,480 (art. 11 min)"),
                step(tenYears, "floor"));
    }

    @Test
    void shouldNotNeedTheMasaKerjaForADisabilityInTheLineOfDuty() {
        // TMT CPNS unknown, MKG 2 from the SK: III/a 2,873,500 × 75% = 2,155,125 all the same
        PensionEstimate inDuty = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.III_A, null, LocalDate.of(2025, 3, 1), 2,
                null, RetirementKind.DISABILITY_IN_DUTY), pp5of2024, UU_11_1969);
        assertEquals(PensionEstimate.Status.COMPLETE, inDuty.status());
        assertNull(inDuty.masaKerjaYears());
        assertEquals(new PensionEstimate.Figure(2_155_125L, PensionEstimate.Status.COMPLETE), inDuty.pensiunPokok());
        assertEquals(List.of(), inDuty.missing());

        // not in the line of duty, whether a pension is due at all depends on the masa kerja: neither figure
        PensionEstimate notInDuty = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.III_A, null, LocalDate.of(2025, 3, 1), 2,
                null, RetirementKind.DISABILITY_NOT_IN_DUTY), pp5of2024, UU_11_1969);
        assertEquals(PensionEstimate.Status.UNAVAILABLE, notInDuty.status());
        assertEquals(new PensionEstimate.Figure(null, PensionEstimate.Status.UNAVAILABLE), notInDuty.pensiunJandaDuda());
        assertThat(notInDuty.missing(), contains(containsString("TMT CPNS")));
    }

    @Test
    void shouldRequireTheTmtPensiunOfADisabilityRetirement() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PensionEstimator.Input(Golongan.III_A,
                LocalDate.of(2022, 3, 1), null, 2, null, RetirementKind.DISABILITY_IN_DUTY));
        assertEquals("the TMT pensiun of a DISABILITY_IN_DUTY retirement is required", e.getMessage());
    }

    @Test
    void shouldCountOnFromTheMkgOfTheLatestSk() {
        // III/a; the SK of 1 Apr 2020 records MKG 8 years 2 months; TMT pensiun 1 Jan 2031: 98 + 129 months = 227 -> 18 years
        PensionEstimate e = PensionEstimator.estimate(new PensionEstimator.Input(Golongan.III_A, LocalDate.of(2005, 1, 1),
                LocalDate.of(2031, 1, 1), null, new PensionEstimator.RecordedMkg(98, LocalDate.of(2020, 4, 1)), RetirementKind.BUP), pp5of2024,
                UU_11_1969);

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
