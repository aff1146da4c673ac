package org.openasn.demo;

import java.util.EnumMap;
import java.util.Map;
import org.openasn.reference.position.BupCategory;

/**
 * The retirement ages (batas usia pensiun) the generator keeps everyone under and from which it lists who retires
 * when: PP 11/2017 as amended by PP 17/2020 (58 administration, ahli pertama/muda and keterampilan; 60 JPT and ahli
 * madya; 65 ahli utama), UU 14/2005 (guru 60, dosen 65, profesor 70), UU 11/2019 art. 43 for peneliti and
 * perekayasa ahli utama (70). The retirement service owns the versioned rule set; this is the demo's own copy so
 * that its expected retirements are computed independently of the code under test.
 */
final class Bup {

    private static final Map<BupCategory, Integer> AGES = new EnumMap<>(BupCategory.class);

    static {
        AGES.put(BupCategory.ADMINISTRATION, 58);
        AGES.put(BupCategory.EXPERT_FIRST, 58);
        AGES.put(BupCategory.EXPERT_JUNIOR, 58);
        AGES.put(BupCategory.SKILLED, 58);
        AGES.put(BupCategory.SENIOR_LEADERSHIP, 60);
        AGES.put(BupCategory.EXPERT_MIDDLE, 60);
        AGES.put(BupCategory.TEACHER, 60);
        AGES.put(BupCategory.EXPERT_MAIN, 65);
        AGES.put(BupCategory.LECTURER, 65);
        AGES.put(BupCategory.RESEARCHER_ENGINEER_MAIN, 70);
        AGES.put(BupCategory.PROFESSOR, 70);
    }

    private Bup() {
    }

    static int age(BupCategory category) {
        return AGES.get(category);
    }

    /** TMT pensiun: the first day of the month after the month in which the employee reaches the age. */
    static long tmtPensiun(long birthEpochDay, int bupAge) {
        return Ymd.firstOfMonthPlus(Ymd.plusYears(birthEpochDay, bupAge), 1);
    }

    /** The earliest birth date still in service on {@code asOf}: reaching BUP in the month of asOf or later. */
    static long earliestBirthInService(long asOf, int bupAge) {
        // In service on asOf  <=>  TMT pensiun > asOf  <=>  the BUP birthday falls in asOf's month or later.
        long firstOfMonth = Ymd.firstOfMonthPlus(asOf, 0);
        return Ymd.plusYears(firstOfMonth, -bupAge);
    }
}
