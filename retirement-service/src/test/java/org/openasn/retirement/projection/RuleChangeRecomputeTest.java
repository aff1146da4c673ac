package org.openasn.retirement.projection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openasn.reference.position.BupCategory;
import org.openasn.retirement.bup.BupRuleVersion;
import org.openasn.retirement.bup.domain.BupRuleSet;
import org.openasn.retirement.bup.domain.RetirementRule;
import org.openasn.testing.TestTokens;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The set-based recomputation (SQL from the decision table) gives every employee exactly what {@link RetirementRule#decide}
 * gives one employee in Java, including 29 February and December birthdays, and a new rule version recomputes everyone.
 */
@QuarkusTest
class RuleChangeRecomputeTest {

    private static final String AGENCY = "Q" + UUID.randomUUID().toString().substring(0, 6);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ProjectionRecompute recompute;

    @Test
    void shouldRecomputeEveryEmployeeInSqlExactlyAsTheJavaRuleDecides() throws Exception {
        Random random = new Random(11);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO retirement_projection (employee_id, instansi, nip, name, birth_date, gender, kind, bup_category, employed,
                                                   separation, updated_at)
                VALUES (?, ?, ?, 'test', ?, 'L', 'PNS', ?, false, 'TEST', now())""")) {
            for (int i = 0; i < 3000; i++) {
                LocalDate birth = switch (i % 10) {
                    case 0 -> LocalDate.of(1960 + 4 * random.nextInt(28), 2, 29);
                    case 1 -> LocalDate.of(1960 + random.nextInt(110), 12, 1 + random.nextInt(31));
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
        String latest = given().auth().oauth2(TestTokens.of("viewer")).get("/bup-rules").then().extract().path("[-1].effectiveFrom");
        Map<String, Integer> ages = new HashMap<>();
        for (BupCategory category : BupCategory.values()) {
            ages.put(category.name(), category.statutoryAge());
        }
        ages.put("ADMINISTRATION", 61);
        ages.put("TEACHER", 63);
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", LocalDate.parse(latest).plusYears(1).toString(), "legalBasis", "test", "rules", ages))
                .post("/bup-rules").then().statusCode(201);
        assertAllAgreeWithTheJavaRule();
    }

    private void assertAllAgreeWithTheJavaRule() throws Exception {
        List<BupRuleSet> versions = QuarkusTransaction.requiringNew().call(() ->
                BupRuleVersion.ruleSets());
        int checked = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT birth_date, bup_category, bup_age, rule_set_id, bup_date, tmt_pensiun, legal_basis FROM retirement_projection WHERE instansi = ?")) {
            select.setString(1, AGENCY);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalDate birth = rows.getObject(1, LocalDate.class);
                    RetirementRule.Decision expected = RetirementRule.decide(versions, BupCategory.valueOf(rows.getString(2)), birth);
                    String row = "born " + birth + " " + rows.getString(2);
                    assertEquals(expected.bup().age(), rows.getInt(3), row);
                    assertEquals(expected.ruleSet().id(), rows.getObject(4, UUID.class), row);
                    assertEquals(expected.tmtPensiun().bupReachedOn(), rows.getObject(5, LocalDate.class), row);
                    assertEquals(expected.tmtPensiun().date(), rows.getObject(6, LocalDate.class), row);
                    assertEquals(expected.bup().legalBasis(), rows.getString(7), row);
                    checked++;
                }
            }
        }
        assertEquals(3000, checked);
    }
}
