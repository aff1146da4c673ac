package org.openasn.reporting.unit;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.FormasiSet;
import org.openasn.events.personnel.UnitClassified;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.testing.DeadLetters;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events that satisfy the contract's schemas but cannot be true, or that the database cannot store: each is dead-lettered
 * with a reason that says what is wrong, counts nobody, and the employee's next event (same subject, so same partition)
 * is applied.
 */
@QuarkusTest
class ImpossibleEventTest {

    private static final LocalDate START = LocalDate.of(2015, 3, 1);
    private static final LocalDate BIRTH = LocalDate.of(1980, 1, 1);

    @AutoClose
    private static final PersonnelEvents events = new PersonnelEvents();

    @Test
    void shouldDeadLetterAnEmployeeEventThatCannotBeTrueAndApplyTheEmployeesNextOne() {
        String agency = "I" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, UUID> cases = new LinkedHashMap<>();
        // the reason expected for each, and the employee it is sent for
        send(cases, "validTo: 2015-01-01 is not after its validFrom 2015-03-01", agency,
                List.of(period(START, LocalDate.of(2015, 1, 1), null)));
        send(cases, "is before the previous period ends", agency,
                List.of(period(START, LocalDate.of(2020, 1, 1), null), period(LocalDate.of(2019, 1, 1), null, null)));
        send(cases, "is not after the previous period's validFrom", agency,
                List.of(period(LocalDate.of(2020, 1, 1), null, null), period(START, LocalDate.of(2020, 1, 1), null)));
        send(cases, "is before the previous period ends (open-ended)", agency,
                List.of(period(START, null, null), period(LocalDate.of(2020, 1, 1), null, null)));
        send(cases, "inService: true in the period after a separation (DIED)", agency,
                List.of(period(START, LocalDate.of(2020, 1, 1), null), inServiceYetSeparated(LocalDate.of(2020, 1, 1))));
        UUID bornLate = UUID.randomUUID();
        cases.put("birthDate: 2016-01-01 is not before the first period's validFrom 2015-03-01", bornLate);
        events.send(PersonnelEvents.employee(bornLate, agency, 1, "employee-registered", Instant.now(), "L", LocalDate.of(2016, 1, 1), "1",
                List.of(period(START, null, null))));
        UUID empty = UUID.randomUUID();
        cases.put("timeline: is empty", empty);
        EventEnvelope withTimeline = registered(empty, agency, List.of(period(START, null, null)));
        String json = EventCodec.write(withTimeline);
        events.sendAltered(withTimeline, json.replaceFirst("\"timeline\":\\[.*]}}$", "\"timeline\":[]}}"));
        UUID otherAgency = UUID.randomUUID();
        cases.put("instansi: ELSEWHERE is not the event's instansi " + agency, otherAgency);
        events.send(relabelled(registered(otherAgency, "ELSEWHERE", List.of(period(START, null, null))), otherAgency.toString(), agency));
        UUID carrier = UUID.randomUUID();
        cases.put("is not the event's subject " + carrier, carrier);
        events.send(relabelled(registered(UUID.randomUUID(), agency, List.of(period(START, null, null))), carrier.toString(), agency));

        for (UUID employee : cases.values()) {
            events.send(PersonnelEvents.employee(employee, agency, 2, "promoted", Instant.now(), "L", BIRTH, "1",
                    List.of(period(START, null, null))));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> headcount(agency) == cases.size());
        Map<String, String> reasons = reasonsByKey();
        cases.forEach((expected, employee) -> assertTrue(String.valueOf(reasons.get(employee.toString())).contains(expected),
                employee + " dead-lettered for '" + expected + "': " + reasons.get(employee.toString())));
        assertNull(consumer("stalledBy"));
    }

    @Test
    void shouldDeadLetterValuesLongerThanTheReadModelKeepsThemAndGoOn() {
        String agency = "L" + UUID.randomUUID().toString().substring(0, 6);
        UUID longName = UUID.randomUUID();
        events.send(registered(longName, agency, List.of(new EmploymentPeriod(START, null, "PNS", "01", true, null, "III/a", START, "2", null,
                "J".repeat(101), "Analis ".repeat(43), null, "LAINNYA", "ADMINISTRATION", null, "40", null, UUID.randomUUID(),
                "employee-registered"))));
        UUID longCause = UUID.randomUUID();
        events.send(registered(longCause, agency, List.of(period(START, null, null, "a" + "-b".repeat(20)))));
        events.send(PersonnelEvents.employee(longName, agency, 2, "promoted", Instant.now(), "L", BIRTH, "1", List.of(period(START, null, null))));
        events.send(PersonnelEvents.employee(longCause, agency, 2, "promoted", Instant.now(), "L", BIRTH, "1", List.of(period(START, null, null))));

        await().atMost(Duration.ofSeconds(60)).until(() -> headcount(agency) == 2);
        Map<String, String> reasons = reasonsByKey();
        String name = reasons.get(longName.toString());
        assertTrue(name.contains("jabatanId") && name.contains("jabatanName"), name);
        assertTrue(reasons.get(longCause.toString()).contains("cause"), reasons.get(longCause.toString()));
        assertNull(consumer("stalledBy"));
    }

    @Test
    void shouldDeadLetterCodesSiasnDoesNotHaveAndGoOn() {
        String agency = "C" + UUID.randomUUID().toString().substring(0, 6);
        UUID employee = UUID.randomUUID();
        events.send(registered(employee, agency, List.of(new EmploymentPeriod(START, null, "PNS", "01", true, null, "XX", START, "1", "77", null,
                "Kepala", null, "LAINNYA", "ADMINISTRATION", null, "99", null, UUID.randomUUID(), "employee-registered"))));
        events.send(PersonnelEvents.employee(employee, agency, 2, "promoted", Instant.now(), "L", BIRTH, "1", List.of(period(START, null, null))));

        await().atMost(Duration.ofSeconds(60)).until(() -> headcount(agency) == 1);
        String reason = reasonsByKey().get(employee.toString());
        assertTrue(reason.contains("$.timeline[0].golongan") && reason.contains("$.timeline[0].eselon") && reason.contains("$.timeline[0].pendidikan"),
                reason);
    }

    /** A date PostgreSQL cannot store (year 0) passes the contract: the database's refusal dead-letters it, the partition goes on. */
    @Test
    void shouldDeadLetterAValueTheDatabaseRefusesInsteadOfStallingForGood() {
        String agency = "Y" + UUID.randomUUID().toString().substring(0, 6);
        UUID employee = UUID.randomUUID();
        events.send(PersonnelEvents.employee(employee, agency, 1, "employee-registered", Instant.now(), "L", LocalDate.of(0, 1, 1), "1",
                List.of(period(START, null, null))));
        events.send(PersonnelEvents.employee(employee, agency, 2, "promoted", Instant.now(), "L", BIRTH, "1", List.of(period(START, null, null))));

        await().atMost(Duration.ofSeconds(60)).until(() -> headcount(agency) == 1);
        String reason = reasonsByKey().get(employee.toString());
        assertTrue(reason.startsWith("the database refuses a value of the event: ") && reason.contains("birth_date"), reason);
        assertNull(consumer("stalledBy"));
    }

    /** Bounded by Kafka's record size (1 MB by default) rather than by the contract: applied like any other. */
    @Test
    void shouldApplyATimelineOfAThousandAndMorePeriods() {
        String agency = "H" + UUID.randomUUID().toString().substring(0, 6);
        List<EmploymentPeriod> timeline = new ArrayList<>();
        LocalDate from = LocalDate.of(1990, 1, 1);
        for (int i = 0; i < 1_500; i++) {
            timeline.add(period(from.plusDays(i), i == 1_499 ? null : from.plusDays(i + 1), null));
        }
        events.send(registered(UUID.randomUUID(), agency, timeline));

        await().atMost(Duration.ofSeconds(60)).until(() -> headcount(agency) == 1);
    }

    /**
     * Events of one subject come in sequence order; one that comes after a later one is stale and skipped: each event
     * carries the whole timeline, so the later one already holds what it would tell. Another event with the sequence
     * applied last is not the same event delivered again: it is dead-lettered, not skipped unseen.
     */
    @Test
    void shouldKeepTheLaterSequenceWhenAnEarlierOneComesAfterIt() {
        String agency = "S" + UUID.randomUUID().toString().substring(0, 6);
        UUID employee = UUID.randomUUID();
        long duplicates = ((Number) consumer("duplicates")).longValue();
        EventEnvelope promoted = PersonnelEvents.employee(employee, agency, 2, "promoted", Instant.now(), "L", BIRTH, "1",
                List.of(PersonnelEvents.period(START, null, "PNS", "III/b", "2", null, null, "promoted")));
        events.send(promoted);
        events.send(PersonnelEvents.employee(employee, agency, 1, "employee-registered", Instant.now(), "L", BIRTH, "1",
                List.of(PersonnelEvents.period(START, null, "PNS", "III/a", "2", null, null, "employee-registered"))));
        events.send(promoted);
        EventEnvelope sameSequence = PersonnelEvents.employee(employee, agency, 2, "promoted", Instant.now(), "L", BIRTH, "1",
                List.of(PersonnelEvents.period(START, null, "PNS", "IV/a", "2", null, null, "promoted")));
        events.send(sameSequence);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertTrue(DeadLetters.received().stream().anyMatch(
                d -> sameSequence.id().equals(d.get("eventId")) && String.valueOf(d.get("reason")).contains("which event " + promoted.id() + " had")),
                DeadLetters.received().toString()));
        assertEquals(duplicates + 2, ((Number) consumer("duplicates")).longValue(), "the stale event and the redelivery");
        assertEquals(Map.of("III/b", 1), given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency)
                .queryParam("groupBy", "ruang").queryParam("asOf", "2026-06-30").get("/headcounts").then().statusCode(200)
                .extract().jsonPath().getMap("totals.ruang"));
        assertNull(consumer("stalledBy"));
    }

    @Test
    void shouldDeadLetterAUnitThatIsItsOwnParentAndOverlappingBupRules() {
        String agency = "U" + UUID.randomUUID().toString().substring(0, 6);
        UUID unit = UUID.randomUUID();
        events.send(EventEnvelope.create(EventTypes.UNIT_REGISTERED_V1, "/openasn/personnel-service", unit.toString(), agency, 1, Instant.now(),
                new UnitRegistered(unit, agency, "SELF", "Self", unit, null, LocalDate.of(2017, 1, 1))));
        // a source of its own, so that its sequence does not meet the BUP rules other tests publish
        UUID ruleSet = UUID.randomUUID();
        EventEnvelope overlapping = EventEnvelope.create(EventTypes.BUP_RULES_PUBLISHED_V1, "/test/" + agency, BupRulesPublished.SUBJECT,
                BupRulesPublished.NATIONAL, 1, Instant.now(), new BupRulesPublished(List.of(
                        new BupRulesPublished.Range("ADMINISTRATION", null, LocalDate.of(1970, 1, 1), 58, ruleSet, null),
                        new BupRulesPublished.Range("ADMINISTRATION", LocalDate.of(1960, 1, 1), null, 60, ruleSet, null))));
        events.send(overlapping);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, String> reasons = reasonsByKey();
            assertTrue(String.valueOf(reasons.get(unit.toString())).contains("parentId: the unit itself"), reasons.toString());
            assertTrue(DeadLetters.received().stream().anyMatch(d -> overlapping.id().equals(d.get("eventId"))
                    && String.valueOf(d.get("reason")).contains("two ranges of ADMINISTRATION overlap")), DeadLetters.received().toString());
        });
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).get("/units").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
        assertNull(consumer("stalledBy"));
    }

    /** A unit and a formasi stay in their agency; the unit's next, right event is applied. */
    @Test
    void shouldDeadLetterAUnitOrFormasiOfAnotherAgency() {
        String agency = "A" + UUID.randomUUID().toString().substring(0, 6);
        UUID unit = UUID.randomUUID();
        events.send(unitRegistered(unit, agency, "ONE", 1));
        EventEnvelope classifiedElsewhere = EventEnvelope.create(EventTypes.UNIT_CLASSIFIED_V1, "/openasn/personnel-service", unit.toString(), "ELSEWHERE",
                2, Instant.now(), new UnitClassified(unit, "ELSEWHERE", "DINAS", null));
        events.send(classifiedElsewhere);
        EventEnvelope registeredElsewhere = unitRegistered(unit, "ELSEWHERE", "TWO", 3);
        events.send(registeredElsewhere);
        events.send(unitRegistered(unit, agency, "THREE", 4));
        UUID formasi = UUID.randomUUID();
        EventEnvelope formasiElsewhere = EventEnvelope.create(EventTypes.FORMASI_SET_V1, "/openasn/personnel-service", formasi.toString(), agency, 1,
                Instant.now(), new FormasiSet(formasi, "ELSEWHERE", unit, UUID.randomUUID(), "J1", "Kepala Dinas", "1", "21", null, 1, 0,
                        LocalDate.of(2020, 1, 1)));
        events.send(formasiElsewhere);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency)
                .get("/units").then().statusCode(200).body("name", org.hamcrest.Matchers.contains("THREE")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, String> reasons = new LinkedHashMap<>();
            DeadLetters.received().forEach(d -> reasons.put(String.valueOf(d.get("eventId")), String.valueOf(d.get("reason"))));
            assertEquals("unit-classified for unit " + unit + " of agency " + agency + " names agency ELSEWHERE", reasons.get(classifiedElsewhere.id()));
            assertEquals("unit-registered for unit " + unit + " of agency " + agency + " names agency ELSEWHERE", reasons.get(registeredElsewhere.id()));
            assertEquals("data: $.instansi: ELSEWHERE is not the event's instansi " + agency, reasons.get(formasiElsewhere.id()));
        });
        assertNull(consumer("stalledBy"));
    }

    private static EventEnvelope unitRegistered(UUID unit, String agency, String name, long sequence) {
        return EventEnvelope.create(EventTypes.UNIT_REGISTERED_V1, "/openasn/personnel-service", unit.toString(), agency, sequence, Instant.now(),
                new UnitRegistered(unit, agency, "DISDIK", name, null, null, LocalDate.of(2017, 1, 1)));
    }

    /** Sends a registration of a new employee with {@code timeline}, expecting {@code reason}. */
    private static void send(Map<String, UUID> cases, String reason, String agency, List<EmploymentPeriod> timeline) {
        UUID employee = UUID.randomUUID();
        cases.put(reason, employee);
        events.send(registered(employee, agency, timeline));
    }

    private static EventEnvelope registered(UUID employee, String agency, List<EmploymentPeriod> timeline) {
        return PersonnelEvents.employee(employee, agency, 1, "employee-registered", Instant.now(), "L", BIRTH, "1", timeline);
    }

    /** {@code event} with another subject and agency in its envelope. */
    private static EventEnvelope relabelled(EventEnvelope event, String subject, String agency) {
        return new EventEnvelope(event.specversion(), event.id(), event.source(), event.type(), subject, event.time(), event.datacontenttype(),
                agency, event.sequence(), event.data());
    }

    private static EmploymentPeriod period(LocalDate from, LocalDate to, String separation) {
        return period(from, to, separation, "employee-registered");
    }

    private static EmploymentPeriod period(LocalDate from, LocalDate to, String separation, String cause) {
        return PersonnelEvents.period(from, to, "PNS", "III/a", "2", null, separation, cause);
    }

    /** A period after a death that still counts in service. */
    private static EmploymentPeriod inServiceYetSeparated(LocalDate from) {
        return new EmploymentPeriod(from, null, "PNS", "01", true, "DIED", "III/a", from, "2", null, null, "Pelaksana", null, "LAINNYA",
                "ADMINISTRATION", null, "40", null, UUID.randomUUID(), "died");
    }

    private static long headcount(String agency) {
        return given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("asOf", "2026-06-30")
                .get("/headcounts").then().statusCode(200).extract().jsonPath().getLong("grandTotal");
    }

    /** The reason of the newest dead letter of each key. */
    private static Map<String, String> reasonsByKey() {
        Map<String, String> reasons = new LinkedHashMap<>();
        DeadLetters.received().forEach(d -> reasons.putIfAbsent(String.valueOf(d.get("key")), String.valueOf(d.get("reason"))));
        return reasons;
    }

    private static Object consumer(String field) {
        return given().auth().oauth2(TestTokens.of("admin")).get("/admin/events/consumers").then().statusCode(200).extract().jsonPath()
                .get("find { it.group == '" + PersonnelEventsHandler.GROUP + "' }." + field);
    }
}
