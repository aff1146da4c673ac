package org.openasn.personnel.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openasn.personnel.employee.EmploymentState;
import org.openasn.personnel.employee.Period;
import org.openasn.personnel.employee.Position;
import org.openasn.personnel.employee.Timeline;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.persistence.MutationRecord;
import org.openasn.personnel.employee.rest.EmployeeFilter;
import org.openasn.personnel.employee.service.EmployeeService;
import org.openasn.personnel.siasn.ImportedEmployee;
import org.openasn.personnel.siasn.SiasnCsvWriter;
import org.openasn.personnel.unit.Unit;
import org.openasn.reference.person.Agama;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.person.Gender;
import org.openasn.reference.person.JenisKawin;
import org.openasn.reference.position.BupCategory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes employees in SIASN's "Export Data ASN" layout, as in force today, so that an agency can hand its
 * records back to SIASN or to another system; importing the file again changes nothing.
 */
@ApplicationScoped
public class SiasnExporter {

    private static final int PAGE = 500;

    @Inject
    EmployeeService employees;
    @Inject
    ObjectMapper json;

    /** Writes every employed employee the filter selects; returns the number of rows. */
    @Transactional
    public long export(String instansi, EmployeeFilter filter, OutputStream out) {
        Map<UUID, Unit> units = Unit.listAgency(instansi).stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
        LocalDate today = employees.today();
        try (SiasnCsvWriter writer = new SiasnCsvWriter(out)) {
            String lastNip = "";
            List<Employee> page;
            do {
                Parameters parameters = filter.parameters().and("after", lastNip);
                page = Employee.<Employee>find(filter.query() + " and nip > :after order by nip", parameters).page(0, PAGE).list();
                for (Employee employee : page) {
                    Optional<ImportedEmployee> row = row(employee, instansi, units, today);
                    if (row.isPresent()) {
                        writer.write(row.get());
                    }
                    lastNip = employee.nip;
                }
                Employee.getEntityManager().clear();
            } while (page.size() == PAGE);
            writer.flush();
            return writer.rowsWritten();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
    }

    private Optional<ImportedEmployee> row(Employee e, String instansi, Map<UUID, Unit> units, LocalDate today) {
        List<MutationRecord> records = employees.mutations(e);
        Timeline timeline = employees.timeline(records, null);
        EmploymentState s = timeline.stateAt(today);
        if (!s.employed() || s.golongan() == null || s.position() == null || s.unitId() == null) {
            return Optional.empty();
        }
        Map<UUID, MutationRecord> byId = records.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<Period> periods = timeline.periods();
        Period first = periods.get(0);
        MutationRecord appointment = byId.get(first.causeMutationId());
        Period confirmed = periods.stream().filter(p -> p.state().kind() == EmployeeKind.PNS && p.cause() != null)
                .filter(p -> periods.indexOf(p) > 0 && periods.get(periods.indexOf(p) - 1).state().kind() == EmployeeKind.CPNS)
                .findFirst().orElse(null);
        MutationRecord confirmation = confirmed == null ? null : byId.get(confirmed.causeMutationId());
        Unit unit = units.get(s.unitId());
        Position position = s.position();
        Snapshot snapshot = snapshot(e.nip, instansi);
        return Optional.of(ImportedEmployee.builder()
                .nip(e.nip).nik(e.nik).name(e.name).gelarDepan(e.gelarDepan).gelarBelakang(e.gelarBelakang).birthPlace(e.birthPlace)
                .birthDate(e.birthDate).gender(Gender.parse(e.gender))
                .agama(e.agama == null ? null : Agama.fromSiasnId(e.agama))
                .jenisKawin(e.jenisKawin == null ? null : JenisKawin.fromSiasnId(e.jenisKawin))
                .phone(e.phone).email(e.email).emailGov(e.emailGov).address(e.address).npwp(e.npwp)
                .kind(s.kind()).kedudukanHukum(s.kedudukanHukum())
                .skCpnsNumber(appointment == null ? null : appointment.skNumber).skCpnsDate(appointment == null ? null : appointment.skDate)
                .tmtCpns(first.validFrom())
                .skPnsNumber(confirmation == null ? null : confirmation.skNumber).skPnsDate(confirmation == null ? null : confirmation.skDate)
                .tmtPns(confirmed != null ? confirmed.validFrom() : s.kind() == EmployeeKind.PNS && !snapshot.withoutTmtPns() ? first.validFrom() : null)
                .golonganAwal(first.state().golongan()).golongan(s.golongan()).tmtGolongan(s.tmtGolongan())
                .masaKerjaYears(s.masaKerja() == null ? null : s.masaKerja().years())
                .masaKerjaMonths(s.masaKerja() == null ? null : s.masaKerja().months())
                .jenisJabatan(position.jenis()).eselon(position.eselon()).jabatanId(position.jabatanId()).jabatanName(position.name())
                .jenjang(position.jenjang()).positionGroup(position.group()).bupCategory(BupCategory.valueOf(position.bupCategory()))
                .tmtJabatan(positionSince(periods, today))
                .pendidikan(s.pendidikan()).educationMajor(e.educationMajor).educationYear(e.educationYear)
                .unorId(unit == null ? s.unitId().toString() : unit.siasnUnorId != null ? unit.siasnUnorId : unit.code)
                .unorName(unit == null ? null : unit.name)
                .instansiKerjaId(snapshot.instansiKerjaId != null ? snapshot.instansiKerjaId : instansi)
                .instansiKerjaName(snapshot.instansiKerjaName)
                .contractEnd(s.contractEnd())
                .build());
    }

    /** The first day of the unbroken run of periods, up to today, with today's position and unit. */
    private static LocalDate positionSince(List<Period> periods, LocalDate today) {
        int i = periods.size() - 1;
        while (i > 0 && periods.get(i).validFrom().isAfter(today)) {
            i--;
        }
        EmploymentState now = periods.get(i).state();
        while (i > 0 && now.position().equals(periods.get(i - 1).state().position())
                && now.unitId().equals(periods.get(i - 1).state().unitId())) {
            i--;
        }
        return periods.get(i).validFrom();
    }

    /**
     * What the agency's last import said of the employee that the record does not keep (SIASN's instansi id and name, an
     * empty TMT PNS); nothing when the employee was last imported by another agency, which they have since left.
     *
     * @param withoutTmtPns whether the row's TMT PNS was empty (a PNS recorded as such from TMT CPNS; the export must not
     *                      give TMT CPNS as their TMT PNS)
     */
    private record Snapshot(String instansiKerjaId, String instansiKerjaName, boolean withoutTmtPns) {
    }

    private Snapshot snapshot(String nip, String instansi) {
        ImportFingerprint fingerprint = ImportFingerprint.findById(nip);
        ImportJob job = fingerprint == null ? null : ImportJob.findById(fingerprint.jobId);
        if (job == null || !instansi.equals(job.instansi)) {
            return new Snapshot(null, null, false);
        }
        try {
            ImportedEmployee imported = json.readValue(fingerprint.snapshot, ImportedEmployee.class);
            return new Snapshot(imported.instansiKerjaId(), imported.instansiKerjaName(), imported.tmtPns() == null);
        } catch (JsonProcessingException e) {
            return new Snapshot(null, null, false);
        }
    }
}
