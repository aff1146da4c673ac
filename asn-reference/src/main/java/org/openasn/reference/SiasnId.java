package org.openasn.reference;

import java.util.function.ToIntFunction;

/**
 * Reads the numeric ids with which SIASN (Sistem Informasi ASN, the national civil-service information system of
 * BKN) and its exports code every reference table.
 *
 * <p>Exports write the same id with or without a leading zero ("01" or "1" for kedudukan hukum aktif,
 * "05" or "5" for SD), so ids are compared as numbers. Surrounding whitespace is ignored; anything but digits
 * is rejected.
 */
public final class SiasnId {

    private SiasnId() {
    }

    /**
     * Finds the constant whose SIASN id equals the given text.
     *
     * @param values the constants to search, e.g. {@code Agama.values()}
     * @param idOf   the numeric SIASN id of a constant
     * @param text   the id as exported, e.g. "01"
     * @param what   the name of the table for the reason, e.g. "agama"
     * @return the constant with that id
     * @throws InvalidReferenceException if the text is empty, not a number, or no constant has that id
     */
    public static <E extends Enum<E>> E lookup(E[] values, ToIntFunction<E> idOf, String text, String what) {
        int id = parse(text, what);
        for (E value : values) {
            if (idOf.applyAsInt(value) == id) {
                return value;
            }
        }
        throw new InvalidReferenceException(text, "unknown " + what + " id " + text.strip());
    }

    private static int parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidReferenceException(text, what + " id is empty");
        }
        String id = text.strip();
        if (id.length() > 9 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidReferenceException(text, what + " id '" + id + "' is not a number");
        }
        return Integer.parseInt(id);
    }
}
