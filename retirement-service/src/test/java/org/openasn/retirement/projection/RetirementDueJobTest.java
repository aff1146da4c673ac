package org.openasn.retirement.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.Mutation;
import org.openasn.events.personnel.Person;
import org.openasn.events.retirement.RetirementDue;
import org.openasn.retirement.support.PersonnelEvents;
import org.openasn.testing.EventPublisher;
import org.openasn.testing.MutableClock;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RetirementDueJobTest {

    @Inject
    MutableClock clock;
    @Inject
    RetirementDueJob job;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void shouldEmitRetirementDueOnTmtPensiunOnceAndCatchUpMissedDays() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        LocalDate birth = today.minusYears(58).withDayOfMonth(1);
        LocalDate tmt = today.withDayOfMonth(1).plusMonths(1);
        UUID id = UUID.randomUUID();
        // TMT CPNS April 1990: no other test's employee has it, while GeneratedDatasetForecastTest's (March 1990) share birth dates with this one
        String nip = nip(birth, 4);
        try (EventPublisher events = new EventPublisher()) {
            events.send(registered(registration(id, birth, nip, 4, "IV/a"), 1));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/retirement", nip)
                .then().statusCode(200).body("tmtPensiun", equalTo(tmt.toString())));
        // another employee's earlier announcement must not hide this one's
        QuarkusTransaction.requiringNew().run(() -> {
            RetirementDueEmitted other = new RetirementDueEmitted();
            other.employeeId = UUID.randomUUID();
            other.tmtPensiun = tmt;
            other.instansi = TestTokens.AGENCY;
            other.emittedAt = Instant.now();
            other.persist();
        });
        // other tests' employees may be due too: count what the job emitted for this one
        job.emitDue();
        assertEquals(0, emittedFor(id), "nothing is due before TMT pensiun");

        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, tmt) + 3));
        job.emitDue();
        assertEquals(1, emittedFor(id), "a TMT missed by three days is caught up");
        assertEquals(0, job.emitDue(), "and never emitted twice");
        assertEquals(1, emittedFor(id));

        List<RetirementDue> due = published(id);
        assertEquals(1, due.size());
        assertEquals(tmt, due.get(0).tmtPensiun());
        assertEquals(58, due.get(0).bupAge());
        assertEquals(nip, due.get(0).nip());
    }

    /**
     * An employee registered after today's run with a TMT pensiun already come (within the catch-up window) is announced
     * at once, once, without waiting for the next run; one whose TMT pensiun is older than the window is not.
     */
    @Test
    void shouldAnnounceAnEmployeeAlreadyDueWhenProjected() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        LocalDate tmt = today.withDayOfMonth(1);
        UUID due = UUID.randomUUID();
        UUID longPast = UUID.randomUUID();
        // TMT CPNS June and July 1990, months no other test's employees have (see above)
        LocalDate dueBirth = today.minusYears(58).minusMonths(1).withDayOfMonth(1);
        LocalDate pastBirth = today.minusYears(59).withDayOfMonth(1);
        EmployeeChange dueChange = registration(due, dueBirth, nip(dueBirth, 6), 6, "IV/a");
        EmployeeChange pastChange = registration(longPast, pastBirth, nip(pastBirth, 7), 7, "IV/a");
        try (EventPublisher events = new EventPublisher()) {
            events.send(registered(dueChange, 1));
            events.send(registered(pastChange, 1));
            // a later event of the same employee, projected again, announces nothing more
            events.send(registered(registration(due, dueBirth, dueChange.person().nip(), 6, "IV/b"), 2));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer"))
                .get("/employees/{nip}/retirement", dueChange.person().nip()).then().statusCode(200).body("golongan", equalTo("IV/b")));
        await().atMost(Duration.ofSeconds(30)).until(() -> emittedFor(longPast) == 0 && given().auth().oauth2(TestTokens.of("viewer"))
                .get("/employees/{nip}/retirement", pastChange.person().nip()).statusCode() == 200);
        assertEquals(1, emittedFor(due));
        List<RetirementDue> announced = published(due);
        assertEquals(1, announced.size());
        assertEquals(tmt, announced.get(0).tmtPensiun());
        assertEquals(0, emittedFor(longPast), "a TMT pensiun before the catch-up window is a data-quality finding, not a retirement");
    }

    /**
     * An employee announced under their agency who turns out to have moved to another agency (the move reached this
     * service after the announcement, which personnel-service ignores since the record is no longer that agency's): the
     * retirement is announced again, once, under the new agency.
     */
    @Test
    void shouldAnnounceAgainUnderTheNewAgencyAnEmployeeWhoMovedAroundTheirTmtPensiun() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        LocalDate tmt = today.withDayOfMonth(1);
        LocalDate move = tmt.minusMonths(1);
        UUID id = UUID.randomUUID();
        // TMT CPNS September 1990, a month no other test's employees have (see above)
        LocalDate birth = today.minusYears(58).minusMonths(1).withDayOfMonth(1);
        EmployeeChange registration = registration(id, birth, nip(birth, 9), 9, "IV/a");
        EmploymentPeriod before = registration.timeline().get(0);
        EmploymentPeriod after = new EmploymentPeriod(move, null, "PNS", "01", true, null, "IV/a", LocalDate.of(2010, 4, 1), "4", null, null,
                "Analis", null, "LAINNYA", "ADMINISTRATION", null, "40", null, UUID.randomUUID(), "transferred-in");
        List<EmploymentPeriod> moved = List.of(PersonnelEvents.in(PersonnelEvents.until(before, move), "D110", before.cause()),
                PersonnelEvents.in(after, "D120", "transferred-in"));
        EmployeeChange transfer = new EmployeeChange(id, "D120", new Mutation(UUID.randomUUID(), "transferred-in", "SK", move.minusDays(20), move,
                "Pindah antar instansi", Instant.now(), "test", true, null), registration.person(), moved);
        try (EventPublisher events = new EventPublisher()) {
            events.send(registered(registration, 1));
            await().atMost(Duration.ofSeconds(30)).until(() -> emittedFor(id) == 1);
            events.send(EventEnvelope.create(EventTypes.TRANSFERRED_IN_V1, "/openasn/personnel-service", id.toString(), "D120", 2, Instant.now(),
                    transfer));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> emittedFor(id) == 2);
        List<RetirementDue> announced = published(id);
        assertEquals(List.of("D110", "D120"), announced.stream().map(RetirementDue::instansi).toList());
        assertEquals(List.of(tmt, tmt), announced.stream().map(RetirementDue::tmtPensiun).toList());
        job.emitDue();
        assertEquals(2, emittedFor(id), "the daily run announces it no third time");
    }

    /**
     * A resignation recorded ahead of its TMT, which falls after the TMT pensiun, does not stop the retirement from being
     * announced: on TMT pensiun the employee is still in service (personnel-service judges by that day's state too).
     */
    @Test
    void shouldAnnounceAnEmployeeWhoseSeparationRecordedAheadFallsAfterTheTmtPensiun() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        LocalDate tmt = today.withDayOfMonth(1);
        UUID id = UUID.randomUUID();
        // TMT CPNS November 1990, a month no other test's employees have (see above)
        LocalDate birth = today.minusYears(58).minusMonths(1).withDayOfMonth(1);
        EmployeeChange registration = registration(id, birth, nip(birth, 11), 11, "IV/a");
        EmploymentPeriod serving = registration.timeline().get(0);
        LocalDate resignation = tmt.plusMonths(3);
        EmploymentPeriod resigned = PersonnelEvents.separated(serving, resignation, "01", "RESIGNED", "resigned");
        EmployeeChange ahead = new EmployeeChange(id, "D110", new Mutation(UUID.randomUUID(), "resigned", "SK", tmt.minusMonths(1), resignation,
                "Atas permintaan sendiri", Instant.now(), "test", false, null), registration.person(),
                List.of(PersonnelEvents.until(serving, resignation), resigned));
        try (EventPublisher events = new EventPublisher()) {
            events.send(EventEnvelope.create(EventTypes.RESIGNED_V1, "/openasn/personnel-service", id.toString(), "D110", 1, Instant.now(), ahead));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> emittedFor(id) == 1);
        assertEquals(List.of(tmt), published(id).stream().map(RetirementDue::tmtPensiun).toList());
    }

    /** A NIP of a man born on {@code birth}, CPNS from {@code tmtCpnsMonth} 1990, with a random serial. */
    private static String nip(LocalDate birth, int tmtCpnsMonth) {
        return String.format("%04d%02d%02d1990%02d1%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), tmtCpnsMonth,
                (int) (Math.random() * 1000));
    }

    /** An administrator in service since {@code tmtCpnsMonth} 1990 in agency D110, of {@code golongan}. */
    private static EmployeeChange registration(UUID id, LocalDate birth, String nip, int tmtCpnsMonth, String golongan) {
        LocalDate tmtCpns = LocalDate.of(1990, tmtCpnsMonth, 1);
        EmploymentPeriod period = new EmploymentPeriod(tmtCpns, null, "PNS", "01", true, null, golongan,
                LocalDate.of(2010, 4, 1), "4", null, null, "Analis", null, "LAINNYA", "ADMINISTRATION", null, "40", null, UUID.randomUUID(),
                "employee-registered");
        return new EmployeeChange(id, "D110", new Mutation(UUID.randomUUID(), "employee-registered", "SK",
                LocalDate.of(1990, 1, 1), tmtCpns, "test", Instant.now(), "test", true, null),
                new Person(nip, "Pegawai Pensiun", null, null, birth, "L", "1", null), List.of(period));
    }

    private static EventEnvelope registered(EmployeeChange change, long sequence) {
        return EventEnvelope.create(EventTypes.EMPLOYEE_REGISTERED_V1, "/openasn/personnel-service", change.employeeId().toString(), "D110",
                sequence, Instant.now(), change);
    }

    /** The RetirementDue events published for {@code employee}, read from the topic until one comes (or 30 s), then 2 s more. */
    private static List<RetirementDue> published(UUID employee) {
        List<RetirementDue> due = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.RETIREMENT));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (employee.toString().equals(r.key())) {
                        due.add(EventCodec.data(EventCodec.read(r.value()), EventTypes.RETIREMENT_DUE_V1));
                        deadline = Math.min(deadline, System.nanoTime() + Duration.ofSeconds(2).toNanos());
                    }
                }
            }
        }
        return due;
    }

    private static long emittedFor(UUID employee) {
        return QuarkusTransaction.requiringNew().call(() -> RetirementDueEmitted.count("employeeId", employee));
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
