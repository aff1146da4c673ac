package org.openasn.retirement.bup.domain;

import org.openasn.reference.position.BupCategory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of the BUP rules: the retirement age of every {@link BupCategory}, in force from
 * {@code effectiveFrom} until the next version's date, with the regulation it rests on. A policy change is a
 * new version, never an edit. Cannot exist incomplete or with an age outside {@value #MIN_AGE}–{@value #MAX_AGE}.
 *
 * @param id            the version's identity
 * @param effectiveFrom the first day on which the version applies
 * @param legalBasis    the regulation(s), such as "PP 11/2017 jo. PP 17/2020"
 * @param ages          the BUP age of each category; every category present
 */
public record BupRuleSet(UUID id, LocalDate effectiveFrom, String legalBasis, Map<BupCategory, Integer> ages) {

    /** The lowest BUP age a rule may set. */
    public static final int MIN_AGE = 50;
    /** The highest BUP age a rule may set. */
    public static final int MAX_AGE = 75;

    public BupRuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new IllegalArgumentException("a BUP rule set needs its legal basis");
        }
        Objects.requireNonNull(ages, "ages");
        List<String> problems = problems(ages);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid BUP rule set effective " + effectiveFrom + ": " + String.join("; ", problems));
        }
        ages = Collections.unmodifiableMap(new EnumMap<>(ages));
    }

    /** What is wrong with a category → age table: each missing category and each age out of range; empty when valid. */
    public static List<String> problems(Map<BupCategory, Integer> ages) {
        List<String> problems = new ArrayList<>();
        for (BupCategory category : BupCategory.values()) {
            Integer age = ages.get(category);
            if (age == null) {
                problems.add(category + " has no BUP age");
            } else if (!isValidAge(age)) {
                problems.add(category + " BUP age " + age + " is outside " + MIN_AGE + "–" + MAX_AGE);
            }
        }
        return problems;
    }

    public static boolean isValidAge(int age) {
        return age >= MIN_AGE && age <= MAX_AGE;
    }

    /** The BUP age of a category under this version. */
    public int ageOf(BupCategory category) {
        return ages.get(Objects.requireNonNull(category, "category"));
    }

    /** Whether this version is in force on {@code date}, given the date the next version starts ({@code null}: none). */
    public boolean inForceOn(LocalDate date, LocalDate nextEffectiveFrom) {
        return !date.isBefore(effectiveFrom) && (nextEffectiveFrom == null || date.isBefore(nextEffectiveFrom));
    }
}
