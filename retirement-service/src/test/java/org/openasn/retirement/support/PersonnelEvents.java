package org.openasn.retirement.support;

import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.Mutation;
import org.openasn.events.personnel.Person;
import org.openasn.testing.EventPublisher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;

/** Publishes personnel events, as personnel-service would, into the real {@code personnel.events} topic of the test JVM. */
public final class PersonnelEvents extends EventPublisher {

    /** A PNS period from {@code from}, open-ended, in service. */
    public static EmploymentPeriod pns(LocalDate from, String golongan, String jenisJabatan, String eselon, String jabatan, String group,
                                       String bupCategory, UUID unitId) {
        return new EmploymentPeriod(from, null, "PNS", "01", true, null, golongan, from, jenisJabatan, eselon, null, jabatan, null, group,
                bupCategory, unitId, "40", null, UUID.randomUUID(), "employee-registered");
    }

    /** Sends one employee event and waits until Kafka has it. */
    public void send(String agency, UUID id, String nip, LocalDate birth, long sequence, String kind, List<EmploymentPeriod> timeline) {
        send(employee(agency, id, nip, birth, sequence, kind, timeline));
    }

    /** Sends one employee event without waiting (call {@link #flush()} after a burst). */
    public Future<?> sendAsync(String agency, UUID id, String nip, LocalDate birth, long sequence, String kind, List<EmploymentPeriod> timeline) {
        return sendAsync(employee(agency, id, nip, birth, sequence, kind, timeline));
    }

    /** An employee event whose open-ended periods but the last end where the next starts, as personnel-service publishes them. */
    private static EventEnvelope employee(String agency, UUID id, String nip, LocalDate birth, long sequence, String kind,
                                          List<EmploymentPeriod> timeline) {
        EmployeeChange change = new EmployeeChange(id, agency, new Mutation(UUID.randomUUID(), kind, "SK", LocalDate.of(2020, 1, 1),
                timeline.get(timeline.size() - 1).validFrom(), "test", Instant.now(), "test", false, null),
                new Person(nip, "Pegawai " + nip.substring(14), null, null, birth, "P", "1", null), closed(timeline));
        return EventEnvelope.create(EventTypes.employeeByKind(kind).orElseThrow(), "/openasn/personnel-service", id.toString(),
                agency, sequence, Instant.now(), change);
    }

    private static List<EmploymentPeriod> closed(List<EmploymentPeriod> timeline) {
        List<EmploymentPeriod> closed = new ArrayList<>(timeline);
        for (int i = 0; i + 1 < closed.size(); i++) {
            if (closed.get(i).validTo() == null) {
                closed.set(i, until(closed.get(i), closed.get(i + 1).validFrom()));
            }
        }
        return closed;
    }

    /** The period {@code p} ending on {@code to} (its first day no longer covered). */
    public static EmploymentPeriod until(EmploymentPeriod p, LocalDate to) {
        return new EmploymentPeriod(p.validFrom(), to, p.employeeKind(), p.kedudukanHukum(), p.inService(), p.separation(), p.golongan(),
                p.tmtGolongan(), p.jenisJabatan(), p.eselon(), p.jabatanId(), p.jabatanName(), p.jenjang(), p.positionGroup(), p.bupCategory(),
                p.unitId(), p.pendidikan(), p.contractEnd(), p.causeMutationId(), p.cause(), p.masaKerjaYears(), p.masaKerjaMonths(),
                p.bupExtendedUntil(), p.instansi());
    }

    /**
     * The period after {@code serving}, from {@code from} on: the same employee out of service by {@code separation}
     * (e.g. RESIGNED), with legal status {@code kedudukanHukum}, started by mutation {@code cause}.
     */
    public static EmploymentPeriod separated(EmploymentPeriod serving, LocalDate from, String kedudukanHukum, String separation, String cause) {
        return new EmploymentPeriod(from, null, serving.employeeKind(), kedudukanHukum, false, separation, serving.golongan(),
                serving.tmtGolongan(), serving.jenisJabatan(), serving.eselon(), serving.jabatanId(), serving.jabatanName(), serving.jenjang(),
                serving.positionGroup(), serving.bupCategory(), serving.unitId(), serving.pendidikan(), serving.contractEnd(), UUID.randomUUID(),
                cause, serving.masaKerjaYears(), serving.masaKerjaMonths(), serving.bupExtendedUntil(), serving.instansi());
    }

    /** The period {@code p} in {@code instansi}, started by {@code cause}: the periods either side of a move between agencies. */
    public static EmploymentPeriod in(EmploymentPeriod p, String instansi, String cause) {
        return new EmploymentPeriod(p.validFrom(), p.validTo(), p.employeeKind(), p.kedudukanHukum(), p.inService(), p.separation(), p.golongan(),
                p.tmtGolongan(), p.jenisJabatan(), p.eselon(), p.jabatanId(), p.jabatanName(), p.jenjang(), p.positionGroup(), p.bupCategory(),
                p.unitId(), p.pendidikan(), p.contractEnd(), p.causeMutationId(), cause, p.masaKerjaYears(), p.masaKerjaMonths(),
                p.bupExtendedUntil(), instansi);
    }
}
