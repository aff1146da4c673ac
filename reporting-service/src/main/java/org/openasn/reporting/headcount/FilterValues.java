package org.openasn.reporting.headcount;

import org.openasn.reference.person.Agama;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.person.Gender;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenisJabatan;
import org.openasn.reference.position.JenjangFungsional;
import org.openasn.reference.position.PositionGroup;
import org.openasn.reference.rank.Golongan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The values a headcount filter may take: the codes the read model holds (SIASN's, as personnel-service publishes them,
 * from asn-reference) for the dimensions with a closed list, a format for the others (the functional jenjang: the
 * events contract lets new levels through as upper-case names). A value outside them would only ever count nobody, so
 * it is refused with the list instead.
 */
final class FilterValues {

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    /** As in the events contract's employee period. */
    private static final Pattern JENJANG = Pattern.compile("[A-Z_]{3,30}");
    private static final int AGENCY_MAX = 20;

    private FilterValues() {
    }

    /**
     * What is wrong with filtering {@code dimension} by {@code value}, or empty when it is a value the dimension can have
     * (the age group: one of the question's bands).
     */
    static Optional<String> problem(Dimension dimension, String value, AgeBands ageBands) {
        List<String> allowed = dimension == Dimension.AGE_GROUP ? ageBands.labels() : allowed(dimension);
        if (allowed != null) {
            return allowed.contains(value) ? Optional.empty() : Optional.of("unknown value '" + value + "'; allowed: " + allowed);
        }
        return switch (dimension) {
            case UNIT -> isUuid(value) ? Optional.empty() : Optional.of("must be a unit id (UUID), was '" + value + "'");
            case BUP_YEAR -> YEAR.matcher(value).matches() ? Optional.empty() : Optional.of("must be a year yyyy, was '" + value + "'");
            case JENJANG -> JENJANG.matcher(value).matches() ? Optional.empty()
                    : Optional.of("must be a functional level in capitals such as " + names(JenjangFungsional.values()) + ", was '" + value + "'");
            case AGENCY -> !value.isBlank() && value.length() <= AGENCY_MAX ? Optional.empty()
                    : Optional.of("must be an agency (instansi) code of 1 to " + AGENCY_MAX + " characters");
            default -> throw new IllegalStateException(dimension + " has neither a list of values nor a format");
        };
    }

    /** The dimension's values, or {@code null} when they are not a closed list (or, for the age group, the question's). */
    private static List<String> allowed(Dimension dimension) {
        return switch (dimension) {
            case KIND -> names(EmployeeKind.values());
            case GOLONGAN -> Golongan.breakdownKeys();
            case RUANG -> Arrays.stream(Golongan.values()).map(Golongan::code).toList();
            case JENIS_JABATAN -> Arrays.stream(JenisJabatan.values()).map(j -> Integer.toString(j.id())).toList();
            case ESELON -> Arrays.stream(Eselon.values()).map(e -> Integer.toString(e.id())).toList();
            case GROUP -> names(PositionGroup.values());
            case PENDIDIKAN -> Arrays.stream(TingkatPendidikan.values()).map(TingkatPendidikan::code).toList();
            case GENDER -> Arrays.stream(Gender.values()).map(Gender::letter).toList();
            case AGAMA -> Arrays.stream(Agama.values()).map(a -> Integer.toString(a.id())).toList();
            case AGENCY, UNIT, BUP_YEAR, JENJANG, AGE_GROUP -> null;
        };
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
