package org.openasn.reporting.headcount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openasn.reporting.config.ReportingConfig;
import org.openasn.reporting.headcount.domain.SmallCellSuppression;

import java.util.ArrayList;
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
            Map<String, Long> byValue = new TreeMap<>();
            List<String> values = layout.values().get(d);
            for (int v = 0; v < values.size(); v++) {
                int entry = layout.totalIndex().get(d)[v];
                byValue.put(values.get(v), result.isHidden(entry) ? null : layout.entries().get(entry).count());
            }
            totals.put(dimensions.get(d), byValue);
        }
        Long grand = result.isHidden(layout.grandTotal()) ? null : layout.entries().get(layout.grandTotal()).count();
        return new HeadcountView(headcount.instansi(), headcount.asOf(), headcount.knownAt(), dimensions, headcount.filters(), rollUp,
                cells, totals, grand, new HeadcountView.Suppression(k, result.primary(), result.complementary()));
    }
}
