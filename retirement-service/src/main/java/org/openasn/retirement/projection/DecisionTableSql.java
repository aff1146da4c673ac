package org.openasn.retirement.projection;

import org.openasn.reference.retirement.TmtPensiun;
import org.openasn.retirement.bup.domain.RetirementRule;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link RetirementRule#decisionTable} as SQL, so that the set-based recomputation and the what-if simulation apply the
 * rule exactly as {@link RetirementRule#decide} does for one employee: a CTE {@code decision} bound from seven arrays,
 * the condition matching a projection row {@code p} to its range {@code d}, and the BUP date and TMT pensiun computed
 * like {@link TmtPensiun} ({@link TmtPensiun#sql}), BUP counting as reached no earlier than the range's
 * {@code reached_not_before} (decision 40). {@code RuleChangeRecomputeTest} checks the two agree on every kind of birth date.
 */
public final class DecisionTableSql {

    /**
     * The CTE {@code decision(category, born_from, born_before, version_id, age, legal_basis, reached_not_before)}; seven
     * parameters, see {@link #bind}.
     */
    public static final String CTE = "decision AS (SELECT * FROM unnest(?::varchar[], ?::date[], ?::date[], ?::uuid[], ?::int[], ?::text[], ?::date[]) "
            + "AS t(category, born_from, born_before, version_id, age, legal_basis, reached_not_before))";
    /** The condition matching projection row {@code p} with its decision range {@code d}. */
    public static final String MATCH = "d.category = p.bup_category AND p.birth_date >= coalesce(d.born_from, '-infinity'::date) "
            + "AND p.birth_date < coalesce(d.born_before, 'infinity'::date)";
    /** The day {@code p} reaches the BUP age of {@code d}. */
    public static final String BUP_DATE = TmtPensiun.ageReachedSql("p.birth_date", "d.age");
    /** The day BUP counts as reached when {@code d}'s effective date deferred it past {@link #BUP_DATE}; otherwise NULL. */
    public static final String BUP_DEFERRED_TO = "nullif(" + TmtPensiun.bupReachedSql("p.birth_date", "d.age", "d.reached_not_before")
            + ", " + BUP_DATE + ")";
    /** TMT pensiun: the first day of the month after the day BUP counts as reached. */
    public static final String TMT_PENSIUN = TmtPensiun.sql("p.birth_date", "d.age", "d.reached_not_before");

    /**
     * The CTE {@code tmt_window(first_day, end_day)}: a window [first, end) of TMT pensiun, first days of months; two
     * date parameters. {@link #BORN_FOR_TMT_WINDOW} reads it as {@code w}, each bound twice. Not materialized, so that
     * the planner sees the two parameters themselves, as if written in place, and bounds index scans with them.
     */
    public static final String TMT_WINDOW_CTE = "tmt_window AS NOT MATERIALIZED (SELECT ?::date AS first_day, ?::date AS end_day)";

    /**
     * The birth dates of {@code p} whose TMT pensiun under {@code d} falls in the window {@code w} ({@link #TMT_WINDOW_CTE}),
     * as a range of birth dates, which an index can serve, in place of a condition on the computed TMT pensiun.
     *
     * <p>Without a floor, TMT pensiun is at least {@code first} exactly when the birth date + age is at least the first
     * day of the month before it, that is when the birth date is at least {@code first - 1 month - age} (a first day of
     * a month, so 29 February needs no care); the same for {@code end}. With the floor F ({@code reached_not_before}),
     * TMT(b) = max(T(b), T(F)), T being "the first day of the next month": it is in [first, end) exactly when
     * (T(b) ≥ first or T(F) ≥ first) and T(b) < end and T(F) < end; T(F) ≥ first when F ≥ first - 1 month. So the lower
     * bound falls away when the floor alone reaches the window (everyone deferred to F retires in it), and the upper
     * bound excludes every birth date when the floor is past the window; F is constant per range, so both stay bounds
     * on the birth date.
     */
    public static final String BORN_FOR_TMT_WINDOW = "p.birth_date >= CASE WHEN d.reached_not_before >= w.first_day - interval '1 month' "
            + "THEN '-infinity'::date ELSE (w.first_day - make_interval(years => d.age, months => 1))::date END "
            + "AND p.birth_date < CASE WHEN d.reached_not_before >= w.end_day - interval '1 month' "
            + "THEN '-infinity'::date ELSE (w.end_day - make_interval(years => d.age, months => 1))::date END";

    private DecisionTableSql() {
    }

    /** Binds the table to the seven parameters of {@link #CTE} from {@code index} on; returns the next free index. */
    public static int bind(Connection connection, PreparedStatement statement, int index, List<RetirementRule.Range> table) throws SQLException {
        int n = table.size();
        String[] category = new String[n];
        Date[] from = new Date[n];
        Date[] before = new Date[n];
        Object[] version = new Object[n];
        Integer[] age = new Integer[n];
        String[] legalBasis = new String[n];
        Date[] notBefore = new Date[n];
        for (int i = 0; i < n; i++) {
            RetirementRule.Range r = table.get(i);
            category[i] = r.category().name();
            from[i] = date(r.bornFrom());
            before[i] = date(r.bornBefore());
            version[i] = r.ruleSet().id();
            age[i] = r.age();
            legalBasis[i] = r.ruleSet().legalBasis();
            notBefore[i] = date(r.reachedNotBefore());
        }
        statement.setArray(index, connection.createArrayOf("varchar", category));
        statement.setArray(index + 1, connection.createArrayOf("date", from));
        statement.setArray(index + 2, connection.createArrayOf("date", before));
        statement.setArray(index + 3, connection.createArrayOf("uuid", version));
        statement.setArray(index + 4, connection.createArrayOf("int4", age));
        statement.setArray(index + 5, connection.createArrayOf("text", legalBasis));
        statement.setArray(index + 6, connection.createArrayOf("date", notBefore));
        return index + 7;
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
