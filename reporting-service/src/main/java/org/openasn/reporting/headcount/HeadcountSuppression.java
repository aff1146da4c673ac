package org.openasn.reporting.headcount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openasn.reporting.config.ReportingConfig;
import org.openasn.reporting.headcount.domain.SmallCellSuppression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a headcount into its API view, exact or with small cells suppressed (k from {@code asn.reporting.suppression.k}). */
@ApplicationScoped
public class HeadcountSuppression {

    @Inject
    ReportingConfig config;

    public HeadcountView exact(HeadcountQuery.Headcount headcount, boolean rollUp) {
        List<HeadcountView.CellView> cells = headcount.cells().stream()
                .map(c -> new HeadcountView.CellView(c.key(), c.count(), false)).toList();
        return new HeadcountView(headcount.instansi(), headcount.asOf(), headcount.knownAt(), headcount.groupBy(), headcount.filters(),
                rollUp, cells, headcount.totals(), headcount.grandTotal(), null);
    }

    /**
     * Table 3.1 with small counts suppressed: the opening, the closing and each reason's count are entries of one
     * relation (opening + additions = closing + reductions), so one small reason is hidden with another.
     */
    public FlowsView suppressed(FlowQuery.Flows flows) {
        int k = config.suppression().k();
        List<SmallCellSuppression.Entry> entries = new ArrayList<>();
        entries.add(new SmallCellSuppression.Entry(flows.opening(), true));
        entries.add(new SmallCellSuppression.Entry(flows.closing(), true));
        List<String> added = new ArrayList<>(flows.additions().keySet());
        List<String> removed = new ArrayList<>(flows.reductions().keySet());
        added.forEach(reason -> entries.add(new SmallCellSuppression.Entry(flows.additions().get(reason), false)));
        removed.forEach(reason -> entries.add(new SmallCellSuppression.Entry(flows.reductions().get(reason), false)));
        int[] plus = new int[1 + added.size()];
        int[] minus = new int[1 + removed.size()];
        plus[0] = 0;
        minus[0] = 1;
        for (int a = 0; a < added.size(); a++) {
            plus[1 + a] = 2 + a;
        }
        for (int r = 0; r < removed.size(); r++) {
            minus[1 + r] = 2 + added.size() + r;
        }
        SmallCellSuppression.Result result = SmallCellSuppression.suppress(entries,
                List.of(new SmallCellSuppression.Relation(plus, minus)), k);
        Map<String, Long> additions = new TreeMap<>();
        for (int a = 0; a < added.size(); a++) {
            additions.put(added.get(a), result.isHidden(2 + a) ? null : entries.get(2 + a).count());
        }
        Map<String, Long> reductions = new TreeMap<>();
        for (int r = 0; r < removed.size(); r++) {
            int entry = 2 + added.size() + r;
            reductions.put(removed.get(r), result.isHidden(entry) ? null : entries.get(entry).count());
        }
        return new FlowsView(flows.instansi(), flows.month(), flows.knownAt(), result.isHidden(0) ? null : flows.opening(), additions,
                reductions, result.isHidden(1) ? null : flows.closing(), flows.reconciles(),
                new HeadcountView.Suppression(k, result.primary(), result.complementary()));
    }

    /** Table 3.1 as the integration role sees it: suppressed counts are {@code null}. */
    public record FlowsView(String instansi, java.time.YearMonth month, java.time.Instant knownAt, Long opening, Map<String, Long> additions,
                            Map<String, Long> reductions, Long closing, boolean reconciles, HeadcountView.Suppression suppression) {
    }

    public HeadcountView suppressed(HeadcountQuery.Headcount headcount, boolean rollUp) {
        int k = config.suppression().k();
        List<String> dimensions = headcount.groupBy();
        List<List<String>> keys = headcount.cells().stream().map(c -> dimensions.stream().map(d -> c.key().get(d)).toList()).toList();
        long[] counts = headcount.cells().stream().mapToLong(HeadcountQuery.Cell::count).toArray();
        SmallCellSuppression.Layout layout = SmallCellSuppression.layout(keys, counts, dimensions.size());
        SmallCellSuppression.Result result = SmallCellSuppression.suppress(layout.entries(), layout.relations(), k);

        List<HeadcountView.CellView> cells = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            boolean hidden = result.isHidden(i);
            cells.add(new HeadcountView.CellView(headcount.cells().get(i).key(), hidden ? null : counts[i], hidden));
        }
        Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        for (int d = 0; d < dimensions.size(); d++) {
            Map<String, Long> shown = new HashMap<>();
            List<String> values = layout.values().get(d);
            for (int v = 0; v < values.size(); v++) {
                int entry = layout.totalIndex().get(d)[v];
                shown.put(values.get(v), result.isHidden(entry) ? null : layout.entries().get(entry).count());
            }
            // in the order of the exact totals (age groups youngest first)
            Map<String, Long> byValue = new LinkedHashMap<>();
            headcount.totals().get(dimensions.get(d)).keySet().forEach(value -> byValue.put(value, shown.get(value)));
            totals.put(dimensions.get(d), byValue);
        }
        Long grand = result.isHidden(layout.grandTotal()) ? null : layout.entries().get(layout.grandTotal()).count();
        return new HeadcountView(headcount.instansi(), headcount.asOf(), headcount.knownAt(), dimensions, headcount.filters(), rollUp,
                cells, totals, grand, new HeadcountView.Suppression(k, result.primary(), result.complementary()));
    }
}
