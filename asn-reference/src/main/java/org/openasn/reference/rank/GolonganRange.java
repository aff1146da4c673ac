package org.openasn.reference.rank;

import java.util.Objects;

/**
 * An inclusive range of golongan on one scale, e.g. III/a–III/b: the ranks a position may be held at.
 *
 * @param lowest  the lowest golongan in the range
 * @param highest the highest golongan in the range, of the same kind and not below {@code lowest}
 */
public record GolonganRange(Golongan lowest, Golongan highest) {

    /** Rejects a range across the two scales or running downwards. */
    public GolonganRange {
        Objects.requireNonNull(lowest, "lowest");
        Objects.requireNonNull(highest, "highest");
        if (lowest.kind() != highest.kind() || lowest.rank() > highest.rank()) {
            throw new IllegalArgumentException("not a golongan range: " + lowest.code() + "–" + highest.code());
        }
    }

    /**
     * @param golongan a golongan of the range's own kind
     * @return whether it lies between the lowest and the highest, inclusive
     * @throws IllegalArgumentException for a golongan of the other kind (PPPK ranks have no place on the PNS
     *                                  scale), so that a caller decides explicitly how PPPK are treated
     */
    public boolean contains(Golongan golongan) {
        if (golongan.kind() != lowest.kind()) {
            throw new IllegalArgumentException("range " + this + " is on the " + lowest.kind()
                    + " scale; got " + golongan.kind() + " golongan " + golongan.code());
        }
        return golongan.rank() >= lowest.rank() && golongan.rank() <= highest.rank();
    }

    /** @return e.g. "III/a–III/b" */
    @Override
    public String toString() {
        return lowest.code() + "–" + highest.code();
    }
}
