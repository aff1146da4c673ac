package org.openasn.personnel.employee.service;

import org.openasn.personnel.employee.MasaKerja;
import org.openasn.personnel.employee.Separation;
import org.openasn.personnel.employee.StateChange;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.status.KedudukanHukum;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A {@link StateChange} as stored in the mutation log (JSON) with SIASN codes, so that the log stays readable
 * without this code and survives enum renames.
 */
public record ChangeDocument(String kind, String kedudukanHukum, String separation, String golongan, LocalDate tmtGolongan,
                             Integer masaKerjaYears, Integer masaKerjaMonths, PositionDocument position, UUID unitId,
                             String pendidikan, LocalDate contractEnd, LocalDate bupExtendedUntil, PersonCorrection person) {

    /** For an identity correction: the person's fields before and after. */
    public record PersonCorrection(PersonDocument before, PersonDocument after) {
    }

    public static ChangeDocument of(StateChange c, PersonCorrection person) {
        return new ChangeDocument(
                c.kind() == null ? null : c.kind().name(),
                c.kedudukanHukum() == null ? null : c.kedudukanHukum().code(),
                c.separation() == null ? null : c.separation().name(),
                c.golongan() == null ? null : c.golongan().code(),
                c.tmtGolongan(),
                c.masaKerja() == null ? null : c.masaKerja().years(),
                c.masaKerja() == null ? null : c.masaKerja().months(),
                c.position() == null ? null : PositionDocument.of(c.position()),
                c.unitId(),
                c.pendidikan() == null ? null : c.pendidikan().code(),
                c.contractEnd(),
                c.bupExtendedUntil(),
                person);
    }

    public StateChange toStateChange() {
        return new StateChange(
                kind == null ? null : EmployeeKind.valueOf(kind),
                kedudukanHukum == null ? null : KedudukanHukum.fromSiasnId(kedudukanHukum),
                separation == null ? null : Separation.valueOf(separation),
                golongan == null ? null : Golongan.parse(golongan),
                tmtGolongan,
                masaKerjaYears == null ? null : new MasaKerja(masaKerjaYears, masaKerjaMonths == null ? 0 : masaKerjaMonths),
                position == null ? null : position.toRecordedPosition(),
                unitId,
                pendidikan == null ? null : TingkatPendidikan.fromSiasnId(pendidikan),
                contractEnd,
                bupExtendedUntil);
    }
}
