package org.openasn.reference.unit;

import java.util.Locale;

/** How unit names are compared: upper case, punctuation other than '&' and '-' dropped, blanks collapsed. */
final class UnitNames {

    private UnitNames() {
    }

    static String normalise(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9&\\- ]", " ").replaceAll("\\s+", " ").strip();
    }

    /** Whether the normalised {@code name} is {@code word} or starts with it followed by a blank. */
    static boolean startsWithWord(String name, String word) {
        return name.equals(word) || name.startsWith(word + " ");
    }
}
