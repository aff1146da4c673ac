package org.openasn.personnel.employee;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A recorded mutation as it acts on the timeline: from {@code tmt} on, {@code change} applies.
 *
 * @param scope how it acts: its kind's scope, except for a correction, which acts as the mutation it replaces
 * @param order the recording order: of two effects on the same TMT, the later-recorded one wins
 * @param instansi the agency the mutation was recorded in (for a correction, the agency of the mutation it replaces): an
 *                 appointment, a transfer in from another agency among them, employs the employee there
 */
public record Effect(UUID mutationId, MutationKind kind, Scope scope, LocalDate tmt, long order, StateChange change, String instansi) {

    /** How an effect relates to employment. */
    public enum Scope {
        /** Starts an employment: the state is built from nothing (a re-appointment does not inherit a separation). */
        APPOINTMENT,
        /** Changes parts of the state of an employed person. */
        CHANGE,
        /** Ends the employment. */
        SEPARATION
    }

    public Effect {
        Objects.requireNonNull(mutationId, "mutationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(tmt, "tmt");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(instansi, "instansi");
    }

    /** An effect acting as its kind says. */
    public static Effect of(UUID mutationId, MutationKind kind, LocalDate tmt, long order, StateChange change, String instansi) {
        return new Effect(mutationId, kind, kind.scope(), tmt, order, change, instansi);
    }

    EmploymentState applyTo(EmploymentState state) {
        return change.applyTo(scope == Scope.APPOINTMENT ? EmploymentState.UNKNOWN : state);
    }
}
