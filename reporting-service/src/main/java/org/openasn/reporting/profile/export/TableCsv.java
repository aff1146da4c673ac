package org.openasn.reporting.profile.export;

import org.openasn.commons.csv.Csv;
import org.openasn.reporting.profile.ProfileTable;
import org.openasn.reporting.profile.TableLayout;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A profile table as CSV for Excel in an Indonesian locale: UTF-8 with a byte order mark, fields separated by
 * {@code ;}, decimal comma in percentages, CRLF line ends, fields quoted (quotes doubled) only when they contain
 * {@code ;}, {@code "} or a line break. The lines are those of {@link TableLayout}: a header, the rows with the
 * section totals, the totals line.
 */
public final class TableCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableCsv() {
    }

    public static byte[] write(ProfileTable table) {
        StringBuilder csv = new StringBuilder();
        for (TableLayout.Line line : TableLayout.lines(table)) {
            List<String> fields = new ArrayList<>(line.labels());
            line.values().forEach(v -> fields.add(format(v)));
            csv.append(Csv.line(';', fields));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? TableLayout.decimalComma(d) : value.toString();
    }
}
