package org.openasn.commons.jdbc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
 */
final class BinaryRows {

    static final int BOOL = 16, INT8 = 20, INT2 = 21, INT4 = 23, TEXT = 25, BPCHAR = 1042, VARCHAR = 1043, DATE = 1082,
            TIMESTAMPTZ = 1184, UUID_TYPE = 2950, JSONB = 3802;

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** 2000-01-01, PostgreSQL's epoch, in days and seconds after 1970-01-01. */
    private static final long EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long EPOCH_SECOND = EPOCH_DAY * 86_400;

    private byte[] bytes = new byte[1 << 16];
    private int length;

    private BinaryRows() {
    }

    /** {@code rows} in the binary format for columns of the types {@code types} (their OIDs), or {@code null} when one has no binary form here. */
    static InputStream encode(List<Object[]> rows, int[] types) {
        BinaryRows out = new BinaryRows();
        out.put(SIGNATURE);
        out.putInt(0); // flags
        out.putInt(0); // no header extension
        for (Object[] row : rows) {
            out.putShort(row.length);
            for (int i = 0; i < row.length; i++) {
                if (row[i] == null) {
                    out.putInt(-1);
                } else if (!out.field(types[i], row[i])) {
                    return null;
                }
            }
        }
        out.putShort(-1);
        return new ByteArrayInputStream(out.bytes, 0, out.length);
    }

    private boolean field(int type, Object value) {
        switch (type) {
            case BOOL -> {
                if (!(value instanceof Boolean truth)) {
                    return false;
                }
                putInt(1);
                put(truth ? 1 : 0);
            }
            case INT2, INT4, INT8 -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof Short)) {
                    return false;
                }
                long number = ((Number) value).longValue();
                if (type == INT2 && number != (short) number || type == INT4 && number != (int) number) {
                    return false;
                }
                int size = type == INT2 ? 2 : type == INT4 ? 4 : 8;
                putInt(size);
                for (int shift = 8 * (size - 1); shift >= 0; shift -= 8) {
                    put((int) (number >>> shift));
                }
            }
            case TEXT, VARCHAR, BPCHAR, JSONB -> {
                if (type == JSONB && !(value instanceof String)) {
                    return false;
                }
                String text = value.toString();
                if (text.indexOf('\0') >= 0) {
                    return false;
                }
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                if (type == JSONB) {
                    putInt(utf8.length + 1);
                    put(1); // the version of jsonb's binary form: its text follows
                } else {
                    putInt(utf8.length);
                }
                put(utf8);
            }
            case UUID_TYPE -> {
                if (!(value instanceof UUID uuid)) {
                    return false;
                }
                putInt(16);
                putLong(uuid.getMostSignificantBits());
                putLong(uuid.getLeastSignificantBits());
            }
            case DATE -> {
                if (!(value instanceof LocalDate date) || date.getYear() < 1 || date.getYear() > 9999) {
                    return false;
                }
                putInt(4);
                putInt(Math.toIntExact(date.toEpochDay() - EPOCH_DAY));
            }
            case TIMESTAMPTZ -> {
                if (!(value instanceof Instant instant) || !CopyIn.ofFourDigitYear(instant)) {
                    return false;
                }
                putInt(8);
                putLong((instant.getEpochSecond() - EPOCH_SECOND) * 1_000_000 + microseconds(instant.getNano()));
            }
            default -> {
                return false;
            }
        }
        return true;
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
