package org.openasn.retirement.forecast.service;

import org.openasn.commons.problem.InvalidInput;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.rank.Golongan;

import java.util.Locale;
import java.util.Set;

/**
 * A forecast's or list's {@code golongan} filter, as the forecast's breakdowns name golongan: a PNS group {@code I}–{@code IV}
 * (every golongan of the group, I/a to I/d …), one PNS golongan ({@code III/a}), or one PPPK golongan, {@code PPPK IX} or, where
 * it cannot be a PNS group, {@code IX}. PPPK I–IV are named with the prefix only, since I–IV alone are the PNS groups.
 *
 * @param group whether {@code code} is a PNS group rather than one golongan
 * @param code  the group or the golongan as stored (III/a, IX)
 */
record GolonganFilter(boolean group, String code) {

    private static final Set<String> PNS_GROUPS = Set.of("I", "II", "III", "IV");
    /** The breakdown's key of a stored golongan column ({@link Golongan#breakdownKey}), or (unknown). */
    static final String KEY_SQL = "coalesce(" + Golongan.breakdownKeySql("p.golongan") + ", '(unknown)')";

    /** @throws InvalidInput naming {@code golongan} when the text is none of these */
    static GolonganFilter of(String text) {
        String v = text.strip();
        if (PNS_GROUPS.contains(v)) {
            return new GolonganFilter(true, v);
        }
        boolean pppk = v.toUpperCase(Locale.ROOT).startsWith(Golongan.PPPK_KEY_PREFIX);
        String code = pppk ? v.substring(Golongan.PPPK_KEY_PREFIX.length()).strip() : v;
        try {
            Golongan golongan = Golongan.parse(code);
            if (pppk && golongan.kind() != Golongan.Kind.PPPK) {
                throw InvalidInput.of("golongan", "'" + v + "' names a PNS golongan after PPPK");
            }
            return new GolonganFilter(false, golongan.code());
        } catch (InvalidReferenceException e) {
            throw InvalidInput.of("golongan", "must be a group I–IV, a golongan such as III/a, or a PPPK golongan such as PPPK IX: "
                    + e.getMessage());
        }
    }

    /** The value to compare the stored golongan with: a LIKE pattern for a group. */
    String parameter() {
        return group ? code + "/%" : code;
    }

    /** The comparison with the stored golongan column {@code column} and one parameter. */
    String condition(String column) {
        return column + (group ? " LIKE " : " = ");
    }
}
