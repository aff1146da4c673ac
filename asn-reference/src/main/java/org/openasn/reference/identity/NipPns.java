package org.openasn.reference.identity;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.openasn.reference.person.Gender;

/**
 * The NIP of a PNS or CPNS: {@code yyyymmdd} birth date, {@code yyyymm} TMT CPNS, gender digit (1 male, 2 female),
 * 3-digit sequence; e.g. 19670515 199003 1 002. TMT CPNS (terhitung mulai tanggal CPNS) is the date from which
 * the candidate civil-servant appointment took effect; the NIP keeps its month. The NIP does not change when the
 * CPNS becomes PNS. Obtained from {@link Nip#parse(String)}.
 */
public final class NipPns extends Nip {

    private final YearMonth tmtCpnsMonth;

    NipPns(String value, LocalDate birthDate, YearMonth tmtCpnsMonth, Gender gender, int sequence) {
        super(value, birthDate, gender, sequence);
        this.tmtCpnsMonth = tmtCpnsMonth;
    }

    @Override
    public Kind kind() {
        return Kind.PNS;
    }

    /** @return the month of TMT CPNS, digits 9–14 */
    public YearMonth tmtCpnsMonth() {
        return tmtCpnsMonth;
    }

    /**
     * Compares the NIP with the employee's record. A {@code null} record value is not compared: a missing value is
     * a completeness question, checked elsewhere.
     *
     * @param birthDate the record's birth date
     * @param gender    the record's gender
     * @param tmtCpns   the record's TMT CPNS; only its month is compared
     * @return one disagreement per part that differs, empty when the NIP agrees with the record
     */
    public List<Disagreement> agreementWith(LocalDate birthDate, Gender gender, LocalDate tmtCpns) {
        List<Disagreement> found = new ArrayList<>();
        addPersonDisagreements(birthDate, gender, found);
        if (tmtCpns != null && !YearMonth.from(tmtCpns).equals(tmtCpnsMonth)) {
            found.add(new Disagreement(Disagreement.Part.TMT_CPNS,
                    "NIP TMT CPNS " + tmtCpnsMonth + " differs from the record's TMT CPNS " + tmtCpns));
        }
        return List.copyOf(found);
    }

    /** Finds a TMT CPNS before the birth date, or an age under 18 at TMT CPNS (first day of the month). */
    @Override
    public List<String> plausibilityFindings() {
        LocalDate appointed = tmtCpnsMonth.atDay(1);
        if (appointed.isBefore(birthDate())) {
            return List.of("NIP TMT CPNS " + tmtCpnsMonth + " is before the NIP birth date " + birthDate());
        }
        int age = Period.between(birthDate(), appointed).getYears();
        if (age < MINIMUM_AGE_AT_APPOINTMENT) {
            return List.of("NIP birth date " + birthDate() + " and TMT CPNS " + tmtCpnsMonth
                    + " make the employee " + age + " at TMT CPNS, under the minimum of " + MINIMUM_AGE_AT_APPOINTMENT);
        }
        if (age >= MAXIMUM_AGE_AT_CPNS_APPOINTMENT) {
            return List.of("NIP birth date " + birthDate() + " and TMT CPNS " + tmtCpnsMonth + " make the employee " + age
                    + " at TMT CPNS, at or past the lowest retirement age (" + MAXIMUM_AGE_AT_CPNS_APPOINTMENT + ")");
        }
        return List.of();
    }
}
