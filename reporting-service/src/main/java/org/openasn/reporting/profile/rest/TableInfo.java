package org.openasn.reporting.profile.rest;

import org.openasn.reference.unit.JenisUnit;
import org.openasn.reporting.profile.Axis;
import org.openasn.reporting.profile.Bin;
import org.openasn.reporting.profile.TableDefinition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table of the catalogue: its number, title (with {bulan}/{tahun} standing for the month), where it comes from,
 * whom and what it counts, and its layout. Rows and columns marked "(bila ada)" are printed only when not empty.
 */
public record TableInfo(String number, String title, String source, String description, String population, String measure,
                        List<String> sections, String rowHeader, List<String> rows, List<String> columns, String totalLabel,
                        boolean percentages, List<String> notes) {

    static TableInfo of(TableDefinition def) {
        List<String> sections = def.sections() == null ? List.of()
                : def.sections().isDynamic() ? List.of("(one section per kind of unit the agency has, in the order "
                + Arrays.stream(JenisUnit.values()).filter(t -> t != JenisUnit.UPTD).map(JenisUnit::label).collect(Collectors.joining(", "))
                + ")", Axis.UNRECORDED + " (bila ada)")
                : labels(def.sections().bins(""));
        List<String> rows;
        if (def.rows().isDynamic()) {
            rows = List.of("unit".equals(def.rows().name()) ? "(one row per unit of the agency existing at the month's end)"
                    : "(one row per month, January to the month asked for)");
        } else {
            Set<String> union = new LinkedHashSet<>();
            for (String key : def.sections() == null ? List.of("") : def.sections().bins("").stream().map(Bin::key).toList()) {
                union.addAll(labels(def.rows().bins(key)));
            }
            rows = new ArrayList<>(union);
        }
        List<String> columns = def.columns() == null ? List.of(def.population().shortLabel()) : labels(def.columns().bins(""));
        return new TableInfo(def.number(), def.title(), def.source(), def.description(), def.population().label(), def.measure().name(),
                sections, def.rowHeader(), rows, columns, def.totalLabel(), def.percentages(), def.notes());
    }

    private static List<String> labels(List<Bin> bins) {
        List<String> labels = new ArrayList<>();
        for (Bin bin : bins) {
            String label = bin.group() == null ? bin.label() : bin.group() + " " + bin.label();
            labels.add(bin.optional() ? label + " (bila ada)" : label);
        }
        labels.add(Axis.UNRECORDED + " (bila ada)");
        return labels;
    }
}
