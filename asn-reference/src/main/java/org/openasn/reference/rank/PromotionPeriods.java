package org.openasn.reference.rank;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

/**
 * The days on which a regular promotion (kenaikan pangkat reguler or pilihan) takes effect, by the rule in force on its TMT.
 * Until 31 December 2023: 1 April and 1 October (PP 99/2000 jo. PP 12/2002). From 1 January 2024: 1 February, 1 April,
 * 1 June, 1 August, 1 October and 1 December (Peraturan BKN 4/2023 on periodisasi kenaikan pangkat, art. 2). Promotions
 * anumerta and pengabdian take effect on any day under both rules. A TMT off these days is unusual, not impossible (a
 * court ruling, a correction), so callers report it as a warning.
 */
public final class PromotionPeriods {

    /** The rule in force from {@code from}: its days and the regulation that sets them. */
    private record Rule(LocalDate from, Set<MonthDay> days, String description, String legalBasis) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(LocalDate.of(2024, 1, 1), Set.of(MonthDay.of(2, 1), MonthDay.of(4, 1), MonthDay.of(6, 1), MonthDay.of(8, 1),
                    MonthDay.of(10, 1), MonthDay.of(12, 1)), "1 February, 1 April, 1 June, 1 August, 1 October or 1 December",
                    "Peraturan BKN 4/2023"),
            new Rule(LocalDate.MIN, Set.of(MonthDay.of(4, 1), MonthDay.of(10, 1)), "1 April or 1 October", "PP 99/2000 jo. PP 12/2002"));

    private PromotionPeriods() {
    }

    /** Whether a regular promotion may take effect on {@code tmt} under the rule then in force. */
    public static boolean isPeriodDay(LocalDate tmt) {
        return ruleOn(tmt).days().contains(MonthDay.from(tmt));
    }

    /** The days of the rule in force on {@code tmt} and its legal basis, e.g. "1 April or 1 October (PP 99/2000 jo. PP 12/2002)". */
    public static String describe(LocalDate tmt) {
        Rule rule = ruleOn(tmt);
        return rule.description() + " (" + rule.legalBasis() + ")";
    }

    private static Rule ruleOn(LocalDate tmt) {
        return RULES.stream().filter(r -> !tmt.isBefore(r.from())).findFirst().orElseThrow();
    }
}
