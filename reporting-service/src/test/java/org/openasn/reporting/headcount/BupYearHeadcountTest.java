package org.openasn.reporting.headcount;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.events.retirement.BupRulesPublished.Range;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Headcounts by BUP year: each period's TMT pensiun under the BUP rules retirement-service published, as known now and
 * as known before a policy change. The expected years are worked out by hand below, not by the service's formula.
 */
@QuarkusTest
class BupYearHeadcountTest {

    private static final UUID RULES_2017 = UUID.randomUUID();
    private static final UUID RULES_2030 = UUID.randomUUID();
    @AutoClose
    private final PersonnelEvents events = new PersonnelEvents();
    private final String agency = "B" + UUID.randomUUID().toString().substring(0, 6);
    /** This test's employees' functional level: national questions filtered by it count only them. */
    private final String jenjang = "BUPY_" + new Random().ints(12, 'A', 'Z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    @Test
    void shouldCountByTheYearOfTmtPensiunUnderTheRulesKnownAtTheMoment() {
        LocalDate start = LocalDate.of(2000, 3, 1);
        Instant registered = Instant.parse("2026-01-05T00:00:00Z");
        // born 15 May 1968, BUP 58: reaches it 15 May 2026, TMT pensiun 1 June 2026
        UUID extended = register("1968-05-15", "ADMINISTRATION", registered, start);
        // born 20 December 1968, BUP 58: reaches it 20 December 2026, TMT pensiun 1 January 2027
        register("1968-12-20", "ADMINISTRATION", registered, start);
        // a teacher born 1 March 1970, BUP 60: 1 March 2030, TMT pensiun 1 April 2030
        register("1970-03-01", "TEACHER", registered, start);
        // born 29 February 1972: BUP 58 reached 28 February 2030 (TMT 1 March 2030); BUP 60 reached 29 February 2032 (TMT 1 March 2032)
        register("1972-02-29", "ADMINISTRATION", registered, start);
        // no BUP category recorded
        register("1975-07-07", null, registered, start);

        Instant published = Instant.parse("2026-02-01T00:00:00Z");
        events.send(rules(1, published, List.of(new Range("ADMINISTRATION", null, null, 58, RULES_2017, "PP 11/2017"),
                new Range("TEACHER", null, null, 60, RULES_2017, "PP 11/2017"))));
        Map<String, Integer> under2017 = Map.of("2026", 1, "2027", 1, "2030", 2, HeadcountQuery.UNKNOWN, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> bupYears(null).equals(under2017));

        // BUP 60 for administration from 1 January 2030: whoever reaches 58 before then keeps it (born before 1 January 1972)
        Instant changed = Instant.parse("2026-03-01T00:00:00Z");
        events.send(rules(2, changed, List.of(new Range("ADMINISTRATION", null, LocalDate.of(1972, 1, 1), 58, RULES_2017, "PP 11/2017"),
                new Range("ADMINISTRATION", LocalDate.of(1972, 1, 1), null, 60, RULES_2030, "policy 2030"),
                new Range("TEACHER", null, null, 60, RULES_2017, "PP 11/2017"))));
        Map<String, Integer> under2030 = Map.of("2026", 1, "2027", 1, "2030", 1, "2032", 1, HeadcountQuery.UNKNOWN, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> bupYears(null).equals(under2030));

        assertEquals(under2017, bupYears(changed.minusSeconds(1)), "as known before the policy change");
        assertEquals(Map.of(HeadcountQuery.UNKNOWN, 5), bupYears(published.minusSeconds(1)), "before any rules were published");
        JsonPath filtered = given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency)
                .queryParam("groupBy", "gender").queryParam("bupYear", "2032").queryParam("asOf", "2026-06-30")
                .get("/headcounts").then().statusCode(200).extract().jsonPath();
        assertEquals(1, filtered.getLong("grandTotal"));
        JsonPath national = given().auth().oauth2(TestTokens.of("admin")).queryParam("groupBy", "bupYear,agency").queryParam("agency", agency)
                .queryParam("asOf", "2026-06-30").get("/headcounts").then().statusCode(200).extract().jsonPath();
        assertEquals(under2030, national.getMap("totals.bupYear"));

        for (String knownAt : new String[]{null, "2100-01-01T00:00:00Z"}) {
            var request = given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency)
                    .queryParam("groupBy", "bupYear,ageGroup").queryParam("asOf", "2026-06-30");
            if (knownAt != null) {
                request.queryParam("knownAt", knownAt);
            }
            // the born 1968 are 58 on 30 June 2026, the teacher 56, the one born in 1972 54, the one born in 1975 50
            assertEquals(Map.of("56-58", 3, "51-55", 1, "46-50", 1), request.get("/headcounts").then().statusCode(200).extract().jsonPath()
                    .getMap("totals.ageGroup"), "with the rules' join, index and SQL: " + knownAt);
        }
        for (String role : new String[]{"viewer", "integration"}) {
            for (String knownAt : new String[]{null, "2100-01-01T00:00:00Z"}) {
                var request = given().auth().oauth2(TestTokens.of(role, agency)).queryParam("instansi", agency).queryParam("groupBy", "ageGroup")
                        .queryParam("ageBands", "50,55").queryParam("asOf", "2026-06-30");
                if (knownAt != null) {
                    request.queryParam("knownAt", knownAt);
                }
                JsonPath answer = request.get("/headcounts").then().statusCode(200).extract().jsonPath();
                assertEquals(List.of("<51", "51-55", ">55"), List.copyOf(answer.<String, Object>getMap("totals.ageGroup").keySet()),
                        "age groups youngest first, not in text order: " + role + " " + knownAt);
                assertEquals(List.of("<51", "51-55", ">55"), answer.getList("cells.key.ageGroup"));
            }
        }
        // national, in the day's snapshot (by profile and BUP year), in SQL, and with age too (from the rows)
        assertEquals(under2030, national("bupYear", Map.of(), null));
        assertEquals(under2030, national("bupYear", Map.of(), "2100-01-01T00:00:00Z"));
        assertEquals(Map.of("L", 1), national("gender", Map.of("bupYear", "2032"), null));
        assertEquals(Map.of("2026", 1, "2027", 1, "2030", 1), national("bupYear", Map.of("ageGroup", "56-58"), null));
        // a year nobody had when the snapshot was made: born 10 January 1990, BUP 60 under the new rules, TMT 1 February 2050
        register("1990-01-10", "ADMINISTRATION", changed, start);
        await().atMost(Duration.ofSeconds(30)).until(() -> national("bupYear", Map.of(), null).containsKey("2050"));
        assertEquals(Map.of("2026", 1, "2027", 1, "2030", 1, "2032", 1, "2050", 1, HeadcountQuery.UNKNOWN, 1), national("bupYear", Map.of(), null));

        // a recorded BUP extension counts in its TMT pensiun's year: the one born 15 May 1968 retires on 1 June 2028 instead
        Instant extensionRecorded = Instant.parse("2026-04-01T00:00:00Z");
        events.send(PersonnelEvents.employee(extended, agency, 2, "bup-extended", extensionRecorded, "L", LocalDate.of(1968, 5, 15), "1",
                List.of(period(start, LocalDate.of(2026, 6, 1), null), period(LocalDate.of(2026, 6, 1), null, LocalDate.of(2028, 6, 1)))));
        Map<String, Integer> withExtension = Map.of("2027", 1, "2028", 1, "2030", 1, "2032", 1, "2050", 1, HeadcountQuery.UNKNOWN, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> bupYears(null).equals(withExtension));
        assertEquals(withExtension, national("bupYear", Map.of(), null), "in the day's snapshot");
        assertEquals(withExtension, national("bupYear", Map.of(), "2100-01-01T00:00:00Z"), "in SQL");
        assertEquals(Map.of("2026", 1, "2027", 1, "2030", 1, "2032", 1, "2050", 1, HeadcountQuery.UNKNOWN, 1),
                bupYears(extensionRecorded.minusSeconds(1)), "as known before the extension");

        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("month", "2026-06")
                .queryParam("groupBy", "bupYear").get("/headcounts/flows/cells").then().statusCode(400)
                .body("violations[0].message", containsString("bupYear has no flows"));
    }

    /**
     * Rules whose later version lowers BUP of administration from 60 to 58 on 1 January 2030: whoever reaches 60 before
     * then (born before 1970) keeps it, the others retire at 58, but BUP counts as reached no earlier than 1 January 2030
     * (the range's reachedNotBefore), so those already past 58 then retire on 1 February 2030, not in 2028 or 2029.
     */
    @Test
    void shouldCountALoweredAgeAsReachedNoEarlierThanTheRulesEffectiveDate() {
        LocalDate start = LocalDate.of(2000, 3, 1);
        Instant registered = Instant.parse("2026-04-15T00:00:00Z");
        register("1969-06-30", "ADMINISTRATION", registered, start); // 60 on 30 June 2029: TMT 1 July 2029
        register("1969-12-31", "ADMINISTRATION", registered, start); // 60 on 31 December 2029: TMT 1 January 2030
        register("1970-04-15", "ADMINISTRATION", registered, start); // 58 on 15 April 2028, counted 1 January 2030: TMT 1 February 2030
        register("1971-11-15", "ADMINISTRATION", registered, start); // 58 on 15 November 2029, counted 1 January 2030: TMT 1 February 2030, not 1 December 2029
        register("1972-02-29", "ADMINISTRATION", registered, start); // 58 on 28 February 2030: TMT 1 March 2030

        // after every moment the other test asks about, so that whichever runs first the other's answers stand
        events.send(rules(3, Instant.parse("2026-05-01T00:00:00Z"), List.of(
                new Range("ADMINISTRATION", null, LocalDate.of(1970, 1, 1), 60, RULES_2017, "PP 11/2017", null),
                new Range("ADMINISTRATION", LocalDate.of(1970, 1, 1), null, 58, RULES_2030, "policy 2030", LocalDate.of(2030, 1, 1)))));
        Map<String, Integer> expected = Map.of("2029", 1, "2030", 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> bupYears(null).equals(expected));
        assertEquals(expected, national("bupYear", Map.of(), null), "in the day's snapshot");
        assertEquals(expected, national("bupYear", Map.of(), "2100-01-01T00:00:00Z"), "in SQL");
    }

    private UUID register(String birthDate, String bupCategory, Instant recordedAt, LocalDate start) {
        EmploymentPeriod period = new EmploymentPeriod(start, null, "PNS", "01", true, null, "III/b", start, "4", null, null,
                "Pelaksana", jenjang, "LAINNYA", bupCategory, null, "40", null, UUID.randomUUID(), "employee-registered");
        UUID id = UUID.randomUUID();
        events.send(PersonnelEvents.employee(id, agency, 1, "employee-registered", recordedAt, "L", LocalDate.parse(birthDate), "1",
                List.of(period)));
        return id;
    }

    /** A pejabat administrasi's period, with a BUP extension to {@code bupExtendedUntil} when not null. */
    private EmploymentPeriod period(LocalDate from, LocalDate to, LocalDate bupExtendedUntil) {
        return new EmploymentPeriod(from, to, "PNS", "01", true, null, "III/b", LocalDate.of(2000, 3, 1), "4", null, null, "Pelaksana",
                jenjang, "LAINNYA", "ADMINISTRATION", null, "40", null, UUID.randomUUID(), bupExtendedUntil == null ? "employee-registered"
                : "bup-extended", null, null, bupExtendedUntil);
    }

    private static EventEnvelope rules(long sequence, Instant time, List<Range> ranges) {
        return EventEnvelope.create(EventTypes.BUP_RULES_PUBLISHED_V1, "/openasn/retirement-service", BupRulesPublished.SUBJECT,
                BupRulesPublished.NATIONAL, sequence, time, new BupRulesPublished(ranges));
    }

    /** A national headcount of this test's employees (by their jenjang) on 30 June 2026: the totals of the first dimension. */
    private Map<String, Integer> national(String groupBy, Map<String, String> filters, String knownAt) {
        var request = given().auth().oauth2(TestTokens.of("admin")).queryParam("groupBy", groupBy).queryParam("jenjang", jenjang)
                .queryParam("asOf", "2026-06-30").queryParams(filters);
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt);
        }
        return request.get("/headcounts").then().statusCode(200).extract().jsonPath().getMap("totals." + groupBy);
    }

    private Map<String, Integer> bupYears(Instant knownAt) {
        var request = given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("groupBy", "bupYear")
                .queryParam("asOf", "2026-06-30");
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt.toString());
        }
        return request.get("/headcounts").then().statusCode(200).extract().jsonPath().getMap("totals.bupYear");
    }
}
