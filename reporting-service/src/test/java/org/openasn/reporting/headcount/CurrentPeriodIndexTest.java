package org.openasn.reporting.headcount;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * National questions on profile dimensions only are added up from a snapshot of the date's counts per profile, which
 * must follow later events (back-dated changes, people leaving, people joining) like the rows do. A jenjang value of
 * this test's own isolates its employees among everything else in the read model; each answer is checked against
 * counts worked out by hand, against SQL ({@code knownAt}) and against the agency's rows.
 */
@QuarkusTest
class CurrentPeriodIndexTest {

    private static final Instant RECORDED = Instant.parse("2026-01-05T00:00:00Z");
    private static final LocalDate START = LocalDate.of(2015, 3, 1);
    @AutoClose
    private final PersonnelEvents events = new PersonnelEvents();
    private final String agency = "I" + UUID.randomUUID().toString().substring(0, 6);
    private final String jenjang = "IDX_" + new Random().ints(12, 'A', 'Z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    private EmploymentPeriod period(LocalDate from, LocalDate to, String golongan, String separation) {
        return new EmploymentPeriod(from, to, "PNS", separation == null ? "01" : "99", separation == null, separation, golongan, from, "2", null,
                null, "Analis", jenjang, "LAINNYA", "ADMINISTRATION", null, "40", null, UUID.randomUUID(), "employee-registered");
    }

    private void employee(UUID id, long sequence, String kind, String gender, LocalDate born, EmploymentPeriod... timeline) {
        employee(agency, id, sequence, kind, gender, born, timeline);
    }

    private void employee(String instansi, UUID id, long sequence, String kind, String gender, LocalDate born, EmploymentPeriod... timeline) {
        events.send(PersonnelEvents.employee(id, instansi, sequence, kind, RECORDED.plusSeconds(sequence), gender, born, "1", List.of(timeline)));
    }

    /** Cells as value lists joined by '|', with their counts. */
    private Map<String, Integer> cells(String instansi, String groupBy, String asOf, Map<String, String> filters, String knownAt) {
        var request = given().auth().oauth2(TestTokens.of("admin")).queryParam("groupBy", groupBy).queryParam("asOf", asOf)
                .queryParam("jenjang", jenjang).queryParams(filters);
        if (instansi != null) {
            request.queryParam("instansi", instansi);
        }
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt);
        }
        JsonPath answer = request.get("/headcounts").then().statusCode(200).extract().jsonPath();
        Map<String, Integer> cells = new HashMap<>();
        List<Map<String, Object>> list = answer.getList("cells");
        for (Map<String, Object> cell : list) {
            @SuppressWarnings("unchecked")
            Map<String, String> key = (Map<String, String>) cell.get("key");
            cells.put(String.join("|", List.of(groupBy.split(",")).stream().map(key::get).toList()), (Integer) cell.get("count"));
        }
        assertEquals(cells.values().stream().mapToInt(Integer::intValue).sum(), answer.getInt("grandTotal"), "totals reconcile");
        return cells;
    }

    /** The national answer from the index, checked against the same question in SQL and over the agency's rows. */
    private Map<String, Integer> national(String groupBy, String asOf, Map<String, String> filters) {
        Map<String, Integer> index = cells(null, groupBy, asOf, filters, null);
        assertEquals(cells(null, groupBy, asOf, filters, "2100-01-01T00:00:00Z"), index, "index and SQL: " + groupBy + " " + filters + " " + asOf);
        assertEquals(cells(agency, groupBy, asOf, filters, null), index, "profiles and rows: " + groupBy + " " + filters + " " + asOf);
        return index;
    }

    /** A national answer over agency from the index (a cuboid of the date), checked against the same question in SQL. */
    private Map<String, Integer> nationalByAgency(String groupBy, String asOf, Map<String, String> filters) {
        Map<String, Integer> index = cells(null, groupBy, asOf, filters, null);
        assertEquals(cells(null, groupBy, asOf, filters, "2100-01-01T00:00:00Z"), index, "index and SQL: " + groupBy + " " + filters + " " + asOf);
        return index;
    }

    @Test
    void shouldFollowLaterEventsInTheNationalCountsByAgencyOfADateAlreadyAskedAbout() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        employee(a, 1, "employee-registered", "P", LocalDate.of(1990, 1, 1), period(START, null, "III/a", null));
        employee(b, 1, "employee-registered", "L", LocalDate.of(1965, 6, 15), period(START, null, "III/b", null));
        await().atMost(Duration.ofSeconds(30)).until(() -> cells(null, "gender", "2025-12-31", Map.of(), null).size() == 2);

        String december = "2025-12-31";
        assertEquals(Map.of(agency + "|P", 1, agency + "|L", 1), nationalByAgency("agency,gender", december, Map.of()));
        assertEquals(Map.of(agency, 1), nationalByAgency("agency", december, Map.of("gender", "L")));
        assertEquals(Map.of(agency + "|III", 2), nationalByAgency("agency,golongan", december, Map.of("kind", "PNS")));

        // b leaves in November (rows the cuboid counts change); c joins an agency no row had when it was built (a value
        // it has no room for: it is built again)
        employee(b, 2, "died", "L", LocalDate.of(1965, 6, 15), period(START, LocalDate.of(2025, 11, 1), "III/b", null),
                period(LocalDate.of(2025, 11, 1), null, "III/b", "DIED"));
        String newAgency = "J" + UUID.randomUUID().toString().substring(0, 6);
        UUID c = UUID.randomUUID();
        employee(newAgency, c, 1, "employee-registered", "L", LocalDate.of(1985, 2, 2), period(LocalDate.of(2025, 7, 1), null, "II/a", null));
        await().atMost(Duration.ofSeconds(30)).until(() -> cells(null, "agency,gender", december, Map.of(), null)
                .equals(Map.of(agency + "|P", 1, newAgency + "|L", 1)));

        assertEquals(Map.of(agency + "|P", 1, newAgency + "|L", 1), nationalByAgency("agency,gender", december, Map.of()));
        assertEquals(Map.of(newAgency, 1), nationalByAgency("agency", december, Map.of("gender", "L")));
        assertEquals(Map.of(agency + "|III", 1, newAgency + "|II", 1), nationalByAgency("agency,golongan", december, Map.of("kind", "PNS")));
        assertEquals(Map.of(agency + "|P", 1, agency + "|L", 1), nationalByAgency("agency,gender", "2025-06-30", Map.of()), "before every change");
        assertEquals(Map.of(), nationalByAgency("agency", december, Map.of("agama", "7")), "a value nobody has");
    }

    @Test
    void shouldFollowLaterEventsInTheNationalCountsOfADateAlreadyAskedAbout() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        employee(a, 1, "employee-registered", "P", LocalDate.of(1990, 1, 1), period(START, null, "III/a", null));
        employee(b, 1, "employee-registered", "L", LocalDate.of(1965, 6, 15), period(START, null, "III/b", null));
        employee(c, 1, "employee-registered", "L", LocalDate.of(1980, 1, 1), period(START, LocalDate.of(2025, 6, 1), "IV/a", null),
                period(LocalDate.of(2025, 6, 1), null, "IV/a", "RETIRED_APS"));
        await().atMost(Duration.ofSeconds(30)).until(() -> cells(null, "gender", "2025-12-31", Map.of(), null).size() == 2);

        String december = "2025-12-31";
        assertEquals(Map.of("III/a|P", 1, "III/b|L", 1), national("ruang,gender", december, Map.of()));
        assertEquals(Map.of("31-35", 1, "59-60", 1), national("ageGroup", december, Map.of()), "a is 35, b 60 on 31 December 2025");
        assertEquals(Map.of("L", 1), national("gender", december, Map.of("ageGroup", "59-60")));
        assertEquals(Map.of("31-59", 1, ">59", 1), national("ageGroup", december, Map.of("ageBands", "30,59")), "bands of the question's own");
        assertEquals(Map.of("P", 1), national("gender", december, Map.of("ageBands", "30,59", "ageGroup", "31-59")));
        assertEquals(Map.of("<36", 1), national("ageGroup", december, Map.of("ageBands", "35", "gender", "P")), "one bound: two bands");
        assertEquals(Map.of("III", 2), national("golongan", december, Map.of("kind", "PNS")));
        assertEquals(Map.of("III/a", 1, "III/b", 1, "IV/a", 1), national("ruang", "2025-05-31", Map.of()));

        // a promoted back to October, b leaves in November, d joins in July
        employee(a, 2, "promoted", "P", LocalDate.of(1990, 1, 1), period(START, LocalDate.of(2025, 10, 1), "III/a", null),
                period(LocalDate.of(2025, 10, 1), null, "III/b", null));
        employee(b, 2, "died", "L", LocalDate.of(1965, 6, 15), period(START, LocalDate.of(2025, 11, 1), "III/b", null),
                period(LocalDate.of(2025, 11, 1), null, "III/b", "DIED"));
        UUID d = UUID.randomUUID();
        employee(d, 1, "employee-registered", "P", LocalDate.of(2001, 5, 5), period(LocalDate.of(2025, 7, 1), null, "II/a", null));
        await().atMost(Duration.ofSeconds(30)).until(() -> cells(null, "ruang,gender", december, Map.of(), null)
                .equals(Map.of("III/b|P", 1, "II/a|P", 1)));

        assertEquals(Map.of("III/b|P", 1, "II/a|P", 1), national("ruang,gender", december, Map.of()));
        assertEquals(Map.of("31-35", 1, "21-25", 1), national("ageGroup", december, Map.of()), "d is 24");
        assertEquals(Map.of(), national("gender", december, Map.of("ageGroup", "59-60")));
        assertEquals(Map.of("III", 1, "II", 1), national("golongan", december, Map.of("kind", "PNS")));
        assertEquals(Map.of("III/a", 1, "III/b", 1, "IV/a", 1), national("ruang", "2025-05-31", Map.of()), "before every change");
        assertEquals(Map.of("III/a|P", 1, "III/b|L", 1, "II/a|P", 1), national("ruang,gender", "2025-09-30", Map.of()));
        assertEquals(Map.of(), national("ruang", december, Map.of("agama", "7")), "a value nobody has");
    }
}
