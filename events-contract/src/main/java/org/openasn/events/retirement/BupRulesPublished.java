package org.openasn.events.retirement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The BUP rules now recorded, as a decision table: for each position category (asn-reference {@code BupCategory}),
 * consecutive ranges of birth dates and the retirement age that applies to each. Published by retirement-service
 * whenever a rule set version is recorded (and once when it first starts), so that other services can tell anyone's TMT
 * pensiun from their birth date and BUP category without a message per employee: reporting-service counts headcounts by
 * BUP year with it. Each event replaces the previous one whole. The subject is {@link #SUBJECT}, the agency
 * {@link #NATIONAL}: the rules apply to every agency.
 *
 * @param ranges every category's ranges; together the ranges of a category cover every birth date without overlap
 */
public record BupRulesPublished(List<Range> ranges) {

    /** The events' subject (and Kafka key): one stream of versions. */
    public static final String SUBJECT = "bup-rules";
    /** The events' agency: the rules are national. */
    public static final String NATIONAL = "NASIONAL";

    /** The range of {@code bupCategory} (a {@code BupCategory} name) that holds {@code birthDate}: the rule that applies. */
    public Optional<Range> rangeFor(String bupCategory, LocalDate birthDate) {
        return ranges.stream().filter(r -> r.bupCategory().equals(bupCategory) && r.holds(birthDate)).findFirst();
    }

    /**
     * Employees of {@code bupCategory} born in {@code [bornFrom, bornBefore)} retire at {@code age} under rule set
     * {@code ruleSetId}.
     *
     * @param bornFrom         the first birth date of the range; {@code null}: no lower bound
     * @param bornBefore       the first birth date after the range; {@code null}: no upper bound
     * @param reachedNotBefore the day before which BUP does not count as reached (retirement-service's decision 40: a
     *                         rule set that lowers an age retires nobody before it takes effect): the rule set's effective
     *                         date; the TMT pensiun is the first day of the month after the later of this day and the day
     *                         the age is reached (asn-reference {@code TmtPensiun.of(birthDate, age, reachedNotBefore)}).
     *                         {@code null}: no such day, for the earliest rule set and in events published before it was added
     */
    public record Range(String bupCategory, LocalDate bornFrom, LocalDate bornBefore, int age, UUID ruleSetId, String legalBasis,
                        LocalDate reachedNotBefore) {

        /** A range without {@code reachedNotBefore}, as published before it was added. */
        public Range(String bupCategory, LocalDate bornFrom, LocalDate bornBefore, int age, UUID ruleSetId, String legalBasis) {
            this(bupCategory, bornFrom, bornBefore, age, ruleSetId, legalBasis, null);
        }

        /** Whether {@code birthDate} is in {@code [bornFrom, bornBefore)}. */
        public boolean holds(LocalDate birthDate) {
            return (bornFrom == null || !birthDate.isBefore(bornFrom)) && (bornBefore == null || birthDate.isBefore(bornBefore));
        }
    }
}
