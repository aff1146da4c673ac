package org.openasn.personnel.siasn;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A UTF-8 decoder that hands out one UTF-16 code unit at a time, with one unit of look-ahead, and reports bytes
 * that are not UTF-8 instead of hiding them: {@link #MALFORMED} stands for one U+FFFD replacement, so the CSV
 * reader knows which field held bad bytes. A malformed sequence is replaced by one U+FFFD for its longest valid
 * prefix (the lead byte and the continuation bytes that fitted), as the Unicode standard recommends; overlong forms,
 * surrogates and code points above U+10FFFF are malformed, and so is the NUL byte, which no text column can hold. A
 * leading byte-order mark is dropped.
 *
 * <p>Bytes are read in blocks into one reused buffer; nothing else is allocated per character.
 */
final class Utf8Source implements Closeable {

    /** End of input. */
    static final int EOF = -1;
    /** Bytes that are not UTF-8; the reader substitutes U+FFFD. */
    static final int MALFORMED = -2;

    private static final int NONE = -3;

    private final InputStream in;
    private final byte[] buffer;
    private int position;
    private int limit;
    private long consumedBeforeBuffer;
    private char pendingLowSurrogate;
    private int peeked = NONE;

    Utf8Source(InputStream in, int bufferSize) throws IOException {
        this.in = in;
        this.buffer = new byte[bufferSize];
        int first = decode();
        if (first != '\uFEFF') {
            peeked = first;
        }
    }

    /** @return the next code unit, {@link #MALFORMED} or {@link #EOF} */
    int read() throws IOException {
        if (peeked != NONE) {
            int unit = peeked;
            peeked = NONE;
            return unit;
        }
        return decode();
    }

    /** @return what the next {@link #read()} will return, without consuming it */
    int peek() throws IOException {
        if (peeked == NONE) {
            peeked = decode();
        }
        return peeked;
    }

    /** @return the bytes decoded so far, including a peeked character's; for progress, not for seeking */
    long bytesConsumed() {
        return consumedBeforeBuffer + position;
    }

    private int decode() throws IOException {
        if (pendingLowSurrogate != 0) {
            char low = pendingLowSurrogate;
            pendingLowSurrogate = 0;
            return low;
        }
        int lead = nextByte();
        if (lead < 0x80) {
            return lead == 0 ? MALFORMED : lead; // ASCII, or EOF (-1); NUL is no text that PostgreSQL can store
        }
        int continuations;
        int codePoint;
        int lower = 0x80;
        int upper = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuations = 1;
            codePoint = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuations = 2;
            codePoint = lead & 0x0F;
            if (lead == 0xE0) {
                lower = 0xA0; // overlong
            } else if (lead == 0xED) {
                upper = 0x9F; // surrogates
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuations = 3;
            codePoint = lead & 0x07;
            if (lead == 0xF0) {
                lower = 0x90; // overlong
            } else if (lead == 0xF4) {
                upper = 0x8F; // above U+10FFFF
            }
        } else {
            return MALFORMED; // a continuation byte without a lead, C0, C1 or F5–FF
        }
        for (int i = 0; i < continuations; i++) {
            int next = peekByte();
            if (next < lower || next > upper) {
                return MALFORMED; // the offending byte starts the next character
            }
            position++;
            codePoint = (codePoint << 6) | (next & 0x3F);
            lower = 0x80;
            upper = 0xBF;
        }
        if (codePoint >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            pendingLowSurrogate = Character.lowSurrogate(codePoint);
            return Character.highSurrogate(codePoint);
        }
        return codePoint;
    }

    private int nextByte() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++] & 0xFF;
    }

    private int peekByte() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position] & 0xFF;
    }

    private boolean fill() throws IOException {
        consumedBeforeBuffer += limit;
        position = 0;
        limit = 0;
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        limit = read;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
