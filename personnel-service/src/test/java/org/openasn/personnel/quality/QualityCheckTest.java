package org.openasn.personnel.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.personnel.bup.BupAgeTable;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.unit.Unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule on hand-built rows: a clean record passes everything, and one change makes exactly one indicator fail. */
class QualityCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    /** A PNS pelaksana whose record is complete and agrees with itself: born 15 May 1990, male, TMT CPNS 1 March 2015. */
    static Employee clean() {
        Employee e = new Employee();
        e.id = UUID.randomUUID();
        e.instansi = "D110";
        e.nip = "199005152015031001";
        e.nik = "1872031505900001";
        e.name = "Budi";
        e.gelarBelakang = "S.E.";
        e.birthDate = LocalDate.of(1990, 5, 15);
        e.gender = "L";
        e.phone = "081200000001";
        e.email = "budi@example.org";
        e.kind = "PNS";
        e.kedudukanHukum = "01";
        e.inService = true;
        e.golongan = "III/a";
        e.golonganRank = 9;
        e.jenisJabatan = "4";
        e.jabatanName = "Analis Kepegawaian";
        e.positionGroup = "LAINNYA";
        e.bupCategory = "ADMINISTRATION";
        e.unitId = UUID.randomUUID();
        e.pendidikan = "40";
        e.startDate = LocalDate.of(2015, 3, 1);
        return e;
    }

    static Unit unitOf(Employee e, LocalDate validTo) {
        Unit unit = new Unit();
        unit.id = e.unitId;
        unit.instansi = e.instansi;
        unit.code = "DISDIK";
        unit.name = "Dinas Pendidikan";
        unit.validFrom = LocalDate.of(2000, 1, 1);
        unit.validTo = validTo;
        return unit;
    }

    private static Set<QualityCheck> failing(Consumer<Employee> change) {
        Employee e = clean();
        change.accept(e);
        return failing(new Subject(e, unitOf(e, null), false, null, false, BupAgeTable.STATUTORY, TODAY));
    }

    private static Set<QualityCheck> failing(Subject subject) {
        return Set.copyOf(QualityFinding.evaluate(subject).stream().map(QualityFinding::check).toList());
    }

    @Test
    void shouldPassACleanRecordOnEveryIndicator() {
        assertEquals(Set.of(), failing(e -> { }));
    }

    @Test
    void shouldFlagAnEmptyPosition() {
        assertEquals(Set.of(QualityCheck.JABATAN_EMPTY), failing(e -> e.jabatanName = " "));
    }

    @Test
    void shouldFlagAnEmptyEducation() {
        assertEquals(Set.of(QualityCheck.PENDIDIKAN_EMPTY), failing(e -> e.pendidikan = null));
    }

    @Test
    void shouldFlagAPnsWithoutAnyStartAsMissingTmtPns() {
        assertEquals(Set.of(QualityCheck.TMT_PNS_EMPTY), failing(e -> e.startDate = null));
    }

    @Test
    void shouldFlagAPnsImportedWithoutTmtPns() {
        Employee e = clean();
        assertEquals(Set.of(QualityCheck.TMT_PNS_EMPTY), failing(new Subject(e, unitOf(e, null), false, null, true, BupAgeTable.STATUTORY, TODAY)));
    }

    @Test
    void shouldNotAskACpnsForTmtPns() {
        assertFalse(failing(e -> {
            e.kind = "CPNS";
            e.startDate = null;
        }).contains(QualityCheck.TMT_PNS_EMPTY));
    }

    @ParameterizedTest(name = "education {0}, gelar depan {1}, gelar belakang {2} -> fails: {3}")
    @CsvSource(nullValues = "-", value = {
            "40, -,   -,    true",
            "30, -,   -,    true",
            "50, -,   ' ',  true",
            "25, -,   -,    false",
            "15, -,   -,    false",
            "40, Dr., -,    false",
            "40, -,   S.E., false",
    })
    void shouldAskForATitleFromD3Up(String pendidikan, String depan, String belakang, boolean fails) {
        assertEquals(fails ? Set.of(QualityCheck.GELAR_EMPTY) : Set.of(), failing(e -> {
            e.pendidikan = pendidikan;
            e.gelarDepan = depan;
            e.gelarBelakang = belakang;
        }));
    }

    @ParameterizedTest(name = "e-mail [{0}] fails: {1}")
    @CsvSource(nullValues = "-", value = {
            "-,                 true",
            "'  ',              true",
            "budi,              true",
            "budi@example,      true",
            "budi @example.org, true",
            "budi@example.org,  false",
            "' b.s@mail.co.id', false",
    })
    void shouldFlagAnEmptyOrMalformedEmail(String email, boolean fails) {
        assertEquals(fails ? Set.of(QualityCheck.EMAIL_INVALID) : Set.of(), failing(e -> e.email = email));
    }

    @Test
    void shouldFlagAnEmptyPhone() {
        assertEquals(Set.of(QualityCheck.PHONE_EMPTY), failing(e -> e.phone = ""));
    }

    @ParameterizedTest(name = "unit valid to {0} -> fails: {1}")
    @CsvSource(nullValues = "-", value = {
            "-,          false",
            "2026-01-15, false",
            "2026-01-14, true",
            "2020-12-31, true",
    })
    void shouldFlagAnInactiveUnitFromTheDayAfterItsValidTo(LocalDate validTo, boolean fails) {
        Employee e = clean();
        assertEquals(fails ? Set.of(QualityCheck.UNIT_INACTIVE) : Set.of(), failing(new Subject(e, unitOf(e, validTo), false, null, false, BupAgeTable.STATUTORY, TODAY)));
    }

    @Test
    void shouldFlagAUnitOutsideTheAgency() {
        assertEquals(Set.of(QualityCheck.UNIT_INACTIVE), failing(new Subject(clean(), null, false, null, false, BupAgeTable.STATUTORY, TODAY)));
    }

    @ParameterizedTest(name = "CPNS since {0} -> fails: {1}")
    @CsvSource({
            "2025-01-15, false",
            "2025-01-14, true",
            "2024-03-01, true",
            "2025-06-01, false",
    })
    void shouldFlagACpnsOfMoreThanAYear(LocalDate tmtCpns, boolean fails) {
        Employee e = clean();
        e.kind = "CPNS";
        e.startDate = tmtCpns;
        e.nip = String.format("19900515%04d%02d1001", tmtCpns.getYear(), tmtCpns.getMonthValue());
        assertEquals(fails ? Set.of(QualityCheck.CPNS_OVER_ONE_YEAR) : Set.of(), failing(new Subject(e, unitOf(e, null), false, null, false, BupAgeTable.STATUTORY, TODAY)));
    }

    @ParameterizedTest(name = "born {0}, {1}, in service {2} -> past BUP: {3}")
    @CsvSource({
            // 58th birthday 15 Dec 2025 -> TMT pensiun 1 Jan 2026, passed on 15 Jan 2026
            "1967-12-15, ADMINISTRATION,    true,  true",
            // 58th birthday 1 Jan 2026 -> TMT pensiun 1 Feb 2026, still ahead
            "1968-01-01, ADMINISTRATION,    true,  false",
            "1968-01-31, ADMINISTRATION,    true,  false",
            "1967-11-30, ADMINISTRATION,    true,  true",
            "1967-12-15, SENIOR_LEADERSHIP, true,  false",
            "1965-12-15, SENIOR_LEADERSHIP, true,  true",
            "1960-06-01, EXPERT_MAIN,       true,  true",
            "1961-01-10, EXPERT_MAIN,       true,  false",
            "1956-01-10, PROFESSOR,         true,  false",
            "1967-12-15, ADMINISTRATION,    false, false",
    })
    void shouldFlagAnEmployeeInServicePastTheTmtPensiunOfTheirCategory(LocalDate birth, String category, boolean inService,
                                                                      boolean fails) {
        Employee e = clean();
        e.birthDate = birth;
        e.nip = String.format("%04d%02d%02d199003%s001", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), "1");
        e.startDate = LocalDate.of(1990, 3, 1);
        e.nik = null;
        e.bupCategory = category;
        e.inService = inService;
        Set<QualityCheck> failed = failing(new Subject(e, unitOf(e, null), false, null, false, BupAgeTable.STATUTORY, TODAY));
        assertEquals(fails, failed.contains(QualityCheck.PAST_BUP_ACTIVE), failed.toString());
    }

    @Test
    void shouldJudgeBupByTheRulesRetirementServicePublished() {
        Employee e = clean();
        e.birthDate = LocalDate.of(1967, 12, 15);
        e.nip = "196712151990031001";
        e.startDate = LocalDate.of(1990, 3, 1);
        e.nik = null;
        e.bupCategory = "ADMINISTRATION";
        // a rule set raising the administrators' BUP to 60 for those born from 1967: TMT pensiun 1 January 2028, still ahead
        BupAgeTable raised = BupAgeTable.of(new BupRulesPublished(List.of(
                new BupRulesPublished.Range("ADMINISTRATION", null, LocalDate.of(1967, 1, 1), 58, UUID.randomUUID(), "PP 11/2017"),
                new BupRulesPublished.Range("ADMINISTRATION", LocalDate.of(1967, 1, 1), null, 60, UUID.randomUUID(), "PP 99/2026"))));
        assertFalse(failing(new Subject(e, unitOf(e, null), false, null, false, raised, TODAY)).contains(QualityCheck.PAST_BUP_ACTIVE));
        List<QualityFinding> statutory = QualityFinding.evaluate(new Subject(e, unitOf(e, null), false, null, false, BupAgeTable.STATUTORY, TODAY));
        String message = statutory.stream().filter(f -> f.check() == QualityCheck.PAST_BUP_ACTIVE).findFirst().orElseThrow().message();
        assertTrue(message.contains("on 2025-12-15 (BUP 58, ") && message.contains("TMT pensiun 2026-01-01 has passed"), message);
    }

    @ParameterizedTest
    @CsvSource({
            // 58th birthday 15 Dec 2025 -> regular TMT pensiun 1 Jan 2026, passed; the extension decides
            "2027-01-01, false",
            "2026-01-01, true",   // no later than the regular one: as if not extended
            "2025-12-01, true",
    })
    void shouldFlagAnEmployeeInServicePastTheTmtPensiunOfTheirBupExtension(LocalDate extendedUntil, boolean fails) {
        Employee e = clean();
        LocalDate birth = LocalDate.of(1967, 12, 15);
        e.birthDate = birth;
        e.nip = "196712151990031001";
        e.startDate = LocalDate.of(1990, 3, 1);
        e.nik = null;
        e.bupCategory = "ADMINISTRATION";
        e.inService = true;
        e.bupExtendedUntil = extendedUntil;
        Set<QualityCheck> failed = failing(new Subject(e, unitOf(e, null), false, null, false, BupAgeTable.STATUTORY, TODAY));
        assertEquals(fails, failed.contains(QualityCheck.PAST_BUP_ACTIVE), failed.toString());
    }

    @Test
    void shouldDeriveTheBupCategoryOfARowWrittenBeforeTheColumnExisted() {
        Employee e = clean();
        e.bupCategory = null;
        assertEquals(org.openasn.reference.position.BupCategory.ADMINISTRATION, QualityRules.bupCategory(e).orElseThrow());
        e.jenisJabatan = "2";
        e.jenjang = "AHLI_MADYA";
        assertEquals(org.openasn.reference.position.BupCategory.EXPERT_MIDDLE, QualityRules.bupCategory(e).orElseThrow());
        e.positionGroup = "GURU";
        assertEquals(org.openasn.reference.position.BupCategory.TEACHER, QualityRules.bupCategory(e).orElseThrow());
        e.jenisJabatan = null;
        assertTrue(QualityRules.bupCategory(e).isEmpty());
    }

    @ParameterizedTest(name = "{0} with kedudukan hukum {1} -> fails: {2}")
    @CsvSource(nullValues = "-", value = {
            "PPPK,             71, false",
            "PPPK,             72, false",
            "PPPK_PARUH_WAKTU, 73, false",
            "PPPK,             01, true",
            "PPPK,             -,  true",
            "PNS,              71, true",
            "CPNS,             73, true",
            "PNS,              02, false",
    })
    void shouldFlagAPppkStatusThatDoesNotMatchTheKind(String kind, String kedudukanHukum, boolean fails) {
        Employee e = clean();
        e.kind = kind;
        e.kedudukanHukum = kedudukanHukum;
        Set<QualityCheck> failed = failing(new Subject(e, unitOf(e, null), false, null, false, BupAgeTable.STATUTORY, TODAY));
        assertEquals(fails, failed.contains(QualityCheck.PPPK_STATUS_WRONG), failed.toString());
    }

    @ParameterizedTest(name = "NIK [{0}] fails: {1}")
    @CsvSource(nullValues = "-", value = {
            "-,                 true",
            "'',                true",
            "187203150590000,   true",
            "9972031505900001,  true",
            "1872031505900000,  true",
            "1872033205900001,  true",
            "1872031505900001,  false",
            "1872035505900001,  false",
    })
    void shouldFlagAMissingOrInvalidNik(String nik, boolean fails) {
        assertEquals(fails ? Set.of(QualityCheck.NIK_INVALID) : Set.of(), failing(e -> e.nik = nik));
    }

    @ParameterizedTest(name = "pelaksana named [{0}] fails: {1}")
    @CsvSource({
            "Analis Kepegawaian,               false",
            "Pranata Komputer Ahli Pertama,    true",
            "PENGELOLA KEUANGAN TERAMPIL,      true",
            "Perawat Mahir,                    true",
            "Penyelia Gudang,                  true",
            "Arsiparis Pemula,                 true",
            "Pengadministrasi Keahlian Umum,   false",
    })
    void shouldFlagAPelaksanaWithAFunctionalTitle(String name, boolean fails) {
        assertEquals(fails ? Set.of(QualityCheck.PELAKSANA_FUNCTIONAL_TITLE) : Set.of(), failing(e -> e.jabatanName = name));
    }

    @Test
    void shouldFlagAnEmployeeInServiceWhosePositionTellsNoBupCategory() {
        assertEquals(Set.of(QualityCheck.BUP_CATEGORY_UNKNOWN), failing(e -> {
            e.jenisJabatan = "2";
            e.jabatanName = "Pranata Komputer";
            e.jenjang = null;
            e.bupCategory = null;
        }));
        assertEquals(Set.of(QualityCheck.BUP_CATEGORY_UNKNOWN, QualityCheck.JABATAN_EMPTY), failing(e -> {
            e.jenisJabatan = null;
            e.jabatanName = null;
            e.positionGroup = null;
            e.bupCategory = null;
        }));
    }

    @Test
    void shouldNotFlagAFunctionalHolderForTheirTitle() {
        assertEquals(Set.of(), failing(e -> {
            e.jenisJabatan = "2";
            e.jabatanName = "Pranata Komputer Ahli Pertama";
            e.jenjang = "AHLI_PERTAMA";
            e.bupCategory = "EXPERT_FIRST";
        }));
    }

    @ParameterizedTest(name = "eselon {0} at {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "21, IV/c, -",
            "21, IV/b, JPT_BELOW_MINIMUM_RANK",
            "22, IV/b, -",
            "22, IV/a, JPT_BELOW_MINIMUM_RANK",
            "22, IV/c, -",
            "22, IV/e, RANK_OUTSIDE_RANGE",
            "21, IV/e, RANK_OUTSIDE_RANGE",
            "11, IV/e, -",
            "11, IV/c, JPT_BELOW_MINIMUM_RANK",
            "31, IV/a, -",
            "31, III/d, RANK_OUTSIDE_RANGE",
            "31, IV/c, RANK_OUTSIDE_RANGE",
            "41, III/c, -",
            "42, III/a, RANK_OUTSIDE_RANGE",
            "51, III/b, -",
            "21, IX,   -",
    })
    void shouldCheckTheRankOfAStructuralHolder(String eselon, String golongan, QualityCheck expected) {
        Set<QualityCheck> failed = failing(e -> {
            e.jenisJabatan = "1";
            e.eselon = eselon;
            e.jabatanName = "Kepala";
            e.golongan = golongan;
            e.bupCategory = eselon.startsWith("1") || eselon.startsWith("2") ? "SENIOR_LEADERSHIP" : "ADMINISTRATION";
        });
        assertEquals(expected == null ? Set.of() : Set.of(expected), failed);
    }

    @ParameterizedTest(name = "{0} at {1} -> fails: {2}")
    @CsvSource({
            "AHLI_PERTAMA, III/b, false",
            "AHLI_PERTAMA, III/c, true",
            "AHLI_MADYA,   IV/a,  false",
            "AHLI_MADYA,   III/d, true",
            "PEMULA,       II/a,  false",
            "TERAMPIL,     II/a,  true",
    })
    void shouldCheckTheRankOfAFunctionalHolder(String jenjang, String golongan, boolean fails) {
        assertEquals(fails ? Set.of(QualityCheck.RANK_OUTSIDE_RANGE) : Set.of(), failing(e -> {
            e.jenisJabatan = "2";
            e.jenjang = jenjang;
            e.jabatanName = "Pranata Komputer";
            e.golongan = golongan;
        }));
    }

    @Test
    void shouldFlagANipThatDisagreesWithBirthDateGenderOrTmtCpns() {
        assertEquals(Set.of(QualityCheck.NIP_DISAGREES), failing(e -> e.birthDate = LocalDate.of(1990, 5, 16)));
        assertEquals(Set.of(QualityCheck.NIP_DISAGREES), failing(e -> e.gender = "P"));
        assertEquals(Set.of(QualityCheck.NIP_DISAGREES), failing(e -> e.startDate = LocalDate.of(2015, 4, 1)));
        assertEquals(Set.of(QualityCheck.NIP_DISAGREES), failing(e -> e.nip = "19900515201503100"));
    }

    @Test
    void shouldNotCompareTheNipWithTheDateOfATransferIn() {
        Employee e = clean();
        e.startDate = LocalDate.of(2021, 7, 1);
        assertEquals(Set.of(), failing(new Subject(e, unitOf(e, null), true, null, false, BupAgeTable.STATUTORY, TODAY)));
        assertEquals(Set.of(QualityCheck.NIP_DISAGREES), failing(new Subject(e, unitOf(e, null), false, null, false, BupAgeTable.STATUTORY, TODAY)));
    }

    @Test
    void shouldCheckTheAppointmentYearOfAPppkNip() {
        Consumer<Employee> pppk = e -> {
            e.kind = "PPPK";
            e.kedudukanHukum = "71";
            e.golongan = "IX";
            e.nip = "199005152022211001";
            e.startDate = LocalDate.of(2022, 3, 1);
        };
        assertEquals(Set.of(), failing(pppk));
        assertEquals(Set.of(QualityCheck.NIP_DISAGREES), failing(pppk.andThen(e -> e.startDate = LocalDate.of(2023, 3, 1))));
        assertEquals(Set.of(QualityCheck.NIP_DISAGREES), failing(pppk.andThen(e -> e.nip = "199005152015031001")));
    }

    @Test
    void shouldFlagASupervisorWhoIsNoLongerInServiceWithTheAgency() {
        Employee e = clean();
        e.supervisorId = UUID.randomUUID();
        List<QualityFinding> findings = QualityFinding.evaluate(new Subject(e, unitOf(e, null), false, "196001011985031001", false, BupAgeTable.STATUTORY, TODAY));
        assertEquals(List.of(QualityCheck.SUPERVISOR_UNAVAILABLE), findings.stream().map(QualityFinding::check).toList());
        assertEquals("the direct supervisor recorded, 196001011985031001, is not in service with the employee's agency on 2026-01-15",
                findings.get(0).message());
        assertEquals(Set.of(), failing(new Subject(e, unitOf(e, null), false, null, false, BupAgeTable.STATUTORY, TODAY)));
    }

    @Test
    void shouldCountOnlyBknsCheckedIndicatorsInTheIndex() {
        assertEquals(List.of(QualityCheck.RANK_OUTSIDE_RANGE, QualityCheck.SUPERVISOR_UNAVAILABLE, QualityCheck.BUP_CATEGORY_UNKNOWN),
                Scorecard.checkedIndicators().stream().filter(c -> !c.inIndex()).toList());
        assertFalse(QualityCheck.SKP_MISSING.inIndex(), "not checked, so not counted");
        assertTrue(QualityCheck.PAST_BUP_ACTIVE.inIndex());
    }

    @Test
    void shouldSayWhatIsWrong() {
        Employee e = clean();
        e.email = "budi";
        List<QualityFinding> findings = QualityFinding.evaluate(new Subject(e, unitOf(e, null), false, null, false, BupAgeTable.STATUTORY, TODAY));
        assertEquals("'budi' is not an e-mail address", findings.get(0).message());
    }

    @ParameterizedTest
    @EnumSource(QualityCheck.class)
    void shouldDescribeEveryIndicator(QualityCheck check) {
        assertFalse(check.code().isBlank());
        assertFalse(check.indicatorName().isBlank());
        assertFalse(check.description().isBlank());
        assertFalse(check.howToFix().isBlank());
        assertEquals(check.status() == QualityCheck.Status.NOT_CHECKED, check.notCheckedBecause().isPresent());
    }

    @Test
    void shouldKeepCodesUnique() {
        assertEquals(QualityCheck.values().length, Set.of(QualityCheck.values()).stream().map(QualityCheck::code).distinct().count());
    }

    @Test
    void shouldRefuseToRunAnIndicatorItDoesNotCheck() {
        Subject subject = new Subject(clean(), null, false, null, false, BupAgeTable.STATUTORY, TODAY);
        assertThrows(IllegalStateException.class, () -> QualityCheck.SKP_MISSING.failure(subject));
    }
}
