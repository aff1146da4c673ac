package org.openasn.retirement.projection;

import org.openasn.reference.retirement.TmtPensiun;
import org.openasn.retirement.bup.domain.RetirementRule;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * {@link RetirementRule#decisionTable} as SQL, so that the set-based recomputation and the what-if simulation apply the
 * rule exactly as {@link RetirementRule#decide} does for one employee: a CTE {@code decision} bound from six arrays,
 * the condition matching a projection row {@code p} to its range {@code d}, and the BUP date and TMT pensiun computed
 * like {@link TmtPensiun} ({@link TmtPensiun#sql}). {@code RuleChangeRecomputeTest} checks the two agree on every kind of
 * birth date.
 */
public final class DecisionTableSql {

    /** The CTE {@code decision(category, born_from, born_before, version_id, age, legal_basis)}; six parameters, see {@link #bind}. */
    public static final String CTE = "decision AS (SELECT * FROM unnest(?::varchar[], ?::date[], ?::date[], ?::uuid[], ?::int[], ?::text[]) "
            + "AS t(category, born_from, born_before, version_id, age, legal_basis))";
    /** The condition matching projection row {@code p} with its decision range {@code d}. */
    public static final String MATCH = "d.category = p.bup_category AND p.birth_date >= coalesce(d.born_from, '-infinity'::date) "
            + "AND p.birth_date < coalesce(d.born_before, 'infinity'::date)";
    /** The day {@code p} reaches the BUP age of {@code d}. */
    public static final String BUP_DATE = "(p.birth_date + make_interval(years => d.age))::date";
    /** TMT pensiun: the first day of the month after that. */
    public static final String TMT_PENSIUN = TmtPensiun.sql("p.birth_date", "d.age");

    /**
     * The birth dates of {@code p} whose TMT pensiun under {@code d} falls in a window [first, end) of first days of months,
     * two date parameters: TMT pensiun is at least {@code first} exactly when the birth date + age is at least the first
     * day of the month before it, that is when the birth date is at least {@code first - 1 month - age} (a first day of
     * a month, so 29 February needs no care); the same for {@code end}. A condition on the birth date, which an index
     * can serve, in place of one on the computed TMT pensiun.
     */
    public static final String BORN_FOR_TMT_WINDOW = "p.birth_date >= (?::date - make_interval(years => d.age, months => 1))::date "
            + "AND p.birth_date < (?::date - make_interval(years => d.age, months => 1))::date";

    private DecisionTableSql() {
    }

    /** Binds the table to the six parameters of {@link #CTE} from {@code index} on; returns the next free index. */
    public static int bind(Connection connection, PreparedStatement statement, int index, List<RetirementRule.Range> table) throws SQLException {
        int n = table.size();
        String[] category = new String[n];
        Date[] from = new Date[n];
        Date[] before = new Date[n];
        Object[] version = new Object[n];
        Integer[] age = new Integer[n];
        String[] legalBasis = new String[n];
        for (int i = 0; i < n; i++) {
            RetirementRule.Range r = table.get(i);
            category[i] = r.category().name();
            from[i] = r.bornFrom() == null ? null : Date.valueOf(r.bornFrom());
            before[i] = r.bornBefore() == null ? null : Date.valueOf(r.bornBefore());
            version[i] = r.ruleSet().id();
            age[i] = r.age();
            legalBasis[i] = r.ruleSet().legalBasis();
        }
        statement.setArray(index, connection.createArrayOf("varchar", category));
        statement.setArray(index + 1, connection.createArrayOf("date", from));
        statement.setArray(index + 2, connection.createArrayOf("date", before));
        statement.setArray(index + 3, connection.createArrayOf("uuid", version));
        statement.setArray(index + 4, connection.createArrayOf("int4", age));
        statement.setArray(index + 5, connection.createArrayOf("text", legalBasis));
        return index + 6;
    }
}
