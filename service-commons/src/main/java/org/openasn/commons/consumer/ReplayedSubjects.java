package org.openasn.commons.consumer;

/**
 * The subjects (source and subject) a replay from scratch has handed to the ledger so far, as a Bloom filter:
 * {@link #mayContain} is {@code false} only for a subject never added. The replay emptied the consumer group's ledger
 * when it started, so a subject not added has no mark: its mark need not be looked up, and the handler has kept
 * nothing of it. A false positive only costs that look-up: about 1 % of subjects when the filter holds as many as it
 * was sized for (ten bits a subject, seven probes), more beyond its largest size (64 MiB, some 50 million subjects).
 * Used by one thread at a time: the consumer's writer, which applies the batches one after the other (the loop's
 * thread makes and drops the filter only while nothing is being written).
 */
final class ReplayedSubjects {

    private static final int PROBES = 7;
    private static final int BITS_PER_SUBJECT = 10;
    private static final long MAX_BITS = 1L << 29;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final long[] words;
    private final long mask;

    /** @param expected how many subjects it should hold at most (a replay's event count is a bound) */
    ReplayedSubjects(long expected) {
        long wanted = Math.max(64, Math.min(MAX_BITS, Math.max(1, expected) * BITS_PER_SUBJECT));
        long bits = Long.bitCount(wanted) == 1 ? wanted : Long.highestOneBit(wanted) << 1;
        words = new long[(int) (bits >>> 6)];
        mask = bits - 1;
    }

    void add(String source, String subject) {
        long h1 = firstHash(source, subject);
        long h2 = secondHash(h1);
        for (int i = 0; i < PROBES; i++) {
            long bit = (h1 + i * h2) & mask;
            words[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    /** {@code false}: the subject was never added. */
    boolean mayContain(String source, String subject) {
        long h1 = firstHash(source, subject);
        long h2 = secondHash(h1);
        for (int i = 0; i < PROBES; i++) {
            long bit = (h1 + i * h2) & mask;
            if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** FNV-1a over both strings (with a separator), finished by MurmurHash3's mix so that every bit depends on every char. */
    private static long firstHash(String source, String subject) {
        long h = FNV_OFFSET;
        for (int i = 0; i < source.length(); i++) {
            h = (h ^ source.charAt(i)) * FNV_PRIME;
        }
        h = (h ^ 0xffff) * FNV_PRIME;
        for (int i = 0; i < subject.length(); i++) {
            h = (h ^ subject.charAt(i)) * FNV_PRIME;
        }
        return mix(h);
    }

    /** An odd step for double hashing, so that the probes of one subject differ. */
    private static long secondHash(long h1) {
        return mix(h1 ^ 0x9e3779b97f4a7c15L) | 1;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
