package org.openasn.events;

import java.util.List;

/** A message that is not a valid event of the contract: the consumer dead-letters it with these reasons. */
public class InvalidEventException extends RuntimeException {

    private final List<String> reasons;

    public InvalidEventException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
