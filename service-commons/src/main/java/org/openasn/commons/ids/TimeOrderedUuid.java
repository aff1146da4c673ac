package org.openasn.commons.ids;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, the other 74 (besides version and
 * variant) random. PostgreSQL compares UUIDs byte by byte, so ids made one after the other sort one after the other:
 * rows written together go to the same end of a B-tree index keyed on them (a primary key, or an index led by a
 * foreign key), where random version 4 UUIDs scatter each insert over the whole index, and the pages it has to read
 * and dirty grow with the table. The random bits come from a {@link SecureRandom} of each thread, as RFC 9562
 * recommends, without the lock {@link UUID#randomUUID()} shares; each thread draws {@value #RANDOM_BYTES} bytes at a
 * time, since a DRBG call costs about as much, in time and allocation, for 16 bytes as for 4 KB.
 */
public final class TimeOrderedUuid {

    static final int RANDOM_BYTES = 4096;
    private static final ThreadLocal<RandomBits> RANDOM = ThreadLocal.withInitial(RandomBits::new);

    private TimeOrderedUuid() {
    }

    /** A new id whose first 48 bits are the current time in milliseconds. */
    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long unixMillis) {
        RandomBits random = RANDOM.get();
        long mostSignificant = unixMillis << 16 | 0x7000L | random.nextLong() & 0xFFFL;
        long leastSignificant = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    /** The milliseconds of a version 7 id. */
    static long millisOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    /** A thread's random bytes, drawn from its own {@link SecureRandom} {@value #RANDOM_BYTES} at a time; each used once. */
    private static final class RandomBits {

        private final SecureRandom random;
        private final ByteBuffer bytes = ByteBuffer.allocate(RANDOM_BYTES).position(RANDOM_BYTES);

        RandomBits() {
            SecureRandom drbg;
            try {
                drbg = SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException e) {
                drbg = new SecureRandom();
            }
            random = drbg;
        }

        long nextLong() {
            if (bytes.remaining() < Long.BYTES) {
                random.nextBytes(bytes.array());
                bytes.clear();
            }
            return bytes.getLong();
        }
    }
}
