package org.openasn.retirement.forecast.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.stream.Collectors;

/** CSV documents (RFC 4180: comma, CRLF, fields with a comma, quote or line break quoted) and the choice between CSV and JSON. */
final class Csv {

    static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    /** One line of cells; null is an empty cell. */
    static String line(Object... cells) {
        return java.util.Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** CSV when {@code format=csv}, or when the client accepts text/csv and not JSON first. */
    static boolean wanted(String format, HttpHeaders headers) {
        if (format != null) {
            return "csv".equalsIgnoreCase(format.strip());
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && accepted.get(0).isCompatible(MediaType.valueOf(MEDIA_TYPE)) && !accepted.get(0).isWildcardType();
    }

    /** A CSV download named {@code fileName}. */
    static Response download(String body, String fileName) {
        return Response.ok(body, MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
