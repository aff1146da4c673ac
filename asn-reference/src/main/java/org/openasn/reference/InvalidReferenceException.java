package org.openasn.reference;

/**
 * A code or identifier that does not exist or is malformed: thrown by every parser in this module, so that no
 * invalid value object can be created.
 *
 * <p>{@link #reason()} says precisely what is wrong, in English, for an import report or a problem+json detail
 * (for example "unknown golongan id 46"). The message is the reason alone: it never repeats the whole input,
 * because some inputs (a NIK) are personal data that must not end up in logs; the caller decides whether to show
 * {@link #input()}.
 */
public class InvalidReferenceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String reason;

    /**
     * @param input  the text as received (may be {@code null})
     * @param reason what is wrong with it
     */
    public InvalidReferenceException(String input, String reason) {
        super(reason);
        this.input = input;
        this.reason = reason;
    }

    /** @return the text as received, possibly {@code null} */
    public String input() {
        return input;
    }

    /** @return what is wrong with the input, e.g. "NIP must be 18 digits, got 17" */
    public String reason() {
        return reason;
    }
}
