package org.openasn.reference.unit;

import org.openasn.reference.InvalidReferenceException;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How unit names are compared (upper case, punctuation other than '&' and '-' dropped, blanks collapsed), and how the
 * unit codes are read from their constants' names.
 */
final class UnitNames {

    private static final Pattern NOT_A_NAME_CHARACTER = Pattern.compile("[^A-Z0-9&\\- ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private UnitNames() {
    }

    static String normalise(String name) {
        return SPACES.matcher(NOT_A_NAME_CHARACTER.matcher(name.toUpperCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** Whether the normalised {@code name} is {@code word} or starts with it followed by a blank. */
    static boolean startsWithWord(String name, String word) {
        return name.equals(word) || name.startsWith(word + " ");
    }

    /**
     * The constant named {@code code} (any case, blanks around ignored).
     * @param what what the constants are, for the message, e.g. "unit type"
     * @throws InvalidReferenceException for anything else
     */
    static <E extends Enum<E>> E constantNamed(Class<E> type, String code, String what) {
        if (code != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
                    return constant;
                }
            }
        }
        throw new InvalidReferenceException(code, "'" + code + "' is not a " + what + ": expected one of " + List.of(type.getEnumConstants()));
    }
}
