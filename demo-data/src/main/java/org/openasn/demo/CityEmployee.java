package org.openasn.demo;

import java.time.LocalDate;
import org.openasn.demo.CityTargets.ReportJabatan;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenjangFungsional;

/**
 * One employee of the synthetic city: the CSV row and what the generator knows beyond the 64 columns (the seed's
 * position group, eselon, functional level, BUP). The row is shared, not copied: do not change it.
 *
 * @param row         the CSV row
 * @param kind        PNS, CPNS or PPPK
 * @param jabatan     the seed's position group
 * @param eselon      the eselon of a structural official, {@link Eselon#NON_ESELON} otherwise
 * @param jenjang     the level of a functional position, null otherwise
 * @param bupCategory the retirement category
 * @param bupAge      the retirement age
 * @param tmtPensiun  the first day of the month after the month the employee reaches {@code bupAge}
 * @param unit        the unit (UNOR)
 */
public record CityEmployee(AsnRow row, EmployeeKind kind, ReportJabatan jabatan, Eselon eselon,
                           JenjangFungsional jenjang, BupCategory bupCategory, int bupAge, LocalDate tmtPensiun,
                           MetroUnits.Unit unit) {
}
