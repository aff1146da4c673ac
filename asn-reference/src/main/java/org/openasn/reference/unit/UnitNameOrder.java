package org.openasn.reference.unit;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The order people read a list of unit names in: alphabetical, ignoring case, but a run of digits by its value, so that
 * UPTD SD NEGERI 2 comes before UPTD SD NEGERI 10 (a list of schools is mostly numbers). Names equal in this order are
 * ordered as plain strings, so that the order is total.
 */
public final class UnitNameOrder {

    private UnitNameOrder() {
    }

    /**
     * Units side by side as an agency lists them: by its listing order (its regulation's order of its units), those
     * without one after, then by name in this order.
     */
    public static <T> Comparator<T> siblings(Function<T, Integer> listOrder, Function<T, String> name) {
        return Comparator.comparing(listOrder, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                .thenComparing(name, UnitNameOrder::compare);
    }

    /** Negative, zero or positive as {@code a} comes before, together with or after {@code b}. */
    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String numberA = withoutLeadingZeros(a.substring(i, endA));
                String numberB = withoutLeadingZeros(b.substring(j, endB));
                int c = numberA.length() != numberB.length() ? Integer.compare(numberA.length(), numberB.length()) : numberA.compareTo(numberB);
                if (c != 0) {
                    return c;
                }
                i = endA;
                j = endB;
            } else {
                int c = Character.compare(Character.toUpperCase(x), Character.toUpperCase(y));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String withoutLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
