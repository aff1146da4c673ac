package org.openasn.reference.identity;

/**
 * Turns an identifier as exported into its digits. Real exports group NIPs and NIKs with spaces or dots
 * ("19670515 199003 1 002"), and spreadsheets add non-breaking spaces, so those are dropped; any other
 * character that is not an ASCII digit is an error.
 */
final class IdentifierText {

    private IdentifierText() {
    }

    /**
     * @param text   the identifier as received
     * @param name   "NIP" or "NIK", for the reason
     * @param length the number of digits the identifier has
     * @return exactly {@code length} ASCII digits
     * @throws InvalidIdentifierException if the text is empty, holds another character, or has another length
     */
    static String digits(String text, String name, int length) {
        if (text == null || text.isBlank()) {
            throw new InvalidIdentifierException(text, name + " is empty");
        }
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != '.' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                throw new InvalidIdentifierException(text,
                        name + " may contain only digits, spaces and dots, got '" + c + "'");
            }
        }
        if (digits.length() != length) {
            throw new InvalidIdentifierException(text,
                    name + " must be " + length + " digits, got " + digits.length());
        }
        return digits.toString();
    }
}
