package org.openasn.personnel.imports;

import org.openasn.personnel.employee.EmploymentState;
import org.openasn.personnel.employee.MasaKerja;
import org.openasn.personnel.employee.MutationKind;
import org.openasn.personnel.employee.Position;
import org.openasn.personnel.employee.StateChange;
import org.openasn.personnel.employee.service.AppointmentRequest;
import org.openasn.personnel.employee.service.EmployeeService.Fact;
import org.openasn.personnel.employee.service.MasaKerjaDocument;
import org.openasn.personnel.employee.service.PersonDocument;
import org.openasn.personnel.employee.service.PositionDocument;
import org.openasn.personnel.siasn.ImportedEmployee;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.status.KedudukanHukum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a SIASN row says happened, as dated facts: the appointment at TMT CPNS (with GOL AWAL), the
 * confirmation as PNS at TMT PNS, the current golongan at TMT GOLONGAN, the current position and unit at TMT
 * JABATAN, and a non-active kedudukan hukum from the import day. Nothing is assumed about what the row does
 * not say: the position and unit before TMT JABATAN stay unknown.
 */
final class RegistrationFacts {

    private RegistrationFacts() {
    }

    static List<Fact> of(ImportedEmployee row, UUID unitId, LocalDate importDay, String fileName) {
        String reason = "Imported from " + fileName;
        boolean pppk = row.kind() == EmployeeKind.PPPK || row.kind() == EmployeeKind.PPPK_PARUH_WAKTU;
        boolean laterPns = row.kind() == EmployeeKind.PNS && row.tmtPns() != null && row.tmtPns().isAfter(row.tmtCpns());
        EmployeeKind startKind = laterPns ? EmployeeKind.CPNS : row.kind();
        KedudukanHukum active = pppk ? KedudukanHukum.fromSiasnId("71") : KedudukanHukum.AKTIF;
        LocalDate start = row.tmtCpns();

        StateChange appointment = StateChange.NONE.withKind(startKind).withKedudukanHukum(active)
                .withGolongan(row.golonganAwal() != null ? row.golonganAwal() : row.golongan(), start)
                .withPendidikan(row.pendidikan());
        if (row.contractEnd() != null) {
            appointment = appointment.withContractEnd(row.contractEnd());
        }
        Position position = position(row);
        boolean positionFromStart = !row.tmtJabatan().isAfter(start);
        if (positionFromStart) {
            appointment = appointment.withUnit(unitId);
            if (position != null) {
                appointment = appointment.withPosition(position);
            }
        }
        boolean golonganFromStart = !row.tmtGolongan().isAfter(start);
        if (golonganFromStart) {
            appointment = appointment.withGolongan(row.golongan(), row.tmtGolongan());
            appointment = withMasaKerja(appointment, row);
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(start, appointment, row.skCpnsNumber(), row.skCpnsDate(), reason));
        if (laterPns) {
            facts.add(new Fact(row.tmtPns(), StateChange.NONE.withKind(EmployeeKind.PNS), row.skPnsNumber(), row.skPnsDate(), reason));
        }
        if (!golonganFromStart) {
            facts.add(new Fact(row.tmtGolongan(), withMasaKerja(StateChange.NONE.withGolongan(row.golongan(), row.tmtGolongan()), row),
                    null, null, reason));
        }
        if (!positionFromStart) {
            StateChange moved = StateChange.NONE.withUnit(unitId);
            facts.add(new Fact(row.tmtJabatan(), position == null ? moved : moved.withPosition(position), null, null, reason));
        }
        if (row.kedudukanHukum() != active) {
            LocalDate from = importDay.isAfter(start) ? importDay : start;
            facts.add(new Fact(from, StateChange.NONE.withKedudukanHukum(row.kedudukanHukum()), null, null,
                    reason + ": kedudukan hukum " + row.kedudukanHukum().code() + " as of the import"));
        }
        return facts;
    }

    /**
     * The row as it was when an employee who transferred out of another agency of the platform arrived here on
     * {@code tmt}: in service (aktif), and in the golongan they left with ({@code held}) when the row's golongan is dated
     * after the arrival. What changed since, {@link RowChanges} explains, as for any changed row.
     */
    static ImportedEmployee onArrival(ImportedEmployee row, EmploymentState held, LocalDate tmt) {
        ImportedEmployee.Builder arrival = row.toBuilder().kedudukanHukum(KedudukanHukum.AKTIF);
        if (row.tmtGolongan().isAfter(tmt)) {
            MasaKerja masaKerja = held.masaKerja();
            arrival.golongan(held.golongan()).tmtGolongan(held.tmtGolongan())
                    .masaKerjaYears(masaKerja == null ? null : masaKerja.years()).masaKerjaMonths(masaKerja == null ? null : masaKerja.months());
        }
        return arrival.build();
    }

    /** The transfer in on {@code tmt} of the row as it was on arrival ({@link #onArrival}); the SIASN row names no SK for it. */
    static AppointmentRequest transferIn(ImportedEmployee arrival, Position position, UUID unitId, LocalDate tmt, String fileName) {
        String reason = "Pindah antar instansi; imported from " + fileName;
        MasaKerjaDocument masaKerja = arrival.masaKerjaYears() == null ? null
                : new MasaKerjaDocument(arrival.masaKerjaYears(), arrival.masaKerjaMonths() == null ? 0 : arrival.masaKerjaMonths());
        return new AppointmentRequest(MutationKind.TRANSFERRED_IN.eventKind(), person(arrival), reason, tmt, tmt, reason, arrival.golongan().code(),
                arrival.tmtGolongan(), masaKerja, PositionDocument.of(position), unitId,
                arrival.pendidikan() == null ? null : arrival.pendidikan().code(), arrival.educationMajor(),
                arrival.educationYear(), null, false, null);
    }

    static PersonDocument person(ImportedEmployee row) {
        return new PersonDocument(row.nip(), row.nik() != null && row.nik().matches("[0-9]{16}") ? row.nik() : null, row.name(),
                row.gelarDepan(), row.gelarBelakang(), row.birthDate(), row.birthPlace(), row.gender().letter(),
                row.agama() == null ? null : Integer.toString(row.agama().id()),
                row.jenisKawin() == null ? null : Integer.toString(row.jenisKawin().id()),
                row.phone(), validEmail(row.email()), validEmail(row.emailGov()), row.address());
    }

    /** The position, when the row says enough to build one (a fungsional tertentu needs its jenjang). */
    static Position position(ImportedEmployee row) {
        if (row.bupCategory() == null) {
            return null;
        }
        try {
            return new Position(row.jenisJabatan(), row.eselon(), row.jabatanId(), row.jabatanName(), row.jenjang(), row.positionGroup(),
                    row.bupCategory().name());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static StateChange withMasaKerja(StateChange change, ImportedEmployee row) {
        return row.masaKerjaYears() == null ? change
                : change.withMasaKerja(new MasaKerja(row.masaKerjaYears(), row.masaKerjaMonths() == null ? 0 : row.masaKerjaMonths()));
    }

    private static String validEmail(String email) {
        return email != null && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? email : null;
    }
}
