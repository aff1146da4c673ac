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
 * a status change, another education an education record, a later PPPK contract end an extension (the last three
 * from the import day, which is all the row tells), other identity data a correction. A difference none of these
 * explains (a lower golongan, a moved TMT CPNS, a masa kerja step without its SK) is reported, not guessed at, so that
 * no change in a file is dropped unseen.
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
        education(before, after, importDay, reason, mutations, unexplained);
        contract(before, after, importDay, reason, mutations, unexplained);
        if (Objects.equals(before.golongan(), after.golongan()) && (!Objects.equals(before.masaKerjaYears(), after.masaKerjaYears())
                || !Objects.equals(before.masaKerjaMonths(), after.masaKerjaMonths()))) {
            unexplained.add("masa kerja golongan changed from " + masaKerja(before) + " to " + masaKerja(after)
                    + " with the same golongan: record the periodic salary step (salary-step-granted) with its SK and TMT");
        }
        if (before.kind() == EmployeeKind.PNS && after.kind() == EmployeeKind.PNS && !Objects.equals(before.tmtPns(), after.tmtPns())) {
            unexplained.add("TMT PNS changed from " + before.tmtPns() + " to " + after.tmtPns());
        }
        if (!positionChanged && !unitChanged && !before.tmtJabatan().equals(after.tmtJabatan())) {
            unexplained.add("TMT JABATAN changed from " + before.tmtJabatan() + " to " + after.tmtJabatan() + " for the same position");
        }
        if (!Objects.equals(before.golonganAwal(), after.golonganAwal()) || !Objects.equals(before.skCpnsNumber(), after.skCpnsNumber())
                || !Objects.equals(before.skCpnsDate(), after.skCpnsDate()) || !Objects.equals(before.skPnsNumber(), after.skPnsNumber())
                || !Objects.equals(before.skPnsDate(), after.skPnsDate())) {
            unexplained.add("the SK CPNS or SK PNS data (number, date, GOL AWAL) changed: correct the appointment (data-corrected)");
        }
        return new Plan(mutations, unexplained);
    }

    /** Another education level, major or graduation year: recorded from the import day, since the row gives no date. */
    private static void education(ImportedEmployee before, ImportedEmployee after, LocalDate importDay, String reason,
                                  List<MutationRequest> mutations, List<String> unexplained) {
        if (before.pendidikan() == after.pendidikan() && Objects.equals(before.educationMajor(), after.educationMajor())
                && Objects.equals(before.educationYear(), after.educationYear())) {
            return;
        }
        if (after.pendidikan() == null) {
            unexplained.add("TINGKAT PENDIDIKAN is now empty (was " + (before.pendidikan() == null ? "empty" : before.pendidikan().code()) + ")");
            return;
        }
        mutations.add(new MutationRequest("education-recorded", reason, importDay, importDay, reason, null, null, null, null, null,
                after.pendidikan().code(), after.educationMajor(), after.educationYear(), null, null, null, null, null));
    }

    /** A PPPK contract that now ends later is extended from the import day; one that ends earlier is left to an operator. */
    private static void contract(ImportedEmployee before, ImportedEmployee after, LocalDate importDay, String reason,
                                 List<MutationRequest> mutations, List<String> unexplained) {
        if (Objects.equals(before.contractEnd(), after.contractEnd())) {
            return;
        }
        if (after.contractEnd() != null && (before.contractEnd() == null || after.contractEnd().isAfter(before.contractEnd()))) {
            mutations.add(new MutationRequest("pppk-contract-extended", reason, importDay, importDay, reason, null, null, null, null, null,
                    null, null, null, after.contractEnd(), null, null, null, null));
        } else {
            unexplained.add("the contract end changed from " + before.contractEnd() + " to " + after.contractEnd());
        }
    }

    private static String masaKerja(ImportedEmployee row) {
        return (row.masaKerjaYears() == null ? "?" : row.masaKerjaYears()) + " years " + (row.masaKerjaMonths() == null ? "?" : row.masaKerjaMonths())
                + " months";
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
