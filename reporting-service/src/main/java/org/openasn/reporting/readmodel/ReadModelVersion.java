package org.openasn.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Changes whenever a committed event changes the read model: every employee event inserts period rows and every unit
 * event a unit row, both numbered by sequences that are never restarted (a rebuild's TRUNCATE keeps them). Read from
 * committed rows, not from the sequences, so that a version is never seen before the change it stands for; read again
 * only after {@link ReadModelChanges} heard of a change.
 */
@ApplicationScoped
public class ReadModelVersion {

    @Inject
    EntityManager em;
    @Inject
    ReadModelChanges changes;

    private record Known(long generation, long version) {
    }

    private volatile Known known;

    /** The newest period id, unit row number and BUP rules version, mixed into one number. */
    public long current() {
        long generation = changes.generation();
        Known last = known;
        if (last != null && last.generation() == generation) {
            return last.version();
        }
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT (SELECT coalesce(max(id), 0) FROM employee_period), (SELECT coalesce(max(seq), 0) FROM org_unit), "
                        + "(SELECT coalesce(max(id), 0) FROM bup_rules)").getSingleResult();
        long version = (((Number) row[0]).longValue() * 1_000_000_007L + ((Number) row[1]).longValue()) * 1_000_000_007L
                + ((Number) row[2]).longValue();
        known = new Known(generation, version);
        return version;
    }
}
