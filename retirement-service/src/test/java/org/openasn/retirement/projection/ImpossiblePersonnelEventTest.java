package org.openasn.retirement.projection;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.retirement.support.PersonnelEvents;
import org.openasn.testing.DeadLetters;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personnel events that satisfy the contract's schemas but cannot be projected: each is dead-lettered with a reason that
 * says what is wrong, and the employee's next event (same subject, so same partition) is projected.
 */
@QuarkusTest
class ImpossiblePersonnelEventTest {

    private static final LocalDate BIRTH = LocalDate.of(1969, 12, 15);
    private static final LocalDate START = LocalDate.of(2000, 3, 1);

    @AutoClose
    private final PersonnelEvents events = new PersonnelEvents();

    @Test
    void shouldDeadLetterAnUnknownBupCategoryAnImpossibleTimelineAndATooLongPositionNameAndGoOn() {
        Map<String, List<EmploymentPeriod>> cases = Map.of(
                "data: $.timeline[0].bupCategory: does not have a value in the enumeration", List.of(period(START, "Pelaksana", "ASTRONAUT")),
                "data: $.timeline[1].validFrom: 2010-01-01 is before the previous period ends (2012-01-01)",
                List.of(PersonnelEvents.until(period(START, "Pelaksana", "ADMINISTRATION"), LocalDate.of(2012, 1, 1)),
                        period(LocalDate.of(2010, 1, 1), "Pelaksana", "ADMINISTRATION")),
                "data: $.timeline[0].jabatanName: must be at most 300 characters long", List.of(period(START, "Analis ".repeat(43), "ADMINISTRATION")));
        int sequence = ThreadLocalRandom.current().nextInt(900);
        Map<String, Map.Entry<UUID, String>> employees = new HashMap<>();
        for (Map.Entry<String, List<EmploymentPeriod>> impossible : cases.entrySet()) {
            UUID id = UUID.randomUUID();
            String nip = "196912152000031" + String.format("%03d", sequence++);
            employees.put(impossible.getKey(), Map.entry(id, nip));
            events.send("D110", id, nip, BIRTH, 1, "employee-registered", impossible.getValue());
            events.send("D110", id, nip, BIRTH, 2, "position-changed", List.of(period(START, "Pelaksana", "ADMINISTRATION")));
        }

        employees.forEach((reason, employee) -> {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer"))
                    .get("/employees/{nip}/retirement", employee.getValue()).then().statusCode(200).body("tmtPensiun", equalTo("2028-01-01")));
            List<Map<String, Object>> letters = DeadLetters.received();
            assertTrue(letters.stream().anyMatch(d -> employee.getKey().toString().equals(d.get("key"))
                    && String.valueOf(d.get("reason")).contains(reason)), reason + ": " + letters);
        });
        assertNull(given().auth().oauth2(TestTokens.of("admin")).get("/admin/events/consumers").then().statusCode(200).extract().jsonPath()
                .get("find { it.group == 'retirement-service' }.stalledBy"));
    }

    @Test
    void shouldDeadLetterAnotherEmployeesNipInsteadOfStallingOnTheUniqueNip() {
        int sequence = ThreadLocalRandom.current().nextInt(900);
        String nip = "196912152000041" + String.format("%03d", sequence);
        String ownNip = "196912152000041" + String.format("%03d", sequence + 1);
        UUID holder = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<EmploymentPeriod> timeline = List.of(period(START, "Pelaksana", "ADMINISTRATION"));
        events.send("D110", holder, nip, BIRTH, 1, "employee-registered", timeline);
        events.send("D110", other, nip, BIRTH, 1, "employee-registered", timeline);
        events.send("D110", other, ownNip, BIRTH, 2, "data-corrected", timeline);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer"))
                .get("/employees/{nip}/retirement", ownNip).then().statusCode(200));
        given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/retirement", nip).then().statusCode(200)
                .body("tmtPensiun", equalTo("2028-01-01"));
        List<Map<String, Object>> letters = DeadLetters.received();
        assertTrue(letters.stream().anyMatch(d -> other.toString().equals(d.get("key"))
                && String.valueOf(d.get("reason")).equals("data: $.person.nip: " + nip + " is employee " + holder + "'s, not " + other + "'s")),
                letters.toString());
    }

    private static EmploymentPeriod period(LocalDate from, String jabatan, String bupCategory) {
        return PersonnelEvents.pns(from, "III/d", "4", null, jabatan, "LAINNYA", bupCategory, null);
    }
}
