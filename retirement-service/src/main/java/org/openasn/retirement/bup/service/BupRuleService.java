package org.openasn.retirement.bup.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.problem.NotFoundProblem;
import org.openasn.commons.problem.Problem;
import org.openasn.commons.time.Wib;
import org.openasn.retirement.bup.BupRuleVersion;
import org.openasn.retirement.bup.domain.BupRuleSet;
import org.openasn.retirement.projection.ProjectionRecompute;
import org.openasn.retirement.projection.RetirementDueJob;
import org.openasn.reference.position.BupCategory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the BUP rule set versions and records new ones (a policy change from a date). */
@ApplicationScoped
public class BupRuleService {

    @Inject
    Clock clock;
    @Inject
    Validator validator;
    @Inject
    EntityManager em;
    @Inject
    ProjectionRecompute recompute;
    @Inject
    BupRulesPublication publication;
    @Inject
    RetirementDueJob dueJob;

    /**
     * Records a new version, recomputes every employee's projection under it and publishes the rules, in one transaction;
     * then announces the retirements the new rules made due (a version may take effect in the past, and move someone's
     * TMT pensiun to a day already come), as the nightly run would, so that personnel records them now. Every invalid
     * field is reported at once (bean constraints and the rules of a rule set together), so the constraints are
     * checked here rather than by {@code @Valid} on the parameter.
     */
    public BupRuleVersion add(@NotNull AddBupRuleSet command, @NotNull String recordedBy) {
        BupRuleVersion version = QuarkusTransaction.requiringNew().call(() -> record(command, recordedBy));
        dueJob.emitDue();
        return version;
    }

    private BupRuleVersion record(AddBupRuleSet command, String recordedBy) {
        // one writer at a time, so that "after the latest version" holds when two admins post together
        em.createNativeQuery("LOCK TABLE bup_rule_version IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
        BupRuleSet rules = validated(command, true);
        BupRuleVersion version = new BupRuleVersion();
        version.id = rules.id();
        version.effectiveFrom = rules.effectiveFrom();
        version.legalBasis = rules.legalBasis();
        version.description = command.description() == null || command.description().isBlank() ? null : command.description().strip();
        version.recordedAt = clock.instant();
        version.recordedBy = recordedBy;
        version.ages.putAll(rules.ages());
        version.persist();
        recompute.recomputeAll();
        publication.publishRecorded();
        return version;
    }

    /**
     * The versions as they would be with {@code command} in force from its date (a what-if): the recorded versions, with
     * the simulated one replacing any that starts on the same day. Nothing is written.
     */
    @Transactional
    public List<BupRuleSet> simulate(@NotNull AddBupRuleSet command) {
        BupRuleSet simulated = validated(command, false);
        List<BupRuleSet> versions = new ArrayList<>(BupRuleVersion.ruleSets().stream()
                .filter(v -> !v.effectiveFrom().equals(simulated.effectiveFrom())).toList());
        versions.add(simulated);
        versions.sort(Comparator.comparing(BupRuleSet::effectiveFrom));
        return versions;
    }

    /** The command as a rule set, or a 400 listing every invalid field; {@code afterLatest}: must follow every recorded version. */
    private BupRuleSet validated(AddBupRuleSet command, boolean afterLatest) {
        List<Problem.Violation> violations = new ArrayList<>();
        validator.validate(command).forEach(v -> violations.add(new Problem.Violation(v.getPropertyPath().toString(), v.getMessage())));
        Map<BupCategory, Integer> ages = command.rules() == null ? Map.of() : ages(command.rules(), violations);
        if (afterLatest && command.effectiveFrom() != null) {
            BupRuleVersion.latest().filter(latest -> !command.effectiveFrom().isAfter(latest.effectiveFrom)).ifPresent(latest ->
                    violations.add(new Problem.Violation("effectiveFrom", "must be after " + latest.effectiveFrom
                            + ", the effective date of the latest BUP rule set (" + latest.id + ")")));
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Problem.Violation::field));
            throw new InvalidInput(violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")), violations);
        }
        return new BupRuleSet(UUID.randomUUID(), command.effectiveFrom(), command.legalBasis().strip(), ages);
    }

    /** Every version, oldest first. */
    public List<BupRuleVersion> list() {
        return BupRuleVersion.listByEffectiveDate();
    }

    public BupRuleVersion get(UUID id) {
        return BupRuleVersion.<BupRuleVersion>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundProblem("No BUP rule set " + id + "."));
    }

    /** The version in force on {@code date}, or today (by the injected clock) when {@code date} is absent. */
    public BupRuleVersion inForceOn(Optional<LocalDate> date) {
        LocalDate asOf = date.orElseGet(() -> Wib.today(clock));
        return BupRuleVersion.inForceOn(asOf).orElseThrow(() -> new NotFoundProblem("No BUP rule set is in force on " + asOf
                + BupRuleVersion.earliest().map(e -> "; the earliest takes effect on " + e.effectiveFrom + ".").orElse(".")));
    }

    /** Each known category's age; an unknown key, a missing category or an age out of range is a violation. */
    private static Map<BupCategory, Integer> ages(Map<String, Integer> rules, List<Problem.Violation> violations) {
        Map<BupCategory, Integer> ages = new EnumMap<>(BupCategory.class);
        rules.forEach((key, age) -> {
            Optional<BupCategory> category = Arrays.stream(BupCategory.values()).filter(c -> c.name().equals(key)).findFirst();
            if (category.isEmpty()) {
                violations.add(new Problem.Violation("rules." + key, "unknown position category; known: "
                        + Arrays.stream(BupCategory.values()).map(Enum::name).collect(Collectors.joining(", "))));
            } else if (age == null) {
                violations.add(new Problem.Violation("rules." + key, "must not be null"));
            } else if (!BupRuleSet.isValidAge(age)) {
                violations.add(new Problem.Violation("rules." + key, "must be between " + BupRuleSet.MIN_AGE + " and " + BupRuleSet.MAX_AGE));
            } else {
                ages.put(category.get(), age);
            }
        });
        for (BupCategory category : BupCategory.values()) {
            if (!rules.containsKey(category.name())) {
                violations.add(new Problem.Violation("rules." + category.name(), "missing: every position category needs a BUP age ("
                        + category.term() + ")"));
            }
        }
        return ages;
    }
}
