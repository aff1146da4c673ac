package org.openasn.reporting.headcount;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The current version of every employee period (what {@code superseded_at IS NULL} selects), held in memory column by
 * column with each dimension's values dictionary-coded, so that a headcount as of any date is one pass over a few
 * arrays instead of a scan of the table (decision 9 in docs/decisions.md). It follows the table: before each query it
 * compares the read-model version and appends the rows inserted since (an event replaces an employee's rows: their
 * older rows are dropped); after a rebuild (the first row id moved) it loads everything again. Questions about past
 * knowledge ({@code knownAt}) and unit roll-ups are answered in SQL.
 */
@ApplicationScoped
public class CurrentPeriodIndex {

    private static final Dimension[] DIMENSIONS = Arrays.stream(Dimension.values()).filter(d -> d != Dimension.AGE_GROUP)
            .toArray(Dimension[]::new);
    private static final int NONE = -1;

    @Inject
    AgroalDataSource dataSource;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private long firstRowId = Long.MIN_VALUE;
    private long lastRowId;
    private int size;
    private boolean[] alive = new boolean[0];
    private int[] validFrom = new int[0];
    private int[] validTo = new int[0];
    private int[] birth = new int[0];
    private int[][] codes = new int[DIMENSIONS.length][0];
    private final List<Map<String, Integer>> dictionaries = new ArrayList<>();
    private final List<List<String>> values = new ArrayList<>();
    private final Map<UUID, int[]> rowsOf = new HashMap<>();
    /** For each agency code, its rows (so that an agency's question reads only those). */
    private int[][] agencyRows = new int[0][];
    private int[] agencyRowCount = new int[0];

    /** Counts like {@link HeadcountQuery}, for the current knowledge. */
    public HeadcountQuery.Headcount count(String instansi, List<Dimension> groupBy, Map<Dimension, String> filters, LocalDate asOf) {
        // outside the caller's transaction (a profile table is counted in one): the index reads committed rows on
        // connections of its own, and loading pages through them with a cursor of its own
        QuarkusTransaction.suspendingExisting().run(this::follow);
        lock.readLock().lock();
        try {
            return scan(instansi, groupBy, filters, asOf);
        } finally {
            lock.readLock().unlock();
        }
    }

    private HeadcountQuery.Headcount scan(String instansi, List<Dimension> groupBy, Map<Dimension, String> filters, LocalDate asOf) {
        int day = (int) asOf.toEpochDay();
        int asOfYmd = ymd(asOf);
        List<int[]> filterColumns = new ArrayList<>();
        List<Integer> filterCodes = new ArrayList<>();
        Map<Dimension, String> allFilters = new LinkedHashMap<>(filters);
        int[] rowsToScan = null;
        int rowsCount = size;
        if (instansi != null) {
            Integer agency = dictionaries.get(column(Dimension.AGENCY)).get(instansi);
            if (agency == null) {
                return HeadcountQuery.assemble(instansi, asOf, null, groupBy, filters, List.of());
            }
            rowsToScan = agencyRows[agency];
            rowsCount = agencyRowCount[agency];
        }
        List<String> ageFilter = new ArrayList<>();
        for (Map.Entry<Dimension, String> filter : allFilters.entrySet()) {
            if (filter.getKey() == Dimension.AGE_GROUP) {
                ageFilter.add(filter.getValue());
                continue;
            }
            int d = column(filter.getKey());
            Integer code = dictionaries.get(d).get(filter.getValue());
            if (code == null) {
                return HeadcountQuery.assemble(instansi, asOf, null, groupBy, filters, List.of());
            }
            filterColumns.add(codes[d]);
            filterCodes.add(code);
        }
        int[][] groupColumns = new int[groupBy.size()][];
        for (int g = 0; g < groupBy.size(); g++) {
            groupColumns[g] = groupBy.get(g) == Dimension.AGE_GROUP ? null : codes[column(groupBy.get(g))];
        }
        // each group column's code (or age band) is shifted to 0..width-1 and the codes combined into one index
        int[] width = new int[groupColumns.length];
        long cellsPossible = 1;
        for (int g = 0; g < groupColumns.length; g++) {
            width[g] = groupColumns[g] == null ? AGE_BANDS.length : values.get(column(groupBy.get(g))).size() + 1;
            cellsPossible *= width[g];
        }
        int filtersCount = filterColumns.size();
        int[][] filterArrays = filterColumns.toArray(int[][]::new);
        int[] wanted = filterCodes.stream().mapToInt(Integer::intValue).toArray();
        boolean dense = cellsPossible <= 1_000_000;
        long[] denseCounts = dense ? new long[(int) cellsPossible] : null;
        Map<Long, long[]> sparseCounts = dense ? null : new HashMap<>();
        rows:
        for (int i = 0; i < rowsCount; i++) {
            int r = rowsToScan == null ? i : rowsToScan[i];
            if (!alive[r] || validFrom[r] > day || validTo[r] <= day) {
                continue;
            }
            for (int f = 0; f < filtersCount; f++) {
                if (filterArrays[f][r] != wanted[f]) {
                    continue rows;
                }
            }
            if (!ageFilter.isEmpty() && !ageFilter.get(0).equals(ageGroup(asOfYmd, birth[r]))) {
                continue;
            }
            long index = 0;
            for (int g = 0; g < groupColumns.length; g++) {
                int shifted = groupColumns[g] == null ? ageBand(asOfYmd, birth[r]) : groupColumns[g][r] + 1;
                index = index * width[g] + shifted;
            }
            if (dense) {
                denseCounts[(int) index]++;
            } else {
                sparseCounts.computeIfAbsent(index, k -> new long[1])[0]++;
            }
        }
        Map<List<Integer>, long[]> counts = new HashMap<>();
        if (dense) {
            for (int i = 0; i < denseCounts.length; i++) {
                if (denseCounts[i] > 0) {
                    counts.put(decode(i, width, groupColumns), new long[]{denseCounts[i]});
                }
            }
        } else {
            sparseCounts.forEach((index, count) -> counts.put(decode(index, width, groupColumns), count));
        }
        List<HeadcountQuery.Cell> cells = new ArrayList<>();
        counts.forEach((key, count) -> {
            Map<String, String> named = new LinkedHashMap<>();
            for (int g = 0; g < groupBy.size(); g++) {
                int code = key.get(g);
                String value = code <= -2 ? AGE_BANDS[-2 - code] : code == NONE ? HeadcountQuery.UNKNOWN
                        : values.get(column(groupBy.get(g))).get(code);
                named.put(groupBy.get(g).parameter(), value);
            }
            cells.add(new HeadcountQuery.Cell(named, count[0]));
        });
        return HeadcountQuery.assemble(instansi, asOf, null, groupBy, filters, cells);
    }

    /** The codes of a combined index: a column's code, or -2 - the age band for the age group. */
    private static List<Integer> decode(long index, int[] width, int[][] groupColumns) {
        Integer[] key = new Integer[width.length];
        for (int g = width.length - 1; g >= 0; g--) {
            int shifted = (int) (index % width[g]);
            index /= width[g];
            key[g] = groupColumns[g] == null ? -2 - shifted : shifted - 1;
        }
        return Arrays.asList(key);
    }

    private static final String[] AGE_BANDS = {"<21", "21-25", "26-30", "31-35", "36-40", "41-45", "46-50", "51-55", "56-58", "59-60", ">60"};
    private static final int[] AGE_UPPER = {20, 25, 30, 35, 40, 45, 50, 55, 58, 60, Integer.MAX_VALUE};

    /** The band of {@link Dimension#AGE_GROUP}: full years between the birth date and the date asked about. */
    private static int ageBand(int asOfYmd, int birthYmd) {
        int age = (asOfYmd - birthYmd) / 10000;
        for (int b = 0; b < AGE_UPPER.length; b++) {
            if (age <= AGE_UPPER[b]) {
                return b;
            }
        }
        return AGE_UPPER.length - 1;
    }

    private static String ageGroup(int asOfYmd, int birthYmd) {
        return AGE_BANDS[ageBand(asOfYmd, birthYmd)];
    }

    private static int ymd(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static int column(Dimension dimension) {
        for (int d = 0; d < DIMENSIONS.length; d++) {
            if (DIMENSIONS[d] == dimension) {
                return d;
            }
        }
        throw new IllegalArgumentException(dimension.name());
    }

    /**
     * Brings the index up to the committed rows: period ids only grow (a rebuild's TRUNCATE does not restart them), so
     * the smallest and largest visible ids tell whether rows were added (load those) or the table was emptied since
     * (load everything). One writer (the consumer) commits rows in id order.
     */
    private void follow() {
        long[] bounds;
        try (Connection connection = dataSource.getConnection()) {
            bounds = bounds(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read employee periods into the headcount index", e);
        }
        lock.readLock().lock();
        try {
            if (bounds[0] == firstRowId && bounds[1] == lastRowId) {
                return;
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try (Connection connection = dataSource.getConnection()) {
            bounds = bounds(connection);
            if (bounds[0] != firstRowId || bounds[1] < lastRowId) {
                clear();
                firstRowId = bounds[0];
            }
            if (bounds[1] > lastRowId) {
                load(connection, bounds[1]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read employee periods into the headcount index", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static long[] bounds(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet r = statement.executeQuery("SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM employee_period")) {
            r.next();
            return new long[]{r.getLong(1), r.getLong(2)};
        }
    }

    private void clear() {
        size = 0;
        lastRowId = 0;
        rowsOf.clear();
        agencyRows = new int[0][];
        agencyRowCount = new int[0];
        dictionaries.clear();
        values.clear();
        for (int d = 0; d < DIMENSIONS.length; d++) {
            dictionaries.add(new HashMap<>());
            values.add(new ArrayList<>());
        }
    }

    private void load(Connection connection, long upTo) throws SQLException {
        if (dictionaries.isEmpty()) {
            clear();
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // a cursor: rows are fetched in slices
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, employee_id, valid_from, valid_to, in_service, birth_date, instansi, kind, golongan, jenis_jabatan, eselon, jenjang,
                       position_group, CAST(unit_id AS varchar), pendidikan, gender, agama
                FROM employee_period WHERE superseded_at IS NULL AND id > ? AND id <= ? ORDER BY id""")) {
            statement.setFetchSize(20_000);
            statement.setLong(1, lastRowId);
            statement.setLong(2, upTo);
            Map<UUID, List<Integer>> added = new HashMap<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    if (!r.getBoolean(5)) {
                        added.computeIfAbsent((UUID) r.getObject(2), k -> new ArrayList<>());
                        continue; // not in service: never counted, but the employee's older rows still go
                    }
                    ensureCapacity(size + 1);
                    int row = size++;
                    added.computeIfAbsent((UUID) r.getObject(2), k -> new ArrayList<>()).add(row);
                    alive[row] = true;
                    validFrom[row] = (int) r.getDate(3).toLocalDate().toEpochDay();
                    Date to = r.getDate(4);
                    validTo[row] = to == null ? Integer.MAX_VALUE : (int) to.toLocalDate().toEpochDay();
                    birth[row] = ymd(r.getDate(6).toLocalDate());
                    for (int d = 0; d < DIMENSIONS.length; d++) {
                        codes[d][row] = code(d, value(DIMENSIONS[d], r));
                    }
                    addToAgency(codes[column(Dimension.AGENCY)][row], row);
                }
            }
            lastRowId = upTo;
            added.forEach((employee, rows) -> {
                int[] old = rowsOf.put(employee, rows.stream().mapToInt(Integer::intValue).toArray());
                if (old != null) {
                    for (int row : old) {
                        alive[row] = false;
                    }
                }
            });
        } finally {
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String value(Dimension dimension, ResultSet r) throws SQLException {
        return switch (dimension) {
            case AGENCY -> r.getString(7);
            case KIND -> r.getString(8);
            case GOLONGAN -> {
                String golongan = r.getString(9);
                yield golongan == null || !golongan.contains("/") ? golongan : golongan.substring(0, golongan.indexOf('/'));
            }
            case RUANG -> r.getString(9);
            case JENIS_JABATAN -> r.getString(10);
            case ESELON -> r.getString(11);
            case JENJANG -> r.getString(12);
            case GROUP -> r.getString(13);
            case UNIT -> r.getString(14);
            case PENDIDIKAN -> r.getString(15);
            case GENDER -> r.getString(16);
            case AGAMA -> r.getString(17);
            case AGE_GROUP -> throw new IllegalArgumentException("age is computed per question");
        };
    }

    private int code(int d, String value) {
        if (value == null) {
            return NONE;
        }
        return dictionaries.get(d).computeIfAbsent(value, v -> {
            values.get(d).add(v);
            return values.get(d).size() - 1;
        });
    }

    private void addToAgency(int agency, int row) {
        if (agency >= agencyRows.length) {
            agencyRows = Arrays.copyOf(agencyRows, Math.max(agency + 1, agencyRows.length * 2));
            agencyRowCount = Arrays.copyOf(agencyRowCount, agencyRows.length);
        }
        int[] rows = agencyRows[agency] == null ? new int[16] : agencyRows[agency];
        if (agencyRowCount[agency] == rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        rows[agencyRowCount[agency]++] = row;
        agencyRows[agency] = rows;
    }

    private void ensureCapacity(int needed) {
        if (needed <= alive.length) {
            return;
        }
        int capacity = Math.max(needed, Math.max(1024, alive.length * 3 / 2));
        alive = Arrays.copyOf(alive, capacity);
        validFrom = Arrays.copyOf(validFrom, capacity);
        validTo = Arrays.copyOf(validTo, capacity);
        birth = Arrays.copyOf(birth, capacity);
        for (int d = 0; d < DIMENSIONS.length; d++) {
            codes[d] = Arrays.copyOf(codes[d], capacity);
        }
    }
}
