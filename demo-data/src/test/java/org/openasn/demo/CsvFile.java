package org.openasn.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader for the tests, written independently of {@link SiasnCsv}: the tests look at the file as
 * an importer would, by header name.
 */
final class CsvFile {

    final List<String> headers;
    final List<String[]> rows;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvFile(List<String> headers, List<String[]> rows) {
        this.headers = headers;
        this.rows = rows;
        for (int i = 0; i < headers.size(); i++) {
            index.put(headers.get(i), i);
        }
    }

    static CsvFile parse(String text) {
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.length() == 0 && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                i++;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                records.add(fields.toArray(new String[0]));
                fields.clear();
                i += 2;
            } else if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException("bare line break outside quotes at " + i);
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (fieldStarted || !fields.isEmpty()) {
            throw new IllegalArgumentException("last record not ended by CRLF");
        }
        List<String> headers = List.of(records.get(0));
        return new CsvFile(headers, records.subList(1, records.size()));
    }

    String get(String[] row, String header) {
        Integer i = index.get(header);
        if (i == null) {
            throw new IllegalArgumentException("no column " + header);
        }
        return row[i];
    }

    static LocalDate date(String ddMmYyyy) {
        if (ddMmYyyy.isEmpty()) {
            return null;
        }
        if (!ddMmYyyy.matches("\\d{2}-\\d{2}-\\d{4}")) {
            throw new IllegalArgumentException("not dd-mm-yyyy: " + ddMmYyyy);
        }
        return LocalDate.of(Integer.parseInt(ddMmYyyy.substring(6)), Integer.parseInt(ddMmYyyy.substring(3, 5)),
                Integer.parseInt(ddMmYyyy.substring(0, 2)));
    }
}
