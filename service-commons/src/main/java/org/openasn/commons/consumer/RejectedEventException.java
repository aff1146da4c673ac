package org.openasn.commons.consumer;

/** An event that is well-formed but can never be applied (it contradicts the consumer's state). Dead-lettered. */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }
}
