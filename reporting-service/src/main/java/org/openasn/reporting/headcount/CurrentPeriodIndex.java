package org.openasn.reporting.headcount;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.openasn.reference.rank.Golongan;
import org.openasn.reporting.bup.BupRules;
import org.openasn.reporting.config.ReportingConfig;
import org.openasn.reporting.readmodel.ReadModelChanges;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

/**
 * The current version of every employee period (what {@code superseded_at IS NULL} selects), held in memory column by
 * column ({@link PeriodColumns}), so that a headcount as of any date needs no database (decision 9 in
 * docs/decisions.md). A national question that involves neither agency nor unit (nor both age and BUP year) adds up
 * the counts per profile (and age or BUP year) of a {@link DaySnapshot} of its date (thousands of numbers instead of a
 * million rows), or, when it involves agency or unit, a {@link DayCuboid} of that date over its dimensions; an agency's
 * question reads that agency's rows; the rest (age with agency, unit or BUP year) read every row. It follows the table: when {@link ReadModelChanges} heard of a commit since
 * the last look, it appends the rows inserted since (an event replaces an employee's rows: their older rows stop being
 * current, in the snapshots too). Loading every row (at start-up, after a rebuild: the first row id moved, after new BUP
 * rules) takes a while at the national scale (minutes for millions of rows): it runs in the background, and until it
 * is done {@link #count} answers nothing, so that {@link HeadcountQuery} asks SQL instead of keeping the caller waiting.
 * Questions about past knowledge ({@code knownAt}) and unit roll-ups are answered in SQL.
 */
@ApplicationScoped
public class CurrentPeriodIndex {

    /** Snapshots kept, the dates asked about most recently. */
    private static final int SNAPSHOTS = 16;
    private static final int ROW = 0;
    private static final int PROFILE = 1;
    private static final int AGE = 2;
    /** Fewer rows than this are not worth a thread of their own. */
    private static final int SLICE = 250_000;

    private static final Logger LOG = Logger.getLogger(CurrentPeriodIndex.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReadModelChanges changes;
    @Inject
    ReportingConfig config;
    @Inject
    ManagedExecutor executor;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile long seenGeneration = Long.MIN_VALUE;
    /** The rows, or {@code null} while every row is being loaded (written under the write lock). */
    private Rows rows;
    private final AtomicBoolean loadingAll = new AtomicBoolean();
    /** By epoch day, the most recently used last; read and written under its own monitor (readers share the read lock). */
    private final LinkedHashMap<Integer, DaySnapshot> snapshots = new LinkedHashMap<>(SNAPSHOTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, DaySnapshot> eldest) {
            return size() > SNAPSHOTS;
        }
    };

    /** Every employee period of the current knowledge loaded from the table, column by column. */
    private static final class Rows {
        final long firstRowId;
        /** The newest version of the BUP rules when the rows were loaded: the BUP years follow from it. */
        final long bupRulesId;
        long lastRowId;
        final PeriodColumns columns = new PeriodColumns();
        final Map<UUID, int[]> rowsOf = new HashMap<>();

        Rows(long firstRowId, long bupRulesId) {
            this.firstRowId = firstRowId;
            this.bupRulesId = bupRulesId;
        }
    }

    void loadAtStart(@Observes StartupEvent started) {
        if (config.headcountIndex().enabled()) {
            loadAllInBackground();
        }
    }

    /** Counts like {@link HeadcountQuery}, for the current knowledge, in seed 000's age bands. */
    public Optional<HeadcountQuery.Headcount> count(String instansi, List<Dimension> groupBy, Map<Dimension, String> filters, LocalDate asOf) {
        return count(instansi, groupBy, filters, asOf, AgeBands.SEED_000);
    }

    /**
     * Counts like {@link HeadcountQuery}, for the current knowledge; nothing while every row is being loaded (the
     * loading starts if it has not).
     */
    public Optional<HeadcountQuery.Headcount> count(String instansi, List<Dimension> groupBy, Map<Dimension, String> filters, LocalDate asOf,
                                                    AgeBands ageBands) {
        long generation = changes.generation();
        if (generation != seenGeneration) {
            // outside the caller's transaction (a profile table is counted in one): the index reads committed rows on
            // connections of its own, and loading pages through them with a cursor of its own
            if (!QuarkusTransaction.suspendingExisting().call(this::follow)) {
                return Optional.empty();
            }
            seenGeneration = generation;
        }
        lock.readLock().lock();
        try {
            if (rows == null) {
                loadAllInBackground();
                return Optional.empty();
            }
            return Optional.of(count(rows.columns, instansi, groupBy, filters, asOf, ageBands));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Drops the loaded rows as if the table had been emptied by a rebuild: the index answers nothing until it has
     * loaded every row again (in tests, to see headcounts counted in SQL meanwhile).
     */
    void forgetRows() {
        replaceRows(null);
    }

    /** Puts {@code replacement} (or nothing: {@code null}) in place of the rows; the snapshots counted the old ones. */
    private void replaceRows(Rows replacement) {
        lock.writeLock().lock();
        try {
            rows = replacement;
            synchronized (snapshots) {
                snapshots.clear();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Whether every row has been loaded (and the index answers). */
    public boolean loaded() {
        lock.readLock().lock();
        try {
            return rows != null;
        } finally {
            lock.readLock().unlock();
        }
    }

    private HeadcountQuery.Headcount count(PeriodColumns columns, String instansi, List<Dimension> groupBy, Map<Dimension, String> filters,
                                           LocalDate asOf, AgeBands ageBands) {
        HeadcountQuery.Headcount none = HeadcountQuery.assemble(instansi, asOf, null, groupBy, filters, List.of(), ageBands);
        Integer agency = null;
        if (instansi != null) {
            agency = columns.codeOf(Dimension.AGENCY, instansi);
            if (agency == null) {
                return none;
            }
        }
        Question question = new Question(groupBy.size(), filters.size(), ageBands);
        int f = 0;
        for (Map.Entry<Dimension, String> filter : filters.entrySet()) {
            Integer code = filter.getKey() == Dimension.AGE_GROUP ? ageBand(ageBands, filter.getValue()) : columns.codeOf(filter.getKey(), filter.getValue());
            if (code == null) {
                return none;
            }
            question.filter(f++, columns, filter.getKey(), code);
            if (filter.getKey() == Dimension.AGENCY) {
                if (agency != null && !agency.equals(code)) {
                    return none;
                }
                agency = code;
            }
        }
        for (int g = 0; g < groupBy.size(); g++) {
            question.group(g, columns, groupBy.get(g));
        }
        int day = (int) asOf.toEpochDay();
        Cells cells = new Cells(question.width);
        DayCuboid cuboid;
        if (agency != null) {
            countRows(columns, columns.agencyRows(agency), 0, columns.agencyRowCount(agency), day, AgeBands.ymd(asOf), question, cells);
        } else if (question.readsRows && !question.age && (cuboid = snapshot(columns, day).cuboid(dimensionsOf(groupBy, filters), columns)) != null) {
            countCuboid(cuboid, groupBy, filters, question, cells);
        } else if (question.readsRows || question.age && question.bupYear) {
            countAllRows(columns, day, AgeBands.ymd(asOf), question, cells);
        } else {
            countProfiles(snapshot(columns, day), columns.profiles, question, cells);
        }
        return HeadcountQuery.assemble(instansi, asOf, null, groupBy, filters, cells.named(columns, groupBy, question), ageBands);
    }

    private static Integer ageBand(AgeBands ageBands, String label) {
        int band = ageBands.bandNamed(label);
        return band < 0 ? null : band;
    }

    /** Every row, split over the cores in slices of {@link #SLICE} rows or more, each counted into cells of its own. */
    private static void countAllRows(PeriodColumns columns, int day, int ymd, Question q, Cells cells) {
        int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), columns.size / SLICE));
        int size = columns.size;
        IntStream.range(0, slices).parallel().mapToObj(slice -> {
            Cells counted = new Cells(q.width);
            countRows(columns, null, (int) ((long) size * slice / slices), (int) ((long) size * (slice + 1) / slices), day, ymd, q, counted);
            return counted;
        }).toList().forEach(cells::add);
    }

    /** Each row current on the day, from {@code first} to before {@code end}: of {@code rows} when given, else of the columns. */
    private static void countRows(PeriodColumns columns, int[] rows, int first, int end, int day, int ymd, Question q, Cells cells) {
        int[] validFrom = columns.validFrom;
        int[] validTo = columns.validTo;
        int[] profile = columns.profile;
        int[] birth = columns.birth;
        boolean age = q.age;
        int[] filterSource = q.filterSource;
        int[][] filterColumn = q.filterColumn;
        int[] wanted = q.wanted;
        int[] groupSource = q.groupSource;
        int[][] groupColumn = q.groupColumn;
        int[] width = q.width;
        rows:
        for (int i = first; i < end; i++) {
            int r = rows == null ? i : rows[i];
            if (validFrom[r] > day || validTo[r] <= day) {
                continue;
            }
            int p = profile[r];
            int band = age ? q.ageBands.band(ymd, birth[r]) : 0;
            for (int f = 0; f < filterSource.length; f++) {
                int source = filterSource[f];
                int code = source == PROFILE ? filterColumn[f][p] : source == ROW ? filterColumn[f][r] : band;
                if (code != wanted[f]) {
                    continue rows;
                }
            }
            long index = 0;
            for (int g = 0; g < groupSource.length; g++) {
                int source = groupSource[g];
                int shifted = source == PROFILE ? groupColumn[g][p] + 1 : source == ROW ? groupColumn[g][r] + 1 : band;
                index = index * width[g] + shifted;
            }
            cells.add(index, 1);
        }
    }

    /**
     * The day's counts per profile (and age, or BUP year, when the question has it), for questions on profile dimensions
     * and at most one of those two. The only row dimension such a question can have is the BUP year.
     */
    private static void countProfiles(DaySnapshot snapshot, int profiles, Question q, Cells cells) {
        int stride = q.age ? DaySnapshot.AGES : q.bupYear ? snapshot.bupYears : 1;
        int[] counts = q.age ? snapshot.perProfileAndAge : q.bupYear ? snapshot.perProfileAndBupYear : snapshot.perProfile;
        int limit = Math.min(profiles * stride, counts.length);
        entries:
        for (int e = 0; e < limit; e++) {
            int n = counts[e];
            if (n == 0) {
                continue;
            }
            int p = e / stride;
            int band = q.age ? q.ageBands.bandOfAge(e % stride) : 0;
            int bupYear = q.bupYear ? e % stride - 1 : PeriodColumns.NONE;
            for (int f = 0; f < q.filterSource.length; f++) {
                int source = q.filterSource[f];
                int code = source == PROFILE ? q.filterColumn[f][p] : source == ROW ? bupYear : band;
                if (code != q.wanted[f]) {
                    continue entries;
                }
            }
            long index = 0;
            for (int g = 0; g < q.groupSource.length; g++) {
                int source = q.groupSource[g];
                int shifted = source == PROFILE ? q.groupColumn[g][p] + 1 : source == ROW ? bupYear + 1 : band;
                index = index * q.width[g] + shifted;
            }
            cells.add(index, n);
        }
    }

    /** The dimensions a question involves, in {@link Dimension} order. */
    private static List<Dimension> dimensionsOf(List<Dimension> groupBy, Map<Dimension, String> filters) {
        EnumSet<Dimension> involved = EnumSet.noneOf(Dimension.class);
        involved.addAll(filters.keySet());
        involved.addAll(groupBy);
        return List.copyOf(involved);
    }

    /** The cells of a cuboid over the question's dimensions (no age group). */
    private static void countCuboid(DayCuboid cuboid, List<Dimension> groupBy, Map<Dimension, String> filters, Question q, Cells cells) {
        int[] filterAt = filters.keySet().stream().mapToInt(cuboid.dimensions::indexOf).toArray();
        int[] groupAt = groupBy.stream().mapToInt(cuboid.dimensions::indexOf).toArray();
        int[] shifted = new int[cuboid.dimensions.size()];
        int[] counts = cuboid.counts;
        cells:
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                continue;
            }
            cuboid.decode(c, shifted);
            for (int f = 0; f < filterAt.length; f++) {
                if (shifted[filterAt[f]] - 1 != q.wanted[f]) {
                    continue cells;
                }
            }
            long index = 0;
            for (int g = 0; g < groupAt.length; g++) {
                index = index * q.width[g] + shifted[groupAt[g]];
            }
            cells.add(index, counts[c]);
        }
    }

    private DaySnapshot snapshot(PeriodColumns columns, int day) {
        synchronized (snapshots) {
            return snapshots.computeIfAbsent(day, d -> new DaySnapshot(d, columns));
        }
    }

    /** A question resolved against the columns: where each filter and group dimension is read, and its code. */
    private static final class Question {
        final int[] filterSource;
        final int[][] filterColumn;
        final int[] wanted;
        final int[] groupSource;
        final int[][] groupColumn;
        /** Each group dimension's number of values: its codes shifted to 0 .. width - 1 ({@link PeriodColumns#NONE} is 0). */
        final int[] width;
        final AgeBands ageBands;
        boolean age;
        /** Whether it involves the BUP year, which day snapshots count as well. */
        boolean bupYear;
        /** Whether it involves agency or unit: only the rows can answer. */
        boolean readsRows;

        Question(int groups, int filters, AgeBands ageBands) {
            this.ageBands = ageBands;
            filterSource = new int[filters];
            filterColumn = new int[filters][];
            wanted = new int[filters];
            groupSource = new int[groups];
            groupColumn = new int[groups][];
            width = new int[groups];
        }

        void filter(int f, PeriodColumns columns, Dimension dimension, int code) {
            filterSource[f] = source(dimension);
            filterColumn[f] = column(columns, dimension);
            wanted[f] = code;
        }

        void group(int g, PeriodColumns columns, Dimension dimension) {
            groupSource[g] = source(dimension);
            groupColumn[g] = column(columns, dimension);
            width[g] = dimension == Dimension.AGE_GROUP ? ageBands.count() : columns.cardinality(dimension) + 1;
        }

        private int source(Dimension dimension) {
            if (dimension == Dimension.AGE_GROUP) {
                age = true;
                return AGE;
            }
            if (dimension == Dimension.BUP_YEAR) {
                bupYear = true;
                return ROW;
            }
            if (PeriodColumns.ROW_DIMENSIONS.contains(dimension)) {
                readsRows = true;
                return ROW;
            }
            return PROFILE;
        }

        private static int[] column(PeriodColumns columns, Dimension dimension) {
            return switch (dimension) {
                case AGE_GROUP -> null;
                default -> PeriodColumns.ROW_DIMENSIONS.contains(dimension) ? columns.rowColumn(dimension) : columns.profileColumn(dimension);
            };
        }
    }

    /** Counts by combined cell index: an array when the cells possible are few, a map otherwise. */
    private static final class Cells {
        private final int[] width;
        private final long[] dense;
        private final Map<Long, long[]> sparse;

        Cells(int[] width) {
            this.width = width;
            long possible = 1;
            for (int w : width) {
                possible *= w;
            }
            dense = possible <= 1_000_000 ? new long[(int) possible] : null;
            sparse = dense == null ? new HashMap<>() : null;
        }

        void add(long index, long n) {
            if (dense != null) {
                dense[(int) index] += n;
            } else {
                sparse.computeIfAbsent(index, k -> new long[1])[0] += n;
            }
        }

        /** Adds the counts of cells of the same question. */
        void add(Cells other) {
            if (dense != null) {
                for (int i = 0; i < dense.length; i++) {
                    dense[i] += other.dense[i];
                }
            } else {
                other.sparse.forEach((index, count) -> add(index, count[0]));
            }
        }

        List<HeadcountQuery.Cell> named(PeriodColumns columns, List<Dimension> groupBy, Question q) {
            List<HeadcountQuery.Cell> cells = new ArrayList<>();
            if (dense != null) {
                for (int i = 0; i < dense.length; i++) {
                    if (dense[i] > 0) {
                        cells.add(cell(i, dense[i], columns, groupBy, q));
                    }
                }
            } else {
                sparse.forEach((index, count) -> cells.add(cell(index, count[0], columns, groupBy, q)));
            }
            return cells;
        }

        private HeadcountQuery.Cell cell(long index, long count, PeriodColumns columns, List<Dimension> groupBy, Question q) {
            String[] named = new String[width.length];
            for (int g = width.length - 1; g >= 0; g--) {
                int shifted = (int) (index % width[g]);
                index /= width[g];
                named[g] = q.groupSource[g] == AGE ? q.ageBands.labels().get(shifted) : columns.valueOf(groupBy.get(g), shifted - 1);
            }
            Map<String, String> key = new LinkedHashMap<>();
            for (int g = 0; g < named.length; g++) {
                key.put(groupBy.get(g).parameter(), named[g]);
            }
            return new HeadcountQuery.Cell(key, count);
        }
    }

    /**
     * Brings the index up to the committed rows: period ids only grow (a rebuild's TRUNCATE does not restart them), so
     * the smallest and largest visible ids tell whether rows were added (load those) or the table was emptied since
     * (load everything). New BUP rules (rare: a policy change) change every BUP year: load everything. One writer (the
     * consumer) commits rows in id order.
     *
     * @return {@code false} when everything must be (or is being) loaded again: the index cannot answer yet
     */
    private boolean follow() {
        if (!loaded()) {
            loadAllInBackground(); // the load reads the table as it is then: nothing to look at meanwhile
            return false;
        }
        long[] bounds;
        try (Connection connection = dataSource.getConnection()) {
            bounds = bounds(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read employee periods into the headcount index", e);
        }
        lock.readLock().lock();
        try {
            if (rows != null && bounds[0] == rows.firstRowId && bounds[1] == rows.lastRowId && bounds[2] == rows.bupRulesId) {
                return true;
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try (Connection connection = dataSource.getConnection()) {
            bounds = bounds(connection);
            if (rows == null || bounds[0] != rows.firstRowId || bounds[1] < rows.lastRowId || bounds[2] != rows.bupRulesId) {
                replaceRows(null);
                loadAllInBackground();
                return false;
            }
            if (bounds[1] > rows.lastRowId) {
                List<DaySnapshot> kept;
                synchronized (snapshots) {
                    kept = List.copyOf(snapshots.values());
                }
                load(connection, rows, bounds[1], kept);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read employee periods into the headcount index", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Loads every row on a thread of its own, unless that is under way; the index answers again once it is done. */
    private void loadAllInBackground() {
        if (loadingAll.compareAndSet(false, true)) {
            executor.execute(() -> {
                try {
                    loadAll();
                } catch (RuntimeException | SQLException e) {
                    LOG.warnf(e, "the headcount index could not load the employee periods; headcounts are counted in SQL until it can");
                } finally {
                    loadingAll.set(false);
                }
            });
        }
    }

    private void loadAll() throws SQLException {
        long started = System.nanoTime();
        Rows loading;
        try (Connection connection = dataSource.getConnection()) {
            long[] bounds = bounds(connection);
            loading = new Rows(bounds[0], bounds[2]);
            load(connection, loading, bounds[1], List.of());
        }
        replaceRows(loading);
        LOG.infof("headcount index: %d current periods loaded in %.1f s", loading.columns.size, (System.nanoTime() - started) / 1e9);
    }

    private static long[] bounds(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet r = statement.executeQuery("SELECT coalesce(min(id), 0), coalesce(max(id), 0), "
                     + "(SELECT coalesce(max(id), 0) FROM bup_rules) FROM employee_period")) {
            r.next();
            return new long[]{r.getLong(1), r.getLong(2), r.getLong(3)};
        }
    }

    /** Adds the current rows after {@code target.lastRowId} up to {@code upTo}; each employee's older rows stop counting in {@code kept}. */
    private static void load(Connection connection, Rows target, long upTo, List<DaySnapshot> kept) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // a cursor: rows are fetched in slices
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, employee_id, valid_from - DATE '1970-01-01', coalesce(valid_to - DATE '1970-01-01', 2147483647), in_service,
                       CAST(to_char(birth_date, 'YYYYMMDD') AS integer), instansi, kind, golongan, jenis_jabatan, eselon, jenjang,
                       position_group, CAST(unit_id AS varchar), pendidikan, gender, agama, %s
                FROM employee_period p %s WHERE p.superseded_at IS NULL AND p.id > ? AND p.id <= ? ORDER BY p.id"""
                .formatted(BupRules.BUP_YEAR, BupRules.join(false)))) {
            statement.setFetchSize(20_000);
            statement.setLong(1, target.lastRowId);
            statement.setLong(2, upTo);
            PeriodColumns columns = target.columns;
            Map<UUID, List<Integer>> added = new HashMap<>();
            Map<Dimension, String> values = new EnumMap<>(Dimension.class);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    List<Integer> rows = added.computeIfAbsent((UUID) r.getObject(2), k -> new ArrayList<>());
                    if (!r.getBoolean(5)) {
                        continue; // not in service: never counted, but the employee's older rows still go
                    }
                    for (Dimension d : Dimension.values()) {
                        if (d != Dimension.AGE_GROUP) {
                            values.put(d, value(d, r));
                        }
                    }
                    rows.add(columns.add(r.getInt(3), r.getInt(4), r.getInt(6), values));
                }
            }
            target.lastRowId = upTo;
            added.forEach((employee, rows) -> {
                int[] current = rows.stream().mapToInt(Integer::intValue).toArray();
                int[] old = target.rowsOf.put(employee, current);
                if (old != null) {
                    for (int row : old) {
                        kept.forEach(s -> s.change(columns, row, -1));
                        columns.retire(row);
                    }
                }
                for (int row : current) {
                    kept.forEach(s -> s.change(columns, row, +1));
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
            case GOLONGAN -> Golongan.breakdownKeyOf(r.getString(9));
            case RUANG -> r.getString(9);
            case JENIS_JABATAN -> r.getString(10);
            case ESELON -> r.getString(11);
            case JENJANG -> r.getString(12);
            case GROUP -> r.getString(13);
            case UNIT -> r.getString(14);
            case PENDIDIKAN -> r.getString(15);
            case GENDER -> r.getString(16);
            case AGAMA -> r.getString(17);
            case BUP_YEAR -> r.getString(18);
            case AGE_GROUP -> throw new IllegalArgumentException("age is computed per question");
        };
    }
}
