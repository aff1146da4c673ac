package org.openasn.reporting.profile;

import java.util.List;
import java.util.Map;

/**
 * The bins of a table's dynamic axes ({@link Axis#dynamic}), known only when the table is built: the agency's units on
 * the day as rows, in sections by kind of unit (Tables 3.14 and 3.23), or the months of the year as rows (Table 3.16).
 *
 * @param sections      the sections in print order, when the table's sections are dynamic
 * @param rowsBySection the rows of each section in print order, by section key ({@link TableBuilder#SINGLE} when the
 *                      table has no sections)
 */
public record DynamicBins(List<Bin> sections, Map<String, List<Bin>> rowsBySection) {

    /** For tables without dynamic axes. */
    public static final DynamicBins NONE = new DynamicBins(List.of(), Map.of());

    /** Rows of a table without sections. */
    public static DynamicBins rows(List<Bin> rows) {
        return new DynamicBins(List.of(), Map.of(TableBuilder.SINGLE, rows));
    }

    /** The rows of a section; none for a section that has no bins of its own (TIDAK TERCATAT when every unit has a kind). */
    public List<Bin> rows(String sectionKey) {
        return rowsBySection.getOrDefault(sectionKey, List.of());
    }
}
