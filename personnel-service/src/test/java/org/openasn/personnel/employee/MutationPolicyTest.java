package org.openasn.personnel.employee;

import org.junit.jupiter.api.Test;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.personnel.bup.BupAgeTable;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenisJabatan;
import org.openasn.reference.position.PositionGroup;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.status.KedudukanHukum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MutationPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate TMT_CPNS = LocalDate.of(2010, 1, 1);
    private static final UUID UNIT = UUID.randomUUID();
    private static final String AGENCY = "D110";
    /** 58th birthday 20 May 2027: a pejabat administrasi's regular TMT pensiun is 1 June 2027. */
    private static final LocalDate BIRTH = LocalDate.of(1969, 5, 20);

    private final MutationPolicy policy = new MutationPolicy(MutationPolicy.RankRangeCheck.WARN, BupAgeTable.STATUTORY);
    private final List<Effect> history = new ArrayList<>();
    private long order;

    private MutationPolicyTest cpns() {
        return with(MutationKind.CPNS_APPOINTED, TMT_CPNS, StateChange.NONE.withKind(EmployeeKind.CPNS)
                .withKedudukanHukum(KedudukanHukum.AKTIF).withGolongan(Golongan.III_A, TMT_CPNS).withUnit(UNIT));
    }

    private MutationPolicyTest with(MutationKind kind, LocalDate tmt, StateChange change) {
        history.add(Effect.of(UUID.randomUUID(), kind, tmt, ++order, change, AGENCY));
        return this;
    }

    private List<String> codesOf(MutationKind kind, LocalDate tmt, StateChange change) {
        return policy.check(Timeline.of(history), Effect.of(UUID.randomUUID(), kind, tmt, ++order, change, AGENCY), TODAY, BIRTH)
                .stream().map(f -> f.severity() + ":" + f.code()).toList();
    }

    private static StateChange promotionTo(Golongan golongan, LocalDate tmt) {
        return StateChange.NONE.withGolongan(golongan, tmt);
    }

    @Test
    void shouldAcceptARegularPromotion() {
        cpns().with(MutationKind.PNS_CONFIRMED, LocalDate.of(2011, 1, 1), StateChange.NONE.withKind(EmployeeKind.PNS));
        assertEquals(List.of(), codesOf(MutationKind.PROMOTED, LocalDate.of(2014, 4, 1), promotionTo(Golongan.III_B, LocalDate.of(2014, 4, 1))));
    }

    @Test
    void shouldRefuseToPromoteARetiredEmployee() {
        cpns().with(MutationKind.RETIRED, LocalDate.of(2025, 6, 1), StateChange.NONE.withSeparation(Separation.RETIRED_BUP));
        List<Finding> findings = policy.check(Timeline.of(history), Effect.of(UUID.randomUUID(), MutationKind.PROMOTED,
                LocalDate.of(2025, 10, 1), 99, promotionTo(Golongan.III_B, LocalDate.of(2025, 10, 1)), AGENCY), TODAY, null);
        assertEquals("employee-separated", findings.get(0).code());
        assertTrue(findings.get(0).message().contains("2025-06-01"), findings.get(0).message());
    }

    @Test
    void shouldAcceptABackdatedPromotionBeforeALaterRetirement() {
        cpns().with(MutationKind.PNS_CONFIRMED, LocalDate.of(2011, 1, 1), StateChange.NONE.withKind(EmployeeKind.PNS))
                .with(MutationKind.RETIRED, LocalDate.of(2025, 6, 1), StateChange.NONE.withSeparation(Separation.RETIRED_BUP));
        assertEquals(List.of(), codesOf(MutationKind.PROMOTED, LocalDate.of(2024, 10, 1), promotionTo(Golongan.III_B, LocalDate.of(2024, 10, 1))));
    }

    @Test
    void shouldRefuseATmtBeforeTheTmtCpns() {
        cpns();
        assertEquals(List.of("ERROR:tmt-before-start"), codesOf(MutationKind.UNIT_TRANSFERRED, LocalDate.of(2009, 12, 31),
                StateChange.NONE.withUnit(UUID.randomUUID())));
    }

    @Test
    void shouldRefuseADemotionDressedAsPromotionAndWarnOffPeriod() {
        cpns().with(MutationKind.PNS_CONFIRMED, LocalDate.of(2011, 1, 1), StateChange.NONE.withKind(EmployeeKind.PNS));
        assertEquals(List.of("ERROR:not-a-promotion", "WARNING:off-period-promotion"),
                codesOf(MutationKind.PROMOTED, LocalDate.of(2014, 5, 1), promotionTo(Golongan.III_A, LocalDate.of(2014, 5, 1))));
        assertEquals(List.of("ERROR:wrong-golongan-scale"),
                codesOf(MutationKind.PROMOTED, LocalDate.of(2014, 4, 1), promotionTo(Golongan.parse("IX"), LocalDate.of(2014, 4, 1))));
    }

    @Test
    void shouldWarnOffPeriodByThePromotionPeriodsInForceOnTheTmt() {
        cpns().with(MutationKind.PNS_CONFIRMED, LocalDate.of(2011, 1, 1), StateChange.NONE.withKind(EmployeeKind.PNS));
        assertEquals(List.of("WARNING:off-period-promotion"),
                codesOf(MutationKind.PROMOTED, LocalDate.of(2023, 12, 1), promotionTo(Golongan.III_B, LocalDate.of(2023, 12, 1))),
                "before 2024 only 1 April and 1 October");
        assertEquals(List.of(), codesOf(MutationKind.PROMOTED, LocalDate.of(2024, 12, 1), promotionTo(Golongan.III_B, LocalDate.of(2024, 12, 1))),
                "1 December is a period day under Peraturan BKN 4/2023");
    }

    @Test
    void shouldOnlyConfirmACpnsAndWarnOnAShortProbation() {
        cpns();
        assertEquals(List.of("WARNING:short-probation"), codesOf(MutationKind.PNS_CONFIRMED, LocalDate.of(2010, 6, 1),
                StateChange.NONE.withKind(EmployeeKind.PNS)));
        with(MutationKind.PNS_CONFIRMED, LocalDate.of(2011, 1, 1), StateChange.NONE.withKind(EmployeeKind.PNS));
        assertEquals(List.of("ERROR:not-cpns"), codesOf(MutationKind.PNS_CONFIRMED, LocalDate.of(2012, 1, 1),
                StateChange.NONE.withKind(EmployeeKind.PNS)));
    }

    @Test
    void shouldTreatAGolonganOutsideTheEselonRangeAsConfigured() {
        cpns().with(MutationKind.PNS_CONFIRMED, LocalDate.of(2011, 1, 1), StateChange.NONE.withKind(EmployeeKind.PNS));
        Position eselonIIIa = new Position(JenisJabatan.STRUKTURAL, Eselon.III_A, "J-1", "Kepala Bidang", null, PositionGroup.LAINNYA,
                BupCategory.ADMINISTRATION.name());
        StateChange appointment = StateChange.NONE.withPosition(eselonIIIa);

        assertEquals(List.of("WARNING:rank-outside-range"), codesOf(MutationKind.POSITION_CHANGED, LocalDate.of(2015, 1, 1), appointment));
        List<Finding> strict = new MutationPolicy(MutationPolicy.RankRangeCheck.REFUSE, BupAgeTable.STATUTORY).check(Timeline.of(history),
                Effect.of(UUID.randomUUID(), MutationKind.POSITION_CHANGED, LocalDate.of(2015, 1, 1), 99, appointment, AGENCY), TODAY, null);
        assertEquals("rank-outside-range", strict.get(0).code());
        assertTrue(strict.get(0).isError());
        assertTrue(strict.get(0).message().contains("III.a"), strict.get(0).message());
    }

    @Test
    void shouldRefuseAppointingSomeoneAlreadyEmployedButAllowAReturnAfterLeaving() {
        cpns();
        StateChange transferIn = StateChange.NONE.withKind(EmployeeKind.PNS).withKedudukanHukum(KedudukanHukum.AKTIF).withUnit(UNIT);
        assertEquals(List.of("ERROR:already-employed"), codesOf(MutationKind.TRANSFERRED_IN, LocalDate.of(2015, 1, 1), transferIn));
        with(MutationKind.TRANSFERRED_OUT, LocalDate.of(2016, 1, 1), StateChange.NONE.withSeparation(Separation.TRANSFERRED_OUT));
        assertEquals(List.of(), codesOf(MutationKind.TRANSFERRED_IN, LocalDate.of(2020, 1, 1), transferIn));
    }

    @Test
    void shouldGuardPppkContractsAndStatuses() {
        cpns();
        assertEquals(List.of("ERROR:not-pppk"), codesOf(MutationKind.PPPK_CONTRACT_EXTENDED, LocalDate.of(2020, 1, 1),
                StateChange.NONE.withContractEnd(LocalDate.of(2030, 1, 1))));
        assertEquals(List.of("ERROR:same-status"), codesOf(MutationKind.STATUS_CHANGED, LocalDate.of(2020, 1, 1),
                StateChange.NONE.withKedudukanHukum(KedudukanHukum.AKTIF)));
        assertEquals(List.of("ERROR:separation-as-status"), codesOf(MutationKind.STATUS_CHANGED, LocalDate.of(2020, 1, 1),
                StateChange.NONE.withKedudukanHukum(KedudukanHukum.fromSiasnId("99"))));
    }

    @Test
    void shouldExtendTheBupOfAPnsBeyondTheRegularTmtPensiunAndAnEarlierExtensionOnly() {
        LocalDate regular = LocalDate.of(2027, 6, 1);
        cpns().with(MutationKind.PNS_CONFIRMED, LocalDate.of(2011, 1, 1), StateChange.NONE.withKind(EmployeeKind.PNS))
                .with(MutationKind.POSITION_CHANGED, LocalDate.of(2015, 1, 1), StateChange.NONE.withPosition(new Position(JenisJabatan.FUNGSIONAL_UMUM,
                        null, "J-2", "Analis Kepegawaian", null, PositionGroup.LAINNYA, BupCategory.ADMINISTRATION.name())));

        assertEquals(List.of(), codesOf(MutationKind.BUP_EXTENDED, regular, StateChange.NONE.withBupExtendedUntil(regular.plusYears(2))));
        assertEquals(List.of("ERROR:bup-not-extended"), codesOf(MutationKind.BUP_EXTENDED, TODAY,
                StateChange.NONE.withBupExtendedUntil(regular)));
        with(MutationKind.BUP_EXTENDED, regular, StateChange.NONE.withBupExtendedUntil(regular.plusYears(1)));
        assertEquals(List.of("ERROR:bup-not-extended"), codesOf(MutationKind.BUP_EXTENDED, regular.plusMonths(1),
                StateChange.NONE.withBupExtendedUntil(regular.plusYears(1))));
        assertEquals(List.of(), codesOf(MutationKind.BUP_EXTENDED, regular.plusMonths(1), StateChange.NONE.withBupExtendedUntil(regular.plusYears(2))));
    }

    @Test
    void shouldRefuseToExtendTheBupOfAPppkOrOfSomeoneWhoLeft() {
        with(MutationKind.PPPK_APPOINTED, LocalDate.of(2024, 3, 1), StateChange.NONE.withKind(EmployeeKind.PPPK)
                .withKedudukanHukum(KedudukanHukum.fromSiasnId("71")).withContractEnd(LocalDate.of(2029, 2, 28)));
        assertEquals(List.of("ERROR:pppk-bup-not-extended"), codesOf(MutationKind.BUP_EXTENDED, LocalDate.of(2026, 1, 1),
                StateChange.NONE.withBupExtendedUntil(LocalDate.of(2030, 1, 1))));
        history.clear();
        cpns().with(MutationKind.RETIRED, LocalDate.of(2025, 6, 1), StateChange.NONE.withSeparation(Separation.RETIRED_APS));
        assertEquals(List.of("ERROR:employee-separated"), codesOf(MutationKind.BUP_EXTENDED, LocalDate.of(2026, 1, 1),
                StateChange.NONE.withBupExtendedUntil(LocalDate.of(2030, 1, 1))));
    }

    /** A PPPK pelaksana (BUP category ADMINISTRATION) appointed on 1 March 2024 with a contract to the end of February 2029. */
    private MutationPolicyTest pppkPelaksana() {
        return with(MutationKind.PPPK_APPOINTED, LocalDate.of(2024, 3, 1), StateChange.NONE.withKind(EmployeeKind.PPPK)
                .withKedudukanHukum(KedudukanHukum.fromSiasnId("71")).withContractEnd(LocalDate.of(2027, 2, 28))
                .withPosition(new Position(JenisJabatan.FUNGSIONAL_UMUM, null, "J-3", "Pengadministrasi Umum", null, PositionGroup.LAINNYA,
                        BupCategory.ADMINISTRATION.name())));
    }

    @Test
    void shouldEndAPppkContractAtBupAtTheLatest() {
        // born 20 May 1969, BUP 58: reaches it on 20 May 2027, TMT pensiun 1 June 2027, so the last contract day is 31 May 2027
        pppkPelaksana();
        assertEquals(List.of(), codesOf(MutationKind.PPPK_CONTRACT_EXTENDED, LocalDate.of(2027, 3, 1),
                StateChange.NONE.withContractEnd(LocalDate.of(2027, 5, 31))));
        List<Finding> beyond = policy.check(Timeline.of(history), Effect.of(UUID.randomUUID(), MutationKind.PPPK_CONTRACT_EXTENDED,
                LocalDate.of(2027, 3, 1), 99, StateChange.NONE.withContractEnd(LocalDate.of(2027, 6, 1)), AGENCY), TODAY, BIRTH);
        assertEquals(List.of("ERROR:contract-beyond-bup"), beyond.stream().map(f -> f.severity() + ":" + f.code()).toList());
        assertTrue(beyond.get(0).message().contains("2027-05-31 at the latest") && beyond.get(0).message().contains("BUP 58"),
                beyond.get(0).message());
        // an appointment's contract end too; a registration (a SIASN export) is recorded as it came, with a warning
        history.clear();
        StateChange appointment = StateChange.NONE.withKind(EmployeeKind.PPPK).withKedudukanHukum(KedudukanHukum.fromSiasnId("71"))
                .withContractEnd(LocalDate.of(2030, 2, 28)).withPosition(new Position(JenisJabatan.FUNGSIONAL_UMUM, null, "J-3",
                        "Pengadministrasi Umum", null, PositionGroup.LAINNYA, BupCategory.ADMINISTRATION.name()));
        assertEquals(List.of("ERROR:contract-beyond-bup"), codesOf(MutationKind.PPPK_APPOINTED, LocalDate.of(2024, 3, 1), appointment));
        assertEquals(List.of("WARNING:contract-beyond-bup"), codesOf(MutationKind.EMPLOYEE_REGISTERED, LocalDate.of(2024, 3, 1), appointment));
    }

    @Test
    void shouldCheckBupAgainstTheRulesRetirementServicePublished() {
        // a rule set that raises the administrators' BUP to 60 for those born from 1969: regular TMT pensiun 1 June 2029
        BupAgeTable raised = BupAgeTable.of(new BupRulesPublished(List.of(
                new BupRulesPublished.Range("ADMINISTRATION", null, LocalDate.of(1969, 1, 1), 58, UUID.randomUUID(), "PP 11/2017"),
                new BupRulesPublished.Range("ADMINISTRATION", LocalDate.of(1969, 1, 1), null, 60, UUID.randomUUID(), "PP 99/2026"))));
        MutationPolicy underRaised = new MutationPolicy(MutationPolicy.RankRangeCheck.WARN, raised);
        pppkPelaksana();
        List<Finding> contract = underRaised.check(Timeline.of(history), Effect.of(UUID.randomUUID(), MutationKind.PPPK_CONTRACT_EXTENDED,
                LocalDate.of(2027, 3, 1), 99, StateChange.NONE.withContractEnd(LocalDate.of(2029, 5, 31)), AGENCY), TODAY, BIRTH);
        assertEquals(List.of(), contract, "under the raised BUP the contract may run to 31 May 2029");
        history.clear();
        cpns().with(MutationKind.POSITION_CHANGED, LocalDate.of(2015, 1, 1), StateChange.NONE.withPosition(new Position(JenisJabatan.FUNGSIONAL_UMUM,
                null, "J-2", "Analis Kepegawaian", null, PositionGroup.LAINNYA, BupCategory.ADMINISTRATION.name())));
        List<Finding> extension = underRaised.check(Timeline.of(history), Effect.of(UUID.randomUUID(), MutationKind.BUP_EXTENDED,
                LocalDate.of(2026, 1, 1), 99, StateChange.NONE.withBupExtendedUntil(LocalDate.of(2028, 6, 1)), AGENCY), TODAY, BIRTH);
        assertEquals(List.of("bup-not-extended"), extension.stream().map(Finding::code).toList(),
                "1 June 2028 extends the statutory BUP 58 but not the BUP 60 now in force");
        assertTrue(extension.get(0).message().contains("regular TMT pensiun is 2029-06-01 (BUP 60, ") && extension.get(0).message().contains("PP 99/2026"),
                extension.get(0).message());
    }

    @Test
    void shouldRefuseTmtsFarInTheFutureOrPast() {
        cpns();
        assertEquals(List.of("ERROR:tmt-out-of-range"), codesOf(MutationKind.UNIT_TRANSFERRED, TODAY.plusYears(2), StateChange.NONE.withUnit(UUID.randomUUID())));
        assertEquals(List.of(), codesOf(MutationKind.UNIT_TRANSFERRED, TODAY.plusMonths(1), StateChange.NONE.withUnit(UUID.randomUUID())));
    }
}
