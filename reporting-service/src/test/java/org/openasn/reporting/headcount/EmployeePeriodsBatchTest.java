package org.openasn.reporting.headcount;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventData;
import org.openasn.events.EventEnvelope;
import org.openasn.events.InvalidEventException;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.reporting.unit.PersonnelEventsHandler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A batch of employee events written set-based leaves exactly the rows that applying the same events one after the
 * other leaves: every version of every employee's periods, with the times each was recorded and superseded.
 */
@QuarkusTest
class EmployeePeriodsBatchTest {

    private static final String[] GOLONGAN = {"II/a", "II/c", "III/a", "III/b", "III/d", "IV/a"};

    @Inject
    PersonnelEventsHandler handler;
    @Inject
    AgroalDataSource dataSource;

    /** One employee event of the script: whose, its sequence, when recorded, and its timeline (shared by both runs). */
    private record Step(int employee, long sequence, String kind, Instant recordedAt, String gender, List<EmploymentPeriod> timeline) {
        EventEnvelope event(List<UUID> ids, String agency) {
            return PersonnelEvents.employee(ids.get(employee), agency, sequence, kind, recordedAt, gender, LocalDate.of(1980, 5, 17), "1", timeline);
        }
    }

    @Test
    void shouldLeaveTheSameRowsAsApplyingTheEventsOneByOne() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int employees = 40;
        List<Step> before = new ArrayList<>();
        List<Step> batch = new ArrayList<>();
        long[] sequence = new long[employees];
        Instant[] recorded = new Instant[employees];
        for (int e = 0; e < employees; e++) {
            recorded[e] = Instant.parse("2026-01-05T08:00:00Z").plusSeconds(e);
            if (e % 3 != 0) { // two employees in three are known before the batch
                before.add(step(random, e, ++sequence[e], "employee-registered", recorded[e]));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < employees; e++) {
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                order.add(e);
            }
        }
        java.util.Collections.shuffle(order, random); // employees interleaved, each one's events in sequence order
        for (int e : order) {
            recorded[e] = recorded[e].plusSeconds(3600 + random.nextInt(86_400));
            batch.add(step(random, e, ++sequence[e], sequence[e] == 1 ? "employee-registered" : "promoted", recorded[e]));
        }

        String agency = "BATCH";
        List<UUID> batchIds = ids(employees);
        List<UUID> singleIds = ids(employees);
        List<UUID> claimedIds = ids(employees);
        for (Step step : before) {
            QuarkusTransaction.requiringNew().run(() -> handler.apply(step.event(batchIds, agency)));
            QuarkusTransaction.requiringNew().run(() -> handler.apply(step.event(singleIds, agency)));
            QuarkusTransaction.requiringNew().run(() -> handler.apply(step.event(claimedIds, agency)));
        }
        QuarkusTransaction.requiringNew().run(() -> handler.applyAll(batch.stream().map(s -> s.event(batchIds, agency)).toList()));
        for (Step step : batch) {
            QuarkusTransaction.requiringNew().run(() -> handler.apply(step.event(singleIds, agency)));
        }
        // as the consumer hands it over: prepared, and told which employees nothing was applied of before the batch (a third)
        List<EventEnvelope> claimed = batch.stream().map(s -> s.event(claimedIds, agency)).toList();
        boolean[] newSubject = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            newSubject[i] = batch.get(i).employee() % 3 == 0;
        }
        QuarkusTransaction.requiringNew().run(() -> handler.applyAll(claimed, claimed.stream().map(handler::prepare).toList(), newSubject));

        List<String> fromBatch = rows(batchIds);
        assertEquals(rows(singleIds), fromBatch, "seed " + seed);
        assertEquals(fromBatch, rows(claimedIds), "new employees are not looked up, with the same rows (seed " + seed + ")");
        assertEquals(before.size() + batch.size(), fromBatch.stream().map(r -> r.substring(0, r.indexOf('|', r.indexOf('|') + 1))).distinct().count(),
                "one version per event (seed " + seed + ")");
        assertEquals(employees, fromBatch.stream().filter(r -> r.endsWith("|current")).map(r -> r.split("\\|")[0]).distinct().count(),
                "each employee has one current version (seed " + seed + ")");
    }

    @Test
    void shouldRejectTheWholeBatchWhenAnEventCarriesAnotherSubject() throws Exception {
        UUID good = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        EmploymentPeriod period = PersonnelEvents.period(LocalDate.of(2020, 1, 1), null, "PNS", "III/a", "2", null, null, "employee-registered");
        EventEnvelope fine = PersonnelEvents.employee(good, "BATCH", 1, "employee-registered", Instant.now(), "L", LocalDate.of(1980, 1, 1), "1",
                List.of(period));
        EventEnvelope wrong = PersonnelEvents.employee(other, "BATCH", 1, "employee-registered", Instant.now(), "L", LocalDate.of(1980, 1, 1), "1",
                List.of(period));
        EventEnvelope mislabelled = new EventEnvelope(wrong.specversion(), wrong.id(), wrong.source(), wrong.type(), good.toString(), wrong.time(),
                wrong.datacontenttype(), wrong.instansi(), wrong.sequence(), wrong.data());

        Throwable failure = assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> handler.applyAll(List.of(fine, mislabelled))));
        while (!(failure instanceof InvalidEventException) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        assertEquals(List.of("data: $.employeeId: " + other + " is not the event's subject " + good),
                assertInstanceOf(InvalidEventException.class, failure).reasons(), "refused by the contract's consistency");
        assertEquals(List.of(), rows(List.of(good, other)), "nothing of the batch is written");
    }

    @Test
    void shouldRejectTheWholeBatchWhenAnEventsDataBreaksTheContract() throws Exception {
        EmploymentPeriod period = PersonnelEvents.period(LocalDate.of(2020, 1, 1), null, "PNS", "III/a", "2", null, null, "employee-registered");
        List<UUID> ids = ids(300);
        List<EventEnvelope> batch = new ArrayList<>();
        for (UUID id : ids) {
            batch.add(PersonnelEvents.employee(id, "BATCH", 1, "employee-registered", Instant.now(), "L", LocalDate.of(1980, 1, 1), "1", List.of(period)));
        }
        EventEnvelope valid = batch.get(217); // decoded on whichever core: the batch fails with this event's reasons all the same
        ObjectNode data = valid.data().tree().deepCopy();
        ((ObjectNode) data.get("person")).remove("gender");
        batch.set(217, new EventEnvelope(valid.specversion(), valid.id(), valid.source(), valid.type(), valid.subject(), valid.time(),
                valid.datacontenttype(), valid.instansi(), valid.sequence(), EventData.of(data)));

        Throwable failure = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> handler.applyAll(batch)));
        while (!(failure instanceof InvalidEventException) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        InvalidEventException invalid = assertInstanceOf(InvalidEventException.class, failure);
        assertEquals(List.of("data: $.person: required property 'gender' not found"), invalid.reasons());
        assertEquals(List.of(), rows(ids), "nothing of the batch is written");
    }

    private static Step step(Random random, int employee, long sequence, String kind, Instant recordedAt) {
        List<EmploymentPeriod> timeline = new ArrayList<>();
        LocalDate from = LocalDate.of(2005 + random.nextInt(10), 1 + random.nextInt(12), 1);
        int periods = 1 + random.nextInt(3);
        for (int p = 0; p < periods; p++) {
            boolean last = p == periods - 1;
            LocalDate to = last ? null : from.plusMonths(6 + random.nextInt(60));
            boolean separated = last && random.nextInt(6) == 0;
            timeline.add(new EmploymentPeriod(from, to, random.nextBoolean() ? "PNS" : "PPPK", separated ? "99" : "01", !separated,
                    separated ? "RETIRED_BUP" : null, GOLONGAN[random.nextInt(GOLONGAN.length)], from, "" + (1 + random.nextInt(4)),
                    random.nextInt(5) == 0 ? "32" : null, random.nextBoolean() ? "J-" + random.nextInt(9) : null, "Pelaksana", null,
                    "LAINNYA", "ADMINISTRATION", random.nextBoolean() ? null : new UUID(7, random.nextInt(5)), "40", null,
                    new UUID(employee, sequence * 10 + p), p == 0 ? "employee-registered" : "promoted"));
            from = to;
        }
        return new Step(employee, sequence, kind, recordedAt, random.nextBoolean() ? "L" : "P", timeline);
    }

    private static List<UUID> ids(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    /**
     * Every row of the employees, with each employee named by its index in {@code ids}, in a stable order:
     * {@code index|recorded_at|every column|superseded_at or current}.
     */
    private List<String> rows(List<UUID> ids) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT employee_id, recorded_at, instansi, valid_from, valid_to, kind, kedudukan_hukum, in_service, separation, golongan,
                       jenis_jabatan, eselon, jenjang, position_group, bup_category, unit_id, pendidikan, gender, birth_date, agama, cause,
                       cause_mutation_id, jabatan_id, superseded_at
                FROM employee_period WHERE employee_id = ANY (?)""")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StringBuilder row = new StringBuilder().append(ids.indexOf((UUID) r.getObject(1)));
                    for (int column = 2; column <= 23; column++) {
                        row.append('|').append(r.getString(column));
                    }
                    row.append('|').append(r.getString(24) == null ? "current" : r.getString(24));
                    rows.add(row.toString());
                }
            }
        }
        rows.sort(null);
        return rows;
    }
}
