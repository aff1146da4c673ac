package org.openasn.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openasn.commons.consumer.ConsumptionLedger;
import org.apache.kafka.common.TopicPartition;
import org.openasn.commons.consumer.RejectedEventException;
import org.openasn.commons.consumer.SubjectSequences;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.reporting.headcount.EmployeePeriods;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.reporting.unit.PersonnelEventsHandler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openasn.commons.consumer.ConsumptionLedger.EVERY_SUBJECT;

/**
 * The consumed-sequence marks of a whole batch (service-commons {@code ConsumptionLedger.claimAll}), against the real
 * database: the same outcome as claiming the events one after the other; and employee events, which the ledger does not
 * mark, found applied in their periods.
 */
@QuarkusTest
class ConsumptionLedgerBatchTest {

    private static final String SOURCE = "/openasn/personnel-service";

    @Inject
    ConsumptionLedger ledger;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    EmployeePeriods periods;
    @Inject
    PersonnelEventsHandler handler;

    private final String group = "test-" + UUID.randomUUID();

    @Test
    void shouldApplyEachSequenceOnceInTheBatchAndAfterIt() {
        String known = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> assertTrue(claim(group, event(known, 2))));
        EventEnvelope fresh1 = event(fresh, 1);
        EventEnvelope fresh5 = event(fresh, 5);
        EventEnvelope known3 = event(known, 3);

        ConsumptionLedger.Claims claimed = QuarkusTransaction.requiringNew().call(() -> claimAll(group, List.of(
                event(known, 1),   // stale: 2 was applied before the batch
                fresh1,
                known3,
                event(fresh, 2),
                fresh1,            // a replayed duplicate inside the batch
                fresh5,            // a gap is not waited for: each event carries the whole state
                event(fresh, 4),   // older than 5, applied just before it
                known3), EVERY_SUBJECT));

        assertArrayEquals(new boolean[]{false, true, true, true, false, true, false, false}, claimed.fresh());
        assertArrayEquals(new boolean[]{false, true, false, true, true, true, true, false}, claimed.newSubject(), "new: no mark before the batch");
        assertArrayEquals(new String[8], claimed.conflicts());
        assertEquals(3, lastSequence(known));
        assertEquals(5, lastSequence(fresh));
        QuarkusTransaction.requiringNew().run(() -> {
            assertFalse(claim(group, fresh5), "after the batch, one by one agrees");
            assertTrue(claim(group, event(fresh, 6)));
        });
        assertArrayEquals(new boolean[0], QuarkusTransaction.requiringNew().call(() -> claimAll(group, List.of(), EVERY_SUBJECT)).fresh());
    }

    /** During a replay, the subjects it has not claimed yet are not looked up, with the same outcome. */
    @Test
    void shouldTakeTheSubjectsNotLookedUpAsNew() {
        String marked = UUID.randomUUID().toString();
        String unseen = UUID.randomUUID().toString();
        EventEnvelope marked2 = event(marked, 2);
        EventEnvelope unseen1 = event(unseen, 1);
        QuarkusTransaction.requiringNew().run(() -> assertTrue(claim(group, marked2)));

        ConsumptionLedger.Claims claimed = QuarkusTransaction.requiringNew().call(() -> claimAll(group, List.of(
                unseen1, marked2, unseen1, event(marked, 3), event(unseen, 2)),
                (source, subject) -> subject.equals(marked)));

        assertArrayEquals(new boolean[]{true, false, false, true, true}, claimed.fresh());
        assertArrayEquals(new boolean[]{true, false, true, false, true}, claimed.newSubject());
        assertEquals(3, lastSequence(marked));
        assertEquals(2, lastSequence(unseen));
    }

    /**
     * Another event with the last sequence applied, before the batch or in it, is in conflict: not applied, and reported
     * (the consumer dead-letters it), where the same event again is a duplicate. One by one, it is refused.
     */
    @Test
    void shouldFindAnotherEventWithTheLastSequenceInConflict() {
        String known = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        EventEnvelope known2 = event(known, 2);
        EventEnvelope fresh1 = event(fresh, 1);
        EventEnvelope otherKnown2 = event(known, 2);
        EventEnvelope otherFresh1 = event(fresh, 1);
        QuarkusTransaction.requiringNew().run(() -> assertTrue(claim(group, known2)));

        ConsumptionLedger.Claims claimed = QuarkusTransaction.requiringNew().call(() -> claimAll(group, List.of(
                otherKnown2, known2, fresh1, otherFresh1, fresh1), EVERY_SUBJECT));

        assertArrayEquals(new boolean[]{false, false, true, false, false}, claimed.fresh());
        assertNull(claimed.conflicts()[1]);
        assertNull(claimed.conflicts()[2]);
        assertNull(claimed.conflicts()[4]);
        assertTrue(claimed.conflicts()[0].contains("event " + otherKnown2.id() + " has sequence 2 of subject " + known)
                && claimed.conflicts()[0].contains("which event " + known2.id() + " had"), claimed.conflicts()[0]);
        assertTrue(claimed.conflicts()[3].contains("which event " + fresh1.id() + " had"), claimed.conflicts()[3]);
        assertEquals(2, lastSequence(known));
        assertEquals(known2.id(), lastEventId(known), "the mark stays the applied event's");
        RejectedEventException refused = assertThrows(RejectedEventException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> claim(group, otherKnown2)));
        assertTrue(refused.getMessage().contains("gave one sequence to two events"), refused.getMessage());
        QuarkusTransaction.requiringNew().run(() -> assertFalse(claim(group, known2), "the same event again is a duplicate"));
    }

    /** A subject wrongly taken as new (it has a mark) fails the batch, as a new subject recorded by another consumer does. */
    @Test
    void shouldFailWhenASubjectNotLookedUpHasAMark() {
        String marked = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> assertTrue(claim(group, event(marked, 2))));

        Exception failure = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().call(
                () -> claimAll(group, List.of(event(marked, 1), event(marked, 3)), (source, subject) -> false)));
        boolean named = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            named |= String.valueOf(cause.getMessage()).contains("another consumer");
        }
        assertTrue(named, String.valueOf(failure));
        assertEquals(2, lastSequence(marked), "the batch wrote nothing");
    }

    @Test
    void shouldFailWhenAnotherConsumerRecordsANewSubjectMeanwhile() throws Exception {
        String subject = UUID.randomUUID().toString();
        EventEnvelope first = event(subject, 1);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO consumed_sequence (consumer_group, source, subject, last_sequence, last_event_id) VALUES (?, ?, ?, 1, ?)""")) {
                insert.setString(1, group);
                insert.setString(2, SOURCE);
                insert.setString(3, subject);
                insert.setString(4, first.id());
                insert.executeUpdate();
            }
            // the batch does not see the uncommitted mark, and its insert waits for the other transaction
            CompletableFuture<ConsumptionLedger.Claims> batch = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(
                    () -> claimAll(group, List.of(first, event(subject, 2)), EVERY_SUBJECT)));
            Thread.sleep(1000);
            assertFalse(batch.isDone(), "the batch waits for the other consumer's transaction");
            other.commit();
            Exception failure = assertThrows(Exception.class, () -> batch.get(30, TimeUnit.SECONDS));
            boolean named = false;
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                named |= String.valueOf(cause.getMessage()).contains("another consumer");
            }
            assertTrue(named, String.valueOf(failure));
        }
        assertEquals(1, lastSequence(subject), "the batch wrote nothing");
        QuarkusTransaction.requiringNew().run(() -> {
            assertFalse(claim(group, first), "one by one, the event the other consumer applied is a duplicate");
            assertTrue(claim(group, event(subject, 2)));
        });
    }

    /** A replay forgets its own group's marks only (the ledger is emptied by TRUNCATE only when it holds no other group's). */
    @Test
    void shouldForgetOneGroupsMarksOnly() {
        String other = "test-" + UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        EventEnvelope first = event(subject, 1);
        EventEnvelope second = event(subject, 2);
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(claim(group, first));
            assertTrue(claim(other, second));
        });
        QuarkusTransaction.requiringNew().run(() -> ledger.forget(group));
        assertEquals(0, lastSequence(subject));
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(claim(group, first), "forgotten: applied again");
            assertFalse(claim(other, second), "the other group's mark is kept");
        });
    }

    /**
     * Employee events are kept with the periods they write (reporting's {@code EmployeePeriods}): the consumer compares them
     * with the employee's current periods and writes no mark, with the same outcomes as the ledger's.
     */
    @Test
    void shouldFindAppliedEmployeeEventsInTheirPeriodsWithoutAMark() {
        UUID id = UUID.randomUUID();
        EventEnvelope first = employee(id, 1, SOURCE);
        QuarkusTransaction.requiringNew().run(() -> apply(first));
        EventEnvelope second = employee(id, 2, SOURCE);
        EventEnvelope otherFirst = employee(id, 1, SOURCE);
        EventEnvelope otherSource = employee(id, 3, "/openasn/elsewhere");

        ConsumptionLedger.Claims claimed = QuarkusTransaction.requiringNew().call(() -> ledger.claimAll(group, List.of(
                first, otherFirst, second, second, otherSource), EVERY_SUBJECT, periods));

        assertArrayEquals(new boolean[]{false, false, true, false, false}, claimed.fresh());
        assertArrayEquals(new boolean[]{false, false, false, false, false}, claimed.newSubject(), "the employee's periods were there");
        assertNull(claimed.conflicts()[0]);
        assertTrue(claimed.conflicts()[1].contains("which event " + first.id() + " had"), claimed.conflicts()[1]);
        assertNull(claimed.conflicts()[3]);
        assertTrue(claimed.conflicts()[4].contains("came from " + SOURCE) && claimed.conflicts()[4].contains("one subject's events must come from one source"),
                claimed.conflicts()[4]);
        assertNull(mark(id.toString(), "last_sequence"), "no mark of an employee");

        ConsumptionLedger.Claims fresh = QuarkusTransaction.requiringNew().call(
                () -> ledger.claimAll(group, List.of(employee(UUID.randomUUID(), 1, SOURCE)), EVERY_SUBJECT, periods));
        assertArrayEquals(new boolean[]{true}, fresh.newSubject(), "an employee without periods is new");
    }

    /**
     * Two consumers applying the same new employee's event at once (as during a rebalance): with no mark whose key the
     * second would break, the partition lock makes it wait for the first and then find the event applied.
     */
    @Test
    void shouldMakeASecondConsumerOfAPartitionWaitAndFindTheEmployeeApplied() throws Exception {
        EventEnvelope event = employee(UUID.randomUUID(), 1, SOURCE);
        List<TopicPartition> partition = List.of(new TopicPartition(Topics.PERSONNEL, 0));
        CountDownLatch applied = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> firstConsumer = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            ledger.lockPartitions(group, partition);
            apply(event);
            applied.countDown();
            await(commit);
        }));
        assertTrue(applied.await(30, TimeUnit.SECONDS));
        CompletableFuture<ConsumptionLedger.Claims> secondConsumer = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            ledger.lockPartitions(group, partition);
            return ledger.claimAll(group, List.of(event), EVERY_SUBJECT, periods);
        }));
        Thread.sleep(1000);
        assertFalse(secondConsumer.isDone(), "the second consumer waits for the first's transaction");
        commit.countDown();
        firstConsumer.get(30, TimeUnit.SECONDS);
        ConsumptionLedger.Claims claimed = secondConsumer.get(30, TimeUnit.SECONDS);
        assertArrayEquals(new boolean[]{false}, claimed.fresh(), "the event the first consumer applied is a duplicate");
        assertArrayEquals(new boolean[]{false}, claimed.newSubject());
    }

    /** Claims and applies an employee event, as the consumer does, in the caller's transaction. */
    private void apply(EventEnvelope event) {
        ConsumptionLedger.Claims claims = ledger.claimAll(group, List.of(event), EVERY_SUBJECT, periods);
        assertArrayEquals(new boolean[]{true}, claims.fresh());
        handler.applyAll(List.of(event), List.of(handler.prepare(event)), claims.newSubject());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EventEnvelope employee(UUID id, long sequence, String source) {
        EventEnvelope event = PersonnelEvents.employee(id, "LEDGER", sequence, "employee-registered", Instant.parse("2026-01-05T00:00:00Z"), "P",
                LocalDate.of(1980, 5, 17), "1", List.of(PersonnelEvents.period(LocalDate.of(2010, 3, 1), null, "PNS", "III/a", "4", null, null, "employee-registered")));
        return new EventEnvelope(event.specversion(), event.id(), source, event.type(), event.subject(), event.time(), event.datacontenttype(),
                event.instansi(), event.sequence(), event.data());
    }

    private boolean claim(String group, EventEnvelope event) {
        return ledger.claim(group, event, SubjectSequences.NONE);
    }

    private ConsumptionLedger.Claims claimAll(String group, List<EventEnvelope> events, BiPredicate<String, String> mayBeMarked) {
        return ledger.claimAll(group, events, mayBeMarked, SubjectSequences.NONE);
    }

    private static EventEnvelope event(String subject, long sequence) {
        UUID unit = UUID.fromString(subject);
        return EventEnvelope.create(EventTypes.UNIT_REGISTERED_V1, SOURCE, subject, "LEDGER", sequence, Instant.now(),
                new UnitRegistered(unit, "LEDGER", "U", "U", null, null, LocalDate.of(2020, 1, 1)));
    }

    private long lastSequence(String subject) {
        String last = mark(subject, "last_sequence");
        return last == null ? 0 : Long.parseLong(last);
    }

    private String lastEventId(String subject) {
        return mark(subject, "last_event_id");
    }

    private String mark(String subject, String column) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT " + column + " FROM consumed_sequence WHERE consumer_group = ? AND source = ? AND subject = ?")) {
            s.setString(1, group);
            s.setString(2, SOURCE);
            s.setString(3, subject);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
