package org.openasn.personnel.employee;

import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.status.KedudukanHukum;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a mutation changes from its TMT on: every non-null part replaces the state's part; the others are
 * left as they are. A mutation changes only what its SK decides (a promotion sets the golongan, not the unit),
 * so a back-dated promotion slots under a later transfer without undoing it.
 */
public record StateChange(EmployeeKind kind, KedudukanHukum kedudukanHukum, Separation separation, Golongan golongan,
                          LocalDate tmtGolongan, MasaKerja masaKerja, Position position, UUID unitId,
                          TingkatPendidikan pendidikan, LocalDate contractEnd, LocalDate bupExtendedUntil) {

    public static final StateChange NONE = new StateChange(null, null, null, null, null, null, null, null, null, null, null);

    public EmploymentState applyTo(EmploymentState s) {
        return new EmploymentState(
                kind != null ? kind : s.kind(),
                kedudukanHukum != null ? kedudukanHukum : s.kedudukanHukum(),
                separation != null ? separation : s.separation(),
                golongan != null ? golongan : s.golongan(),
                tmtGolongan != null ? tmtGolongan : s.tmtGolongan(),
                masaKerja != null ? masaKerja : s.masaKerja(),
                position != null ? position : s.position(),
                unitId != null ? unitId : s.unitId(),
                pendidikan != null ? pendidikan : s.pendidikan(),
                contractEnd != null ? contractEnd : s.contractEnd(),
                bupExtendedUntil != null ? bupExtendedUntil : s.bupExtendedUntil());
    }

    public StateChange withKind(EmployeeKind value) {
        return new StateChange(value, kedudukanHukum, separation, golongan, tmtGolongan, masaKerja, position, unitId, pendidikan, contractEnd, bupExtendedUntil);
    }

    public StateChange withKedudukanHukum(KedudukanHukum value) {
        return new StateChange(kind, value, separation, golongan, tmtGolongan, masaKerja, position, unitId, pendidikan, contractEnd, bupExtendedUntil);
    }

    public StateChange withSeparation(Separation value) {
        return new StateChange(kind, kedudukanHukum, value, golongan, tmtGolongan, masaKerja, position, unitId, pendidikan, contractEnd, bupExtendedUntil);
    }

    public StateChange withGolongan(Golongan value, LocalDate tmt) {
        return new StateChange(kind, kedudukanHukum, separation, value, tmt, masaKerja, position, unitId, pendidikan, contractEnd, bupExtendedUntil);
    }

    public StateChange withMasaKerja(MasaKerja value) {
        return new StateChange(kind, kedudukanHukum, separation, golongan, tmtGolongan, value, position, unitId, pendidikan, contractEnd, bupExtendedUntil);
    }

    public StateChange withPosition(Position value) {
        return new StateChange(kind, kedudukanHukum, separation, golongan, tmtGolongan, masaKerja, value, unitId, pendidikan, contractEnd, bupExtendedUntil);
    }

    public StateChange withUnit(UUID value) {
        return new StateChange(kind, kedudukanHukum, separation, golongan, tmtGolongan, masaKerja, position, value, pendidikan, contractEnd, bupExtendedUntil);
    }

    public StateChange withPendidikan(TingkatPendidikan value) {
        return new StateChange(kind, kedudukanHukum, separation, golongan, tmtGolongan, masaKerja, position, unitId, value, contractEnd, bupExtendedUntil);
    }

    public StateChange withContractEnd(LocalDate value) {
        return new StateChange(kind, kedudukanHukum, separation, golongan, tmtGolongan, masaKerja, position, unitId, pendidikan, value, bupExtendedUntil);
    }

    public StateChange withBupExtendedUntil(LocalDate value) {
        return new StateChange(kind, kedudukanHukum, separation, golongan, tmtGolongan, masaKerja, position, unitId, pendidikan, contractEnd, value);
    }
}
