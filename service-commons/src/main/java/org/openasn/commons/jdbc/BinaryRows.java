package org.openasn.commons.jdbc;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, for {@link CopyIn}: PostgreSQL then stores each value as it comes
 * instead of parsing its text (dates, instants and UUIDs cost most). Each value is written as the column's type receives
 * it, and only where that gives exactly what PostgreSQL makes of the value's text (decision 27):
 * <ul>
 *   <li>{@code boolean} from a {@link Boolean}; {@code smallint}, {@code integer} and {@code bigint} from an
 *   {@link Integer}, {@link Long} or {@link Short} in range;</li>
 *   <li>{@code text}, {@code varchar} and {@code char(n)} from anything, as {@code toString()} writes it (as the text
 *   format does), unless that holds a NUL, which PostgreSQL refuses in text;</li>
 *   <li>{@code jsonb} from a {@link String};</li>
 *   <li>{@code uuid} from a {@link UUID}; {@code date} from a {@link LocalDate} of the years 1 to 9999;</li>
 *   <li>{@code timestamptz} from an {@link Instant} of the years 1000 to 9999, its nanoseconds rounded to microseconds
 *   as PostgreSQL rounds a fraction of a second it parses: half to even, of the fraction as a {@code double}.</li>
 * </ul>
 * Any other value or column type, and the rows are not written in this format: {@link #encode} gives {@code null} and
 * {@code CopyIn} sends them as text.
 * <p>The rows are encoded as PostgreSQL reads them, a chunk of about {@value #CHUNK} bytes at a time into one buffer, so
 * that sending a batch allocates that buffer and not the batch's whole encoding (which, at megabytes, the collector
 * would have to place in the old generation).
 */
final class BinaryRows extends InputStream {

    static final int BOOL = 16, INT8 = 20, INT2 = 21, INT4 = 23, TEXT = 25, BPCHAR = 1042, VARCHAR = 1043, DATE = 1082,
            TIMESTAMPTZ = 1184, UUID_TYPE = 2950, JSONB = 3802;

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** 2000-01-01, PostgreSQL's epoch, in days and seconds after 1970-01-01. */
    private static final long EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long EPOCH_SECOND = EPOCH_DAY * 86_400;
    /**
     * Bytes encoded at a time. The buffer holds twice as many, so that the row that crosses a chunk's end fits in it
     * (it grew on nearly every {@code COPY} when it held one chunk); it grows only for a row larger than a chunk.
     */
    static final int CHUNK = 1 << 16;

    private final Iterator<Object[]> rows;
    private final int[] types;
    private byte[] bytes = new byte[2 * CHUNK];
    /** The encoded bytes in {@link #bytes}, and how many of them have been read. */
    private int length;
    private int position;
    private boolean trailerWritten;

    private BinaryRows(Iterator<Object[]> rows, int[] types) {
        this.rows = rows;
        this.types = types;
        put(SIGNATURE);
        putInt(0); // flags
        putInt(0); // no header extension
    }

    /**
     * {@code rows} in the binary format for columns of the types {@code types} (their OIDs), encoded as they are read, or
     * {@code null} when a value has no binary form here. The rows must not change until the stream has been read.
     */
    static InputStream encode(List<Object[]> rows, int[] types) {
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (row[i] != null && !hasBinaryForm(types[i], row[i])) {
                    return null;
                }
            }
        }
        return new BinaryRows(rows.iterator(), types);
    }

    private static boolean hasBinaryForm(int type, Object value) {
        return switch (type) {
            case BOOL -> value instanceof Boolean;
            case INT2, INT4, INT8 -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof Short)) {
                    yield false;
                }
                long number = ((Number) value).longValue();
                yield !(type == INT2 && number != (short) number || type == INT4 && number != (int) number);
            }
            case TEXT, VARCHAR, BPCHAR -> value.toString().indexOf('\0') < 0;
            case JSONB -> value instanceof String json && json.indexOf('\0') < 0;
            case UUID_TYPE -> value instanceof UUID;
            case DATE -> value instanceof LocalDate date && date.getYear() >= 1 && date.getYear() <= 9999;
            case TIMESTAMPTZ -> value instanceof Instant instant && CopyIn.ofFourDigitYear(instant);
            default -> false;
        };
    }

    @Override
    public int read(byte[] into, int offset, int wanted) {
        if (wanted == 0) {
            return 0;
        }
        if (position == length && !refill()) {
            return -1;
        }
        int count = Math.min(wanted, length - position);
        System.arraycopy(bytes, position, into, offset, count);
        position += count;
        return count;
    }

    @Override
    public int read() {
        if (position == length && !refill()) {
            return -1;
        }
        return bytes[position++] & 0xff;
    }

    /** Encodes the next rows into the emptied buffer, about a chunk of them; false when everything has been read. */
    private boolean refill() {
        position = length = 0;
        while (length < CHUNK && rows.hasNext()) {
            Object[] row = rows.next();
            putShort(row.length);
            for (int i = 0; i < row.length; i++) {
                if (row[i] == null) {
                    putInt(-1);
                } else {
                    field(types[i], row[i]);
                }
            }
        }
        if (!rows.hasNext() && !trailerWritten) {
            putShort(-1);
            trailerWritten = true;
        }
        return length > 0;
    }

    /** Writes a value {@link #hasBinaryForm} accepted for its column. */
    private void field(int type, Object value) {
        switch (type) {
            case BOOL -> {
                putInt(1);
                put((Boolean) value ? 1 : 0);
            }
            case INT2, INT4, INT8 -> {
                long number = ((Number) value).longValue();
                int size = type == INT2 ? 2 : type == INT4 ? 4 : 8;
                putInt(size);
                for (int shift = 8 * (size - 1); shift >= 0; shift -= 8) {
                    put((int) (number >>> shift));
                }
            }
            case TEXT, VARCHAR, BPCHAR -> putText(value.toString(), false);
            case JSONB -> putText((String) value, true);
            case UUID_TYPE -> {
                UUID uuid = (UUID) value;
                putInt(16);
                putLong(uuid.getMostSignificantBits());
                putLong(uuid.getLeastSignificantBits());
            }
            case DATE -> {
                putInt(4);
                putInt(Math.toIntExact(((LocalDate) value).toEpochDay() - EPOCH_DAY));
            }
            case TIMESTAMPTZ -> {
                Instant instant = (Instant) value;
                putInt(8);
                putLong((instant.getEpochSecond() - EPOCH_SECOND) * 1_000_000 + microseconds(instant.getNano()));
            }
            default -> throw new IllegalArgumentException("no binary form for type " + type);
        }
    }

    /** A text value as UTF-8 after its length (and, for jsonb, the version of its binary form, 1: its text follows). */
    private void putText(String text, boolean jsonb) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (jsonb) {
            putInt(utf8.length + 1);
            put(1);
        } else {
            putInt(utf8.length);
        }
        put(utf8);
    }

    /**
     * A fraction of a second in whole microseconds, as PostgreSQL reads it from text ({@code rint(strtod(".f") * 1e6)}):
     * {@code nanos / 1e9} is the double nearest the decimal fraction, as {@code strtod}'s is.
     */
    static long microseconds(int nanos) {
        return (long) Math.rint(nanos / 1e9 * 1e6);
    }

    private void put(int b) {
        ensure(1);
        bytes[length++] = (byte) b;
    }

    private void put(byte[] more) {
        ensure(more.length);
        System.arraycopy(more, 0, bytes, length, more.length);
        length += more.length;
    }

    private void putShort(int value) {
        put(value >>> 8);
        put(value);
    }

    private void putInt(int value) {
        ensure(4);
        bytes[length++] = (byte) (value >>> 24);
        bytes[length++] = (byte) (value >>> 16);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
