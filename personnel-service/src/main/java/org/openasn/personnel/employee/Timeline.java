package org.openasn.personnel.employee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An employee's effective-dated history, folded from their effects in TMT order. What was known at an earlier
 * time is the fold of the effects recorded (and not yet voided) by then: the caller picks the effects, this
 * class only folds, so the same rule answers "as of a date" and "as known on a date".
 */
public final class Timeline {

    private final List<Period> periods;

    private Timeline(List<Period> periods) {
        this.periods = List.copyOf(periods);
    }

    public static Timeline of(Collection<Effect> effects) {
        List<Effect> ordered = effects.stream()
                .sorted(Comparator.comparing(Effect::tmt).thenComparingLong(Effect::order))
                .toList();
        List<Period> periods = new ArrayList<>();
        EmploymentState state = EmploymentState.UNKNOWN;
        String instansi = null;
        int i = 0;
        while (i < ordered.size()) {
            LocalDate tmt = ordered.get(i).tmt();
            Effect last = null;
            while (i < ordered.size() && ordered.get(i).tmt().equals(tmt)) {
                last = ordered.get(i);
                state = last.applyTo(state);
                if (instansi == null || last.scope() == Effect.Scope.APPOINTMENT) {
                    instansi = last.instansi();
                }
                i++;
            }
            if (!periods.isEmpty()) {
                Period previous = periods.remove(periods.size() - 1);
                periods.add(new Period(previous.validFrom(), tmt, previous.state(), previous.causeMutationId(), previous.cause(),
                        previous.instansi()));
            }
            periods.add(new Period(tmt, null, state, last.mutationId(), last.kind(), instansi));
        }
        return new Timeline(periods);
    }

    public List<Period> periods() {
        return periods;
    }

    public boolean isEmpty() {
        return periods.isEmpty();
    }

    /** The period in force on {@code date}; empty before the first TMT. */
    public Optional<Period> periodAt(LocalDate date) {
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (periods.get(i).covers(date)) {
                return Optional.of(periods.get(i));
            }
        }
        return Optional.empty();
    }

    public EmploymentState stateAt(LocalDate date) {
        return periodAt(date).map(Period::state).orElse(EmploymentState.UNKNOWN);
    }

    /** The first TMT: the start of employment (TMT CPNS, TMT PPPK or the TMT of a transfer in). */
    public Optional<LocalDate> start() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(0).validFrom());
    }

    /** The day the employee left, if the last period is a separation. */
    public Optional<Period> separation() {
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        Period last = periods.get(periods.size() - 1);
        return last.state().separation() != null ? Optional.of(last) : Optional.empty();
    }
}
