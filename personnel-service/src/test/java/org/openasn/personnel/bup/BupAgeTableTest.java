package org.openasn.personnel.bup;

import org.junit.jupiter.api.Test;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.events.retirement.BupRulesPublished.Range;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.retirement.TmtPensiun;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published ranges as personnel reads them: BUP under a lowered age counts as reached no earlier than the range says. */
class BupAgeTableTest {

    /** BUP of administration 60, lowered to 58 from 1 January 2030: whoever reaches 60 before then (born before 1970) keeps 60. */
    private static final BupAgeTable LOWERED = BupAgeTable.of(new BupRulesPublished(List.of(
            new Range("ADMINISTRATION", null, LocalDate.of(1970, 1, 1), 60, UUID.randomUUID(), "PP 11/2017", null),
            new Range("ADMINISTRATION", LocalDate.of(1970, 1, 1), null, 58, UUID.randomUUID(), "PP 2030", LocalDate.of(2030, 1, 1)))));

    @Test
    void shouldDeferBupToTheRulesEffectiveDateForWhoeverIsPastTheLoweredAgeThen() {
        BupAgeTable.Bup deferred = LOWERED.of(BupCategory.ADMINISTRATION, LocalDate.of(1970, 4, 15));
        assertEquals(58, deferred.age());
        assertEquals(new TmtPensiun(LocalDate.of(2028, 4, 15), LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 1)), deferred.tmtPensiun());
        assertEquals("BUP 58, " + BupCategory.ADMINISTRATION.term() + ", PP 2030, counted as reached on 2030-01-01, when the rule took effect",
                deferred.describe());

        assertEquals(new TmtPensiun(LocalDate.of(2029, 12, 31), LocalDate.of(2029, 12, 31), LocalDate.of(2030, 1, 1)),
                LOWERED.of(BupCategory.ADMINISTRATION, LocalDate.of(1969, 12, 31)).tmtPensiun(), "60 under the earlier rule, no floor");
        assertEquals(new TmtPensiun(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 1)),
                LOWERED.of(BupCategory.ADMINISTRATION, LocalDate.of(1972, 1, 1)).tmtPensiun(), "58 on the effective date: not deferred");
        assertEquals("BUP 58, " + BupCategory.ADMINISTRATION.term() + ", PP 2030",
                LOWERED.of(BupCategory.ADMINISTRATION, LocalDate.of(1972, 1, 1)).describe());
        assertEquals(new TmtPensiun(LocalDate.of(2030, 2, 28), LocalDate.of(2030, 2, 28), LocalDate.of(2030, 3, 1)),
                LOWERED.of(BupCategory.ADMINISTRATION, LocalDate.of(1972, 2, 29)).tmtPensiun());
    }

    @Test
    void shouldDeferNothingUnderRulesPublishedWithoutTheDay() {
        BupAgeTable old = BupAgeTable.of(new BupRulesPublished(List.of(
                new Range("ADMINISTRATION", LocalDate.of(1970, 1, 1), null, 58, UUID.randomUUID(), "PP 2030"))));
        assertEquals(LocalDate.of(2028, 5, 1), old.of(BupCategory.ADMINISTRATION, LocalDate.of(1970, 4, 15)).tmtPensiun().date());
    }

    @Test
    void shouldGiveTheTmtPensiunAtAnAgeAsTheRangeForThatAgeDefersIt() {
        LocalDate birth = LocalDate.of(1970, 4, 15);
        assertEquals(LocalDate.of(2030, 2, 1), LOWERED.tmtPensiunAt(BupCategory.ADMINISTRATION, birth, 58).date());
        assertEquals(LocalDate.of(2030, 5, 1), LOWERED.tmtPensiunAt(BupCategory.ADMINISTRATION, birth, 60).date(), "not the range's age: no floor");
        assertEquals(LocalDate.of(2030, 5, 1), BupAgeTable.STATUTORY.tmtPensiunAt(BupCategory.TEACHER, birth, 60).date());
    }
}
