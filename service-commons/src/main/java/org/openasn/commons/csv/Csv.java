package org.openasn.commons.csv;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV documents as the services write them (RFC 4180: CRLF line ends, a field quoted, its quotes doubled, only when it
 * holds the separator, a quote or a line break), and the choice between CSV and JSON for an endpoint that offers both.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    /** One line of cells separated by commas; {@code null} is an empty cell. */
    public static String line(Object... cells) {
        return line(',', Arrays.asList(cells));
    }

    /** One line of cells separated by {@code separator}; {@code null} is an empty cell. */
    public static String line(char separator, List<?> cells) {
        return cells.stream().map(c -> field(c, separator)).collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
    }

    /** A cell's text, quoted when it holds {@code separator}, a quote or a line break; {@code null} is empty. */
    static String field(Object value, char separator) {
        String text = value == null ? "" : value.toString();
        return text.indexOf(separator) >= 0 || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** CSV when {@code format=csv}, or when the client accepts text/csv and not JSON first. */
    public static boolean wanted(String format, HttpHeaders headers) {
        if (format != null) {
            return "csv".equalsIgnoreCase(format.strip());
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && accepted.get(0).isCompatible(MediaType.valueOf(MEDIA_TYPE)) && !accepted.get(0).isWildcardType();
    }

    /** A CSV download named {@code fileName}. */
    public static Response download(String body, String fileName) {
        return Response.ok(body, MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
