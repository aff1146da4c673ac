package org.openasn.reference.identity;

import org.openasn.reference.InvalidReferenceException;

/**
 * A NIP or NIK that cannot exist: wrong length, a character that is not a digit, or a part that is not a date,
 * a month, a gender or a known region. {@link #reason()} names the part, e.g.
 * "birth date 19671332 in NIP is not a date".
 */
public class InvalidIdentifierException extends InvalidReferenceException {

    private static final long serialVersionUID = 1L;

    /**
     * @param input  the identifier as received
     * @param reason what is wrong with it
     */
    public InvalidIdentifierException(String input, String reason) {
        super(input, reason);
    }
}
