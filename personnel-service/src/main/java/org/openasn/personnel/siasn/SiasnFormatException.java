package org.openasn.personnel.siasn;

import java.io.IOException;
import java.util.List;

/**
 * The file as a whole cannot be read as a SIASN export: it is empty, its header lacks required columns, or two
 * columns have the same name. Thrown before any row is read; a bad row is never a reason for this exception (see
 * {@link SiasnRow#structuralProblems()}).
 */
public class SiasnFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final List<String> missingHeaders;
    private final Character delimiter;

    /**
     * @param message        what is wrong, naming every missing header and the delimiter detected
     * @param missingHeaders the required headers the file lacks, in export order; empty for other problems
     * @param delimiter      the delimiter detected, or {@code null} when there was no header to detect it from
     */
    public SiasnFormatException(String message, List<String> missingHeaders, Character delimiter) {
        super(message);
        this.missingHeaders = List.copyOf(missingHeaders);
        this.delimiter = delimiter;
    }

    /** @return the required headers the file lacks, normalised, in export order */
    public List<String> missingHeaders() {
        return missingHeaders;
    }

    /** @return the delimiter detected from the header line, or {@code null} */
    public Character delimiter() {
        return delimiter;
    }
}
