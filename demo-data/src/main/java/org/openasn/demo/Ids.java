package org.openasn.demo;

/**
 * Deterministic look-alikes of SIASN's identifiers. SIASN keys most reference rows (instansi, unor, jabatan,
 * pendidikan, lokasi) and every person (PNS ID) with 32 upper-case hex digits, Oracle {@code SYS_GUID()} values
 * such as {@code A5EB03E23CFCF6A0E040640A040252AD}. These are hashes of a seed and a name: the same seed gives the
 * same ids, and none of them is a real SIASN id.
 */
final class Ids {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Ids() {
    }

    /** @return 32 hex digits for the text under the seed */
    static String hex32(long seed, String text) {
        long h1 = Rng.mix(seed ^ 0x5851F42D4C957F2DL);
        long h2 = Rng.mix(seed + 0x14057B7EF767814FL);
        for (int i = 0; i < text.length(); i++) {
            h1 = Rng.mix(h1 ^ text.charAt(i));
            h2 = Rng.mix(h2 + text.charAt(i) * 0x9E3779B97F4A7C15L);
        }
        return hex32(h1, h2);
    }

    /** @return 32 hex digits for two numbers (a person's index, say), without allocating more than the result */
    static String hex32(long seed, long a, long b) {
        long h1 = Rng.mix(Rng.mix(seed ^ a) + b);
        long h2 = Rng.mix(h1 ^ Rng.mix(b + 0x632BE59BD9B4E019L));
        return hex32(h1, h2);
    }

    static String hex32(long h1, long h2) {
        char[] c = new char[32];
        for (int i = 0; i < 16; i++) {
            c[i] = HEX[(int) (h1 >>> (60 - 4 * i)) & 0xF];
            c[16 + i] = HEX[(int) (h2 >>> (60 - 4 * i)) & 0xF];
        }
        return new String(c);
    }

    /** Appends {@code value} as exactly {@code width} decimal digits (zero-padded). */
    static void digits(StringBuilder out, long value, int width) {
        char[] c = DIGITS.get();
        for (int i = width - 1; i >= 0; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        out.append(c, 0, width);
    }

    private static final ThreadLocal<char[]> DIGITS = ThreadLocal.withInitial(() -> new char[20]);
}
