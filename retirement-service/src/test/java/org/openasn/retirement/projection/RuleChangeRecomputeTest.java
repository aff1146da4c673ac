package org.openasn.retirement.projection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.reference.position.BupCategory;
import org.openasn.retirement.bup.BupRuleVersion;
import org.openasn.retirement.bup.domain.BupRuleSet;
import org.openasn.retirement.bup.domain.RetirementRule;
import org.openasn.retirement.support.PersonnelEvents;
import org.openasn.commons.time.Wib;
import org.openasn.testing.MutableClock;
import org.openasn.testing.TestTokens;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The set-based recomputation (SQL from the decision table) gives every employee exactly what {@link RetirementRule#decide}
 * gives one employee in Java, including 29 February and December birthdays, and a new rule version recomputes everyone:
 * one that raises ages, then one that lowers them (BUP deferred to its effective date, decision 40). The forecast's
 * birth-date window ({@link DecisionTableSql#BORN_FOR_TMT_WINDOW}) finds exactly the employees whose TMT pensiun is in it.
 */
@QuarkusTest
class RuleChangeRecomputeTest {

    private static final String AGENCY = "Q" + UUID.randomUUID().toString().substring(0, 6);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ProjectionRecompute recompute;
    @Inject
    MutableClock clock;
    @AutoClose
    private final PersonnelEvents events = new PersonnelEvents();

    @Test
    void shouldRecomputeEveryEmployeeInSqlExactlyAsTheJavaRuleDecides() throws Exception {
        // the two rule changes below: ages raised a year after the latest version, lowered a year later
        LocalDate latest = LocalDate.parse(given().auth().oauth2(TestTokens.of("viewer")).get("/bup-rules").then().extract().path("[-1].effectiveFrom"));
        LocalDate raisedFrom = latest.plusYears(1);
        LocalDate loweredFrom = latest.plusYears(2);
        Random random = new Random(11);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO retirement_projection (employee_id, instansi, nip, name, birth_date, gender, kind, bup_category, employed,
                                                   separation, updated_at)
                VALUES (?, ?, ?, 'test', ?, 'L', 'PNS', ?, false, 'TEST', now())""")) {
            for (int i = 0; i < 3000; i++) {
                LocalDate birth = switch (i % 10) {
                    case 0 -> LocalDate.of(1960 + 4 * random.nextInt(28), 2, 29);
                    case 1 -> LocalDate.of(1960 + random.nextInt(110), 12, 1 + random.nextInt(31));
                    // reaching the lowered ages before they apply, on the 1st or the last day of a month or any day
                    case 2, 3 -> {
                        LocalDate day = loweredFrom.minusYears(66).plusDays(random.nextInt(365 * 13));
                        yield switch (random.nextInt(3)) {
                            case 0 -> day.withDayOfMonth(1);
                            case 1 -> day.withDayOfMonth(day.lengthOfMonth());
                            default -> day;
                        };
                    }
                    default -> LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 110));
                };
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, AGENCY);
                insert.setString(3, "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 17));
                insert.setDate(4, Date.valueOf(birth));
                insert.setString(5, BupCategory.values()[random.nextInt(BupCategory.values().length)].name());
                insert.addBatch();
            }
            insert.executeBatch();
        }

        int changed = QuarkusTransaction.requiringNew().call(() -> recompute.recomputeAll());
        assertTrue(changed >= 3000, "every new row was computed, was " + changed);
        assertAllAgreeWithTheJavaRule();

        // a policy change: BUP of administration and teachers up by 3 from a date after every recorded version
        Map<String, Integer> ages = statutoryAges();
        ages.put("ADMINISTRATION", 61);
        ages.put("TEACHER", 63);
        int deferredBefore = assertAllAgreeWithTheJavaRule(); // none, unless another test recorded a lowered age
        record(raisedFrom, ages);
        assertEquals(deferredBefore, assertAllAgreeWithTheJavaRule(), "a raised age defers nobody");

        // another: every age down by 4 from the statutory one, from a year later
        Map<String, Integer> lowered = statutoryAges();
        lowered.replaceAll((category, age) -> age - 4);
        record(loweredFrom, lowered);
        int deferred = assertAllAgreeWithTheJavaRule();
        assertTrue(deferred > deferredBefore + 100, "employees past a lowered age when it starts are deferred to its date, were "
                + (deferred - deferredBefore));
        assertTheBirthDateWindowFindsWhoRetiresInIt(loweredFrom);
    }

    /**
     * BUP of administration lowered to 50 from 1 January 2400 (a date after every version the other tests record; none of
     * them sets an age below 54, so each of these employees, born from 2346 on, reaches the earlier age after 2400 and
     * retires under the new one): whoever reached 50 before then counts as reaching BUP on 1 January 2400 and retires on
     * 1 February, the month the retirement API shows them all in. One of them, in service before the rule is recorded on
     * 1 February 2400, is announced (RetirementDue) as the rule is recorded.
     */
    @Test
    void shouldRetireEveryonePastALoweredAgeOnTheFirstDayOfTheMonthAfterItTakesEffect() throws Exception {
        String agency = "L" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Integer> ages = statutoryAges();
        ages.put("ADMINISTRATION", 50);
        // in service before the rule is recorded: 50 on 2396-04-01, so due on 2400-02-01 once it is; recorded on that day
        String agencyBefore = "E" + UUID.randomUUID().toString().substring(0, 6);
        UUID inServiceBefore = UUID.randomUUID();
        events.send(agencyBefore, inServiceBefore, "234604012370031007", LocalDate.of(2346, 4, 1), 1, "employee-registered",
                List.of(PersonnelEvents.pns(LocalDate.of(2372, 3, 1), "III/b", "4", null, "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION", null)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("operator", agencyBefore))
                .get("/employees/{nip}/retirement", "234604012370031007").then().statusCode(200));
        clock.advance(Duration.between(clock.instant(), LocalDate.of(2400, 2, 1).atStartOfDay(Wib.ZONE).toInstant()));
        try {
            record(LocalDate.of(2400, 1, 1), ages);
            assertEquals(List.of(LocalDate.of(2400, 2, 1)), announced(inServiceBefore),
                    "the retirement the new rule made due is announced when the rule is recorded, not at the next nightly run");
        } finally {
            clock.reset();
        }
        // NIP -> birth date
        Map<String, LocalDate> employees = Map.of(
                "234603152370031001", LocalDate.of(2346, 3, 15),  // 50 on 2396-03-15: deferred to 2400-01-01, TMT 2400-02-01
                "234802292370031002", LocalDate.of(2348, 2, 29),  // 50 on 2398-02-28 (no 29th): deferred, TMT 2400-02-01
                "234912312370031003", LocalDate.of(2349, 12, 31), // 50 on 2399-12-31: deferred, TMT 2400-02-01 (not 2400-01-01)
                "235001012370031004", LocalDate.of(2350, 1, 1),   // 50 on 2400-01-01 itself: not deferred, TMT 2400-02-01
                "235001312370031005", LocalDate.of(2350, 1, 31),  // 50 on 2400-01-31: TMT 2400-02-01
                "235002282370031006", LocalDate.of(2350, 2, 28)); // 50 on 2400-02-28: TMT 2400-03-01
        employees.forEach((nip, birth) -> events.send(agency, UUID.randomUUID(), nip, birth, 1, "employee-registered",
                List.of(PersonnelEvents.pns(LocalDate.of(2372, 3, 1), "III/b", "4", null, "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION", null))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", agency))
                .queryParams(Map.of("instansi", agency, "from", "2396-01", "years", 5)).get("/forecasts/retirements").then().statusCode(200)
                .body("total", equalTo(6)));
        given().auth().oauth2(TestTokens.of("operator", agency)).get("/employees/{nip}/retirement", "234603152370031001").then().statusCode(200)
                .body("bupAge", equalTo(50)).body("bupDate", equalTo("2396-03-15")).body("bupMonth", equalTo("2396-03"))
                .body("bupDeferredTo", equalTo("2400-01-01")).body("tmtPensiun", equalTo("2400-02-01"));
        given().auth().oauth2(TestTokens.of("operator", agency)).get("/employees/{nip}/retirement", "234802292370031002").then().statusCode(200)
                .body("bupDate", equalTo("2398-02-28")).body("bupDeferredTo", equalTo("2400-01-01")).body("tmtPensiun", equalTo("2400-02-01"));
        // the day the age is reached gives the birth date away, the rule's date does not
        given().auth().oauth2(TestTokens.of("viewer", agency)).get("/employees/{nip}/retirement", "234912312370031003").then().statusCode(200)
                .body("bupDate", equalTo(null)).body("bupMonth", equalTo("2399-12"))
                .body("bupDeferredTo", equalTo("2400-01-01")).body("tmtPensiun", equalTo("2400-02-01"));
        given().auth().oauth2(TestTokens.of("operator", agency)).get("/employees/{nip}/retirement", "235001012370031004").then().statusCode(200)
                .body("bupDate", equalTo("2400-01-01")).body("bupDeferredTo", equalTo(null)).body("tmtPensiun", equalTo("2400-02-01"));
        given().auth().oauth2(TestTokens.of("operator", agency)).get("/employees/{nip}/retirement", "235002282370031006").then().statusCode(200)
                .body("bupDate", equalTo("2400-02-28")).body("bupDeferredTo", equalTo(null)).body("tmtPensiun", equalTo("2400-03-01"));

        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParams(Map.of("instansi", agency, "from", "2396-01", "years", 5))
                .get("/forecasts/retirements").then().statusCode(200)
                .body("monthly.find { it.month == '2396-04' }.total", equalTo(0))
                .body("monthly.find { it.month == '2398-03' }.total", equalTo(0))
                .body("monthly.find { it.month == '2400-01' }.total", equalTo(0))
                .body("monthly.find { it.month == '2400-02' }.total", equalTo(5))
                .body("monthly.find { it.month == '2400-03' }.total", equalTo(1));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParams(Map.of("instansi", agency, "from", "2400-02-01", "to", "2400-02-29"))
                .get("/retirements").then().statusCode(200).body("size()", equalTo(5))
                .body("findAll { it.bupDeferredTo == '2400-01-01' }.size()", equalTo(3));
        String csv = given().auth().oauth2(TestTokens.of("viewer", agency)).accept("text/csv")
                .queryParams(Map.of("instansi", agency, "from", "2400-02-01", "to", "2400-02-29")).get("/retirements").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.split("\r\n")[0].endsWith(",TMT PENSIUN,DASAR HUKUM,STATUS,TMT PENSIUN PERPANJANGAN BUP,BUP DIHITUNG MULAI"), csv);
        assertEquals(3, csv.lines().filter(line -> line.contains(",2400-02-01,") && line.endsWith(",2400-01-01")).count(), csv);
    }

    /** The TMT pensiun dates a RetirementDue was emitted for, for one employee. */
    private List<LocalDate> announced(UUID employee) throws Exception {
        List<LocalDate> dates = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT tmt_pensiun FROM retirement_due_emitted WHERE employee_id = ? ORDER BY 1")) {
            select.setObject(1, employee);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    dates.add(rows.getObject(1, LocalDate.class));
                }
            }
        }
        return dates;
    }

    private static Map<String, Integer> statutoryAges() {
        Map<String, Integer> ages = new HashMap<>();
        for (BupCategory category : BupCategory.values()) {
            ages.put(category.name(), category.statutoryAge());
        }
        return ages;
    }

    private static void record(LocalDate effectiveFrom, Map<String, Integer> ages) {
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", effectiveFrom.toString(), "legalBasis", "test " + effectiveFrom, "rules", ages))
                .post("/bup-rules").then().statusCode(201);
    }

    /** Checks every row against the Java rule; returns how many have BUP deferred to their rule's effective date. */
    private int assertAllAgreeWithTheJavaRule() throws Exception {
        List<BupRuleSet> versions = QuarkusTransaction.requiringNew().call(() ->
                BupRuleVersion.ruleSets());
        int checked = 0;
        int deferred = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT birth_date, bup_category, bup_age, rule_set_id, bup_date, tmt_pensiun, legal_basis, bup_deferred_to "
                        + "FROM retirement_projection WHERE instansi = ?")) {
            select.setString(1, AGENCY);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalDate birth = rows.getObject(1, LocalDate.class);
                    RetirementRule.Decision expected = RetirementRule.decide(versions, BupCategory.valueOf(rows.getString(2)), birth);
                    String row = "born " + birth + " " + rows.getString(2);
                    assertEquals(expected.bup().age(), rows.getInt(3), row);
                    assertEquals(expected.ruleSet().id(), rows.getObject(4, UUID.class), row);
                    assertEquals(expected.tmtPensiun().ageReachedOn(), rows.getObject(5, LocalDate.class), row);
                    assertEquals(expected.tmtPensiun().date(), rows.getObject(6, LocalDate.class), row);
                    assertEquals(expected.bup().legalBasis(), rows.getString(7), row);
                    assertEquals(expected.tmtPensiun().deferred() ? expected.tmtPensiun().bupReachedOn() : null, rows.getObject(8, LocalDate.class), row);
                    checked++;
                    deferred += expected.tmtPensiun().deferred() ? 1 : 0;
                }
            }
        }
        assertEquals(3000, checked);
        return deferred;
    }

    /**
     * For windows of 1, 2 and 13 months starting every month from 2008 to 2150 (where the employees' TMT pensiun are) and
     * in the 15 years either side of {@code lowered}, the employees the birth-date condition finds are exactly those whose
     * TMT pensiun (written by the recomputation, checked against Java above) is in the window.
     */
    private void assertTheBirthDateWindowFindsWhoRetiresInIt(LocalDate lowered) throws Exception {
        List<RetirementRule.Range> table = QuarkusTransaction.requiringNew().call(() -> RetirementRule.decisionTable(BupRuleVersion.ruleSets()));
        Set<LocalDate> firstDays = new TreeSet<>();
        for (LocalDate m = LocalDate.of(2008, 1, 1); m.getYear() <= 2150; m = m.plusMonths(1)) {
            firstDays.add(m);
        }
        for (LocalDate m = lowered.withDayOfMonth(1).minusYears(15); m.isBefore(lowered.plusYears(15)); m = m.plusMonths(1)) {
            firstDays.add(m);
        }
        String windows = "tmt_window AS (SELECT m AS first_day, (m + make_interval(months => k))::date AS end_day "
                + "FROM unnest(?::date[]) m, (VALUES (1), (2), (13)) AS l(k))";
        String sql = "WITH " + DecisionTableSql.CTE + ", " + windows + ", "
                + "by_birth AS (SELECT w.first_day, w.end_day, count(*) AS n FROM decision d CROSS JOIN tmt_window w "
                + "JOIN retirement_projection p ON p.instansi = ? AND " + DecisionTableSql.MATCH + " AND " + DecisionTableSql.BORN_FOR_TMT_WINDOW
                + " GROUP BY 1, 2), "
                + "by_tmt AS (SELECT w.first_day, w.end_day, count(*) AS n FROM tmt_window w JOIN retirement_projection p ON p.instansi = ? "
                + "AND p.tmt_pensiun >= w.first_day AND p.tmt_pensiun < w.end_day GROUP BY 1, 2) "
                + "SELECT first_day, end_day, b.n, t.n FROM by_birth b FULL JOIN by_tmt t USING (first_day, end_day)";
        List<String> differing = new ArrayList<>();
        int windowsWithRetirements = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            int index = DecisionTableSql.bind(c, select, 1, table);
            select.setArray(index, c.createArrayOf("date", firstDays.stream().map(Date::valueOf).toArray()));
            select.setString(index + 1, AGENCY);
            select.setString(index + 2, AGENCY);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    windowsWithRetirements++;
                    if (!Objects.equals(rows.getObject(3), rows.getObject(4))) {
                        differing.add(rows.getObject(1, LocalDate.class) + ".." + rows.getObject(2, LocalDate.class) + ": by birth date "
                                + rows.getObject(3) + ", by TMT pensiun " + rows.getObject(4));
                    }
                }
            }
        }
        assertEquals(List.of(), differing);
        assertTrue(windowsWithRetirements > 1000, "windows with someone retiring in them: " + windowsWithRetirements);
    }
}
