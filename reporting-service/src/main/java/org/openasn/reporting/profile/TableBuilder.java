package org.openasn.reporting.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays counts out as a table: classifies each count into its section, row and column, keeps the fixed bins (even
 * when empty), the optional ones and {@link Axis#UNRECORDED} only when something is counted in them, and computes
 * every total from the cells. Then checks that everything reconciles ({@link Reconciliation}).
 */
public final class TableBuilder {

    /** The key of the one section (or column) of a table without sections (or columns). */
    static final String SINGLE = "";

    private TableBuilder() {
    }

    /** The agency, month and knowledge moment a table is asked for. */
    public record Request(String instansi, YearMonth month, Instant knownAt) {
    }

    /**
     * @param dynamic         the bins of the table's dynamic sections and rows: the agency's units, the months
     * @param balance         opening and closing counts for the tables of movements, else {@code null}
     * @param populationTotal the population's headcount counted apart, for tables that split it, else {@code null}
     */
    public static ProfileTable build(TableDefinition def, Request request, DynamicBins dynamic, List<Count> counts,
                                     ProfileTable.Balance balance, Long populationTotal) {
        List<Bin> columnBins = def.columns() == null ? List.of(Bin.of(SINGLE, def.population().shortLabel())) : def.columns().bins(SINGLE);
        List<Bin> sectionBins = def.sections() == null ? List.of(Bin.of(SINGLE, null))
                : def.sections().isDynamic() ? dynamic.sections() : def.sections().bins(SINGLE);

        Map<String, Map<String, Map<String, Long>>> cells = new HashMap<>();
        for (Count count : counts) {
            if (count.key().containsKey("kind") && !def.population().kinds().contains(count.value("kind"))) {
                continue;
            }
            if (def.filter() != null && !def.filter().test(count)) {
                continue;
            }
            String section = def.sections() == null ? SINGLE : binKey(sectionBins, def.sections().keyOf(count));
            String row = binKey(rowBins(def, section, dynamic), def.rows().keyOf(count));
            String column = def.columns() == null ? SINGLE : binKey(columnBins, def.columns().keyOf(count));
            cells.computeIfAbsent(section, s -> new HashMap<>()).computeIfAbsent(row, r -> new HashMap<>())
                    .merge(column, count.count(), Long::sum);
        }

        List<Bin> columns = shown(columnBins, key -> cells.values().stream().flatMap(s -> s.values().stream())
                .mapToLong(r -> r.getOrDefault(key, 0L)).sum());
        List<ProfileTable.Section> sections = new ArrayList<>();
        long[] columnTotals = new long[columns.size()];
        long grand = 0;
        for (Bin sectionBin : shown(sectionBins, key -> total(cells.get(key)))) {
            Map<String, Map<String, Long>> sectionCells = cells.getOrDefault(sectionBin.key(), Map.of());
            List<ProfileTable.Row> rows = new ArrayList<>();
            long[] sectionColumnTotals = new long[columns.size()];
            long sectionTotal = 0;
            for (Bin rowBin : shown(rowBins(def, sectionBin.key(), dynamic), key -> sectionCells.getOrDefault(key, Map.of()).values().stream()
                    .mapToLong(Long::longValue).sum())) {
                Map<String, Long> rowCells = sectionCells.getOrDefault(rowBin.key(), Map.of());
                List<Long> values = new ArrayList<>();
                long rowTotal = 0;
                for (int c = 0; c < columns.size(); c++) {
                    long value = rowCells.getOrDefault(columns.get(c).key(), 0L);
                    values.add(value);
                    rowTotal += columns.get(c).memo() ? 0 : value;
                    sectionColumnTotals[c] += value;
                    columnTotals[c] += value;
                }
                sectionTotal += rowTotal;
                rows.add(new ProfileTable.Row(rowBin.label(), values, rowTotal, null));
            }
            grand += sectionTotal;
            sections.add(new ProfileTable.Section(sectionBin.label(), rows, asList(sectionColumnTotals), sectionTotal));
        }
        if (def.percentages()) {
            sections = withPercentages(sections, grand);
        }
        ProfileTable table = new ProfileTable(def.number(), Bulan.fill(def.title(), request.month()), def.source(),
                def.population().label(), request.instansi(), request.month(), request.month().atEndOfMonth(), request.knownAt(),
                def.rowHeader(), columns.stream().map(b -> new ProfileTable.Column(b.group(), b.label(), b.memo())).toList(), sections,
                asList(columnTotals), def.totalLabel(), grand, def.percentages(), balance, def.partition() ? populationTotal : null,
                true, List.of(), def.notes());
        List<String> discrepancies = Reconciliation.check(table);
        return discrepancies.isEmpty() ? table : new ProfileTable(table.number(), table.title(), table.source(), table.population(),
                table.instansi(), table.month(), table.asOf(), table.knownAt(), table.rowHeader(), table.columns(), table.sections(),
                table.columnTotals(), table.totalLabel(), table.grandTotal(), table.percentages(), table.balance(),
                table.populationTotal(), false, discrepancies, table.notes());
    }

    private static List<Bin> rowBins(TableDefinition def, String section, DynamicBins dynamic) {
        return def.rows().isDynamic() ? dynamic.rows(section) : def.rows().bins(section);
    }

    /** The key itself when it is one of the bins, else the key of the bin of unrecorded values. */
    private static String binKey(List<Bin> bins, String key) {
        if (key != null) {
            for (Bin bin : bins) {
                if (bin.key().equals(key)) {
                    return key;
                }
            }
        }
        return Axis.UNRECORDED_KEY;
    }

    /** The fixed bins, the optional ones with a count, and the bin of unrecorded values when it has one. */
    private static List<Bin> shown(List<Bin> bins, java.util.function.ToLongFunction<String> totalOf) {
        Set<Bin> shown = new LinkedHashSet<>();
        for (Bin bin : bins) {
            if (!bin.optional() || totalOf.applyAsLong(bin.key()) > 0) {
                shown.add(bin);
            }
        }
        if (totalOf.applyAsLong(Axis.UNRECORDED_KEY) > 0) {
            shown.add(Bin.of(Axis.UNRECORDED_KEY, Axis.UNRECORDED));
        }
        return new ArrayList<>(shown);
    }

    private static long total(Map<String, Map<String, Long>> cells) {
        return cells == null ? 0 : cells.values().stream().flatMap(r -> r.values().stream()).mapToLong(Long::longValue).sum();
    }

    private static List<Long> asList(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long value : values) {
            list.add(value);
        }
        return List.copyOf(list);
    }

    private static List<ProfileTable.Section> withPercentages(List<ProfileTable.Section> sections, long grand) {
        return sections.stream().map(s -> new ProfileTable.Section(s.label(), s.rows().stream()
                .map(r -> new ProfileTable.Row(r.label(), r.cells(), r.total(), percent(r.total(), grand))).toList(),
                s.columnTotals(), s.total())).toList();
    }

    /** A share in percent with two decimals, rounded half up; 0.00 of an empty table. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
