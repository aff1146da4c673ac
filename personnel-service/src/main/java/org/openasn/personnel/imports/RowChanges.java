package org.openasn.personnel.imports;

import org.openasn.personnel.employee.Position;
import org.openasn.personnel.employee.service.MasaKerjaDocument;
import org.openasn.personnel.employee.service.MutationRequest;
import org.openasn.personnel.employee.service.PositionDocument;
import org.openasn.personnel.siasn.ImportedEmployee;
import org.openasn.reference.person.EmployeeKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The mutations that take an employee from their previously imported row to the new one: a higher golongan is
 * a promotion, another position or unit a position change, CPNS to PNS a confirmation, another kedudukan hukum
 * a status change, other identity data a correction. A difference none of these explains (a lower golongan, a
 * moved TMT CPNS) is reported, not guessed at.
 */
final class RowChanges {

    /** The mutations to apply, in order, and the differences left unexplained. */
    record Plan(List<MutationRequest> mutations, List<String> unexplained) {
    }

    private RowChanges() {
    }

    static Plan between(ImportedEmployee before, ImportedEmployee after, UUID newUnitId, LocalDate importDay, String fileName) {
        List<MutationRequest> mutations = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        String reason = "Imported from " + fileName;
        if (!before.tmtCpns().equals(after.tmtCpns())) {
            unexplained.add("TMT CPNS changed from " + before.tmtCpns() + " to " + after.tmtCpns());
        }
        if (before.kind() == EmployeeKind.CPNS && after.kind() == EmployeeKind.PNS && after.tmtPns() != null) {
            mutations.add(request("pns-confirmed", sk(after.skPnsNumber(), reason), after.skPnsDate(), after.tmtPns(), reason, null, null,
                    null, null, null));
        } else if (before.kind() != after.kind()) {
            unexplained.add("kind changed from " + before.kind() + " to " + after.kind());
        }
        if (!Objects.equals(before.golongan(), after.golongan()) || !Objects.equals(before.tmtGolongan(), after.tmtGolongan())) {
            if (after.golongan().rank() > before.golongan().rank() && after.tmtGolongan().isAfter(before.tmtGolongan())) {
                MasaKerjaDocument mk = after.masaKerjaYears() == null ? null
                        : new MasaKerjaDocument(after.masaKerjaYears(), after.masaKerjaMonths() == null ? 0 : after.masaKerjaMonths());
                mutations.add(request("promoted", sk(null, reason), null, after.tmtGolongan(), reason, after.golongan().code(), mk, null, null, null));
            } else {
                unexplained.add("golongan changed from " + before.golongan().code() + " (TMT " + before.tmtGolongan() + ") to "
                        + after.golongan().code() + " (TMT " + after.tmtGolongan() + ")");
            }
        }
        boolean positionChanged = !Objects.equals(before.jabatanName(), after.jabatanName()) || !Objects.equals(before.jabatanId(), after.jabatanId())
                || before.jenisJabatan() != after.jenisJabatan() || before.eselon() != after.eselon() || before.jenjang() != after.jenjang();
        boolean unitChanged = !Objects.equals(before.unorId(), after.unorId());
        Position position = RegistrationFacts.position(after);
        if (positionChanged && position != null) {
            mutations.add(request("position-changed", sk(null, reason), null, after.tmtJabatan(), reason, null, null,
                    PositionDocument.of(position), unitChanged ? newUnitId : null, null));
        } else if (unitChanged) {
            mutations.add(request("unit-transferred", sk(null, reason), null, after.tmtJabatan(), reason, null, null, null, newUnitId, null));
        } else if (positionChanged) {
            unexplained.add("position changed to " + after.jabatanName() + ", which lacks what a position needs (jenjang)");
        }
        if (before.kedudukanHukum() != after.kedudukanHukum()) {
            mutations.add(request("status-changed", sk(null, reason), null, importDay, reason, null, null, null, null,
                    after.kedudukanHukum().code()));
        }
        return new Plan(mutations, unexplained);
    }

    /** Whether the person's identity or contact data differs. */
    static boolean personChanged(ImportedEmployee before, ImportedEmployee after) {
        return !RegistrationFacts.person(before).equals(RegistrationFacts.person(after));
    }

    private static String sk(String number, String reason) {
        return number != null ? number : reason;
    }

    private static MutationRequest request(String kind, String skNumber, LocalDate skDate, LocalDate tmt, String reason, String golongan,
                                           MasaKerjaDocument masaKerja, PositionDocument position, UUID unitId, String kedudukanHukum) {
        return new MutationRequest(kind, skNumber, skDate != null ? skDate : tmt, tmt, reason, golongan, masaKerja, position, unitId,
                kedudukanHukum, null, null, null, null, null, null, null, null);
    }
}
