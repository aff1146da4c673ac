package org.openasn.retirement.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openasn.retirement.bup.BupRuleVersion;
import org.openasn.retirement.bup.domain.BupRuleSet;
import org.openasn.retirement.bup.domain.RetirementRule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Recomputes every employee's BUP and TMT pensiun after a rule change, in one set-based UPDATE built from the
 * decision table of the versions now recorded. Rows whose deciding version and age stay the same are not written (the
 * version also fixes the day before which BUP does not count as reached, its effective date). A recorded
 * BUP extension later than the TMT pensiun the new rules give stays the TMT pensiun.
 */
@ApplicationScoped
public class ProjectionRecompute {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;

    /** Recomputes under the versions now recorded, in the caller's transaction; returns how many projections changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeAll() {
        List<BupRuleSet> versions = BupRuleVersion.ruleSets();
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(updateOf("retirement_projection"))) {
            int next = DecisionTableSql.bind(connection, update, 1, RetirementRule.decisionTable(versions));
            update.setTimestamp(next, Timestamp.from(clock.instant()));
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recomputing the projections failed", e);
        }
    }

    /**
     * The recomputation's statement for a table laid out like {@code retirement_projection}: the decision table's
     * parameters ({@link DecisionTableSql#bind}), then the time written to {@code updated_at}.
     */
    public static String updateOf(String table) {
        return "WITH " + DecisionTableSql.CTE + " UPDATE " + table + " p SET bup_age = d.age, rule_set_id = d.version_id, "
                + "legal_basis = d.legal_basis, bup_date = " + DecisionTableSql.BUP_DATE + ", bup_deferred_to = " + DecisionTableSql.BUP_DEFERRED_TO
                + ", tmt_pensiun = greatest(p.bup_extended_until, " + DecisionTableSql.TMT_PENSIUN + ")"
                + ", updated_at = ? FROM decision d WHERE " + DecisionTableSql.MATCH
                + " AND (p.rule_set_id IS DISTINCT FROM d.version_id OR p.bup_age IS DISTINCT FROM d.age)";
    }
}
