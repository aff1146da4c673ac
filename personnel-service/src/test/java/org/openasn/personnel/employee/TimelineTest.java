package org.openasn.personnel.employee;

import org.junit.jupiter.api.Test;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.status.KedudukanHukum;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineTest {

    private static final UUID UNIT_A = UUID.randomUUID();
    private static final UUID UNIT_B = UUID.randomUUID();
    private static final String AGENCY = "D110";
    private static final String OTHER_AGENCY = "D120";

    private static Effect appointed(LocalDate tmt) {
        return Effect.of(UUID.randomUUID(), MutationKind.CPNS_APPOINTED, tmt, 1, StateChange.NONE
                .withKind(EmployeeKind.CPNS).withKedudukanHukum(KedudukanHukum.AKTIF).withGolongan(Golongan.III_A, tmt).withUnit(UNIT_A), AGENCY);
    }

    private static Effect effect(MutationKind kind, LocalDate tmt, long order, StateChange change) {
        return effect(kind, tmt, order, change, AGENCY);
    }

    private static Effect effect(MutationKind kind, LocalDate tmt, long order, StateChange change, String recordedIn) {
        return Effect.of(UUID.randomUUID(), kind, tmt, order, change, recordedIn);
    }

    @Test
    void shouldAnswerTheOldGolonganBeforeAPromotionAndTheNewOneFromItsTmt() {
        Timeline timeline = Timeline.of(List.of(appointed(LocalDate.of(2010, 1, 1)),
                effect(MutationKind.PROMOTED, LocalDate.of(2014, 4, 1), 2, StateChange.NONE.withGolongan(Golongan.III_B, LocalDate.of(2014, 4, 1)))));

        assertEquals(Golongan.III_A, timeline.stateAt(LocalDate.of(2014, 3, 31)).golongan());
        assertEquals(Golongan.III_B, timeline.stateAt(LocalDate.of(2014, 4, 1)).golongan());
        assertEquals(LocalDate.of(2014, 4, 1), timeline.periods().get(0).validTo());
        assertNull(timeline.periods().get(1).validTo());
        assertEquals(MutationKind.PROMOTED, timeline.periods().get(1).cause());
    }

    @Test
    void shouldKnowNothingBeforeTheFirstTmt() {
        Timeline timeline = Timeline.of(List.of(appointed(LocalDate.of(2010, 1, 1))));

        assertTrue(timeline.periodAt(LocalDate.of(2009, 12, 31)).isEmpty());
        assertEquals(EmploymentState.UNKNOWN, timeline.stateAt(LocalDate.of(2009, 12, 31)));
        assertEquals(LocalDate.of(2010, 1, 1), timeline.start().orElseThrow());
    }

    @Test
    void shouldSlotABackdatedPromotionUnderALaterTransferWithoutUndoingIt() {
        Effect transfer = effect(MutationKind.UNIT_TRANSFERRED, LocalDate.of(2025, 12, 1), 2, StateChange.NONE.withUnit(UNIT_B));
        Effect lateRecordedPromotion = effect(MutationKind.PROMOTED, LocalDate.of(2025, 10, 1), 3,
                StateChange.NONE.withGolongan(Golongan.III_B, LocalDate.of(2025, 10, 1)));

        Timeline timeline = Timeline.of(List.of(appointed(LocalDate.of(2010, 1, 1)), transfer, lateRecordedPromotion));

        EmploymentState november = timeline.stateAt(LocalDate.of(2025, 11, 15));
        assertEquals(Golongan.III_B, november.golongan());
        assertEquals(UNIT_A, november.unitId());
        EmploymentState december = timeline.stateAt(LocalDate.of(2025, 12, 31));
        assertEquals(Golongan.III_B, december.golongan());
        assertEquals(UNIT_B, december.unitId());
        assertEquals(3, timeline.periods().size());
    }

    @Test
    void shouldLetTheLaterRecordedOfTwoEffectsOnOneDayWin() {
        LocalDate day = LocalDate.of(2020, 4, 1);
        Effect first = effect(MutationKind.PROMOTED, day, 5, StateChange.NONE.withGolongan(Golongan.III_C, day));
        Effect second = effect(MutationKind.DATA_CORRECTED, day, 9, StateChange.NONE.withGolongan(Golongan.III_B, day));

        Timeline timeline = Timeline.of(List.of(second, appointed(LocalDate.of(2010, 1, 1)), first));

        assertEquals(Golongan.III_B, timeline.stateAt(day).golongan());
        assertEquals(second.mutationId(), timeline.periodAt(day).orElseThrow().causeMutationId());
    }

    @Test
    void shouldEndEmploymentAtASeparationAndStartAfreshAtAReappointment() {
        Effect out = effect(MutationKind.TRANSFERRED_OUT, LocalDate.of(2018, 1, 1), 2, StateChange.NONE.withSeparation(Separation.TRANSFERRED_OUT));
        Effect backIn = effect(MutationKind.TRANSFERRED_IN, LocalDate.of(2022, 1, 1), 3, StateChange.NONE.withKind(EmployeeKind.PNS)
                .withKedudukanHukum(KedudukanHukum.AKTIF).withGolongan(Golongan.III_C, LocalDate.of(2021, 4, 1)).withUnit(UNIT_B));

        Timeline timeline = Timeline.of(List.of(appointed(LocalDate.of(2010, 1, 1)), out, backIn));

        assertTrue(timeline.stateAt(LocalDate.of(2017, 12, 31)).inService());
        EmploymentState away = timeline.stateAt(LocalDate.of(2019, 6, 1));
        assertEquals(Separation.TRANSFERRED_OUT, away.separation());
        assertTrue(!away.inService() && !away.employed());
        EmploymentState back = timeline.stateAt(LocalDate.of(2022, 1, 1));
        assertNull(back.separation());
        assertTrue(back.inService());
        assertEquals(UNIT_B, back.unitId());
        assertTrue(timeline.separation().isEmpty());
    }

    @Test
    void shouldGiveThePeriodsFromATransferInOnTheTransferOutsTmtToTheNewAgencyAndKeepTheEarlierOnesWithTheOld() {
        LocalDate transfer = LocalDate.of(2026, 3, 1);
        Effect out = effect(MutationKind.TRANSFERRED_OUT, transfer, 2, StateChange.NONE.withSeparation(Separation.TRANSFERRED_OUT));
        Effect in = effect(MutationKind.TRANSFERRED_IN, transfer, 3, StateChange.NONE.withKind(EmployeeKind.PNS)
                .withKedudukanHukum(KedudukanHukum.AKTIF).withGolongan(Golongan.III_B, LocalDate.of(2024, 4, 1)).withUnit(UNIT_B), OTHER_AGENCY);
        // recorded by the new agency, but a change within the old employment: it stays the old agency's
        Effect lateStep = effect(MutationKind.SALARY_STEP_GRANTED, LocalDate.of(2025, 1, 1), 4,
                StateChange.NONE.withMasaKerja(new MasaKerja(14, 0)), OTHER_AGENCY);
        Effect promotion = effect(MutationKind.PROMOTED, LocalDate.of(2026, 4, 1), 5,
                StateChange.NONE.withGolongan(Golongan.III_C, LocalDate.of(2026, 4, 1)), OTHER_AGENCY);

        Timeline timeline = Timeline.of(List.of(appointed(LocalDate.of(2010, 1, 1)), out, in, lateStep, promotion));

        assertEquals(List.of(AGENCY, AGENCY, OTHER_AGENCY, OTHER_AGENCY), timeline.periods().stream().map(Period::instansi).toList());
        assertEquals(transfer, timeline.periods().get(1).validTo());
        assertEquals(MutationKind.TRANSFERRED_IN, timeline.periods().get(2).cause());
        assertTrue(timeline.stateAt(transfer).inService());
        assertEquals(UNIT_B, timeline.stateAt(transfer).unitId());
    }
}
