package org.openasn.commons.ids;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, the other 74 (besides version and
 * variant) random. PostgreSQL compares UUIDs byte by byte, so ids made one after the other sort one after the other:
 * rows written together go to the same end of a B-tree index keyed on them (a primary key, or an index led by a
 * foreign key), where random version 4 UUIDs scatter each insert over the whole index, and the pages it has to read
 * and dirty grow with the table. The random bits come from a {@link SecureRandom} of each thread, as RFC 9562
 * recommends, without the lock {@link UUID#randomUUID()} shares.
 */
public final class TimeOrderedUuid {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    });

    private TimeOrderedUuid() {
    }

    /** A new id whose first 48 bits are the current time in milliseconds. */
    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long unixMillis) {
        SecureRandom random = RANDOM.get();
        long mostSignificant = unixMillis << 16 | 0x7000L | random.nextInt(1 << 12);
        long leastSignificant = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    /** The milliseconds of a version 7 id. */
    static long millisOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }
}
