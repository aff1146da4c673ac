package org.openasn.retirement.bup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.openasn.testing.TestTokens;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BupRuleResourceTest {

    static final String SEEDED_ID = "0b0b0b0b-0000-4000-8000-201704050001";
    static final String SEEDED_LEGAL_BASIS = "PP 11/2017 jo. PP 17/2020; UU 20/2023; UU 14/2005 (guru, dosen)";
    /** Versions added by tests take effect from this date on, so the version in force today stays the seeded one. */
    static final LocalDate TEST_VERSIONS_FROM = LocalDate.of(2100, 1, 1);

    /** REFERENCE.md's table: the seeded ages. */
    static Map<String, Integer> seededAges() {
        Map<String, Integer> ages = new LinkedHashMap<>();
        ages.put("ADMINISTRATION", 58);
        ages.put("SENIOR_LEADERSHIP", 60);
        ages.put("EXPERT_FIRST", 58);
        ages.put("EXPERT_JUNIOR", 58);
        ages.put("EXPERT_MIDDLE", 60);
        ages.put("EXPERT_MAIN", 65);
        ages.put("SKILLED", 58);
        ages.put("TEACHER", 60);
        ages.put("LECTURER", 65);
        ages.put("RESEARCHER_ENGINEER_MAIN", 70);
        ages.put("PROFESSOR", 70);
        return ages;
    }

    @Test
    void shouldListTheSeededRulesWithTheirLegalBasis() {
        ValidatableResponse response = given().auth().oauth2(TestTokens.of("viewer")).get("/bup-rules")
                .then().statusCode(200)
                .body("[0].id", equalTo(SEEDED_ID))
                .body("[0].effectiveFrom", equalTo("2017-04-05"))
                .body("[0].legalBasis", equalTo(SEEDED_LEGAL_BASIS))
                .body("[0].rules", hasSize(11))
                .body("[0].rules.find { it.category == 'TEACHER' }.position", equalTo("Guru (every jenjang)"));
        seededAges().forEach((category, age) -> {
            response.body("[0].rules.find { it.category == '%s' }.bupAge".formatted(category), equalTo(age));
            org.junit.jupiter.api.Assertions.assertEquals(age, org.openasn.reference.position.BupCategory.valueOf(category).statutoryAge(),
                    "the seeded rules and asn-reference's statutory ages agree on " + category);
        });
        given().auth().oauth2(TestTokens.of("integration")).get("/bup-rules/{id}", SEEDED_ID)
                .then().statusCode(200).body("rules.category", contains(seededAges().keySet().toArray()));
    }

    @Test
    void shouldAnswerTheVersionInForceOnADate() {
        String before = latestId();
        LocalDate from = nextEffectiveDate();
        String added = addVersion(from, Map.of("ADMINISTRATION", 60));

        assertEquals(before, currentId(from.minusDays(1).toString()), "the day before, the previous version applies");
        assertEquals(added, currentId(from.toString()), "from its date on, the new version applies");
        assertEquals(added, currentId(from.plusYears(5).toString()));
        assertEquals(SEEDED_ID, currentId("2017-04-05"));
        assertEquals(SEEDED_ID, currentId(null), "today (by the clock) the seeded version applies");
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", from.toString()).get("/bup-rules/current")
                .then().statusCode(200).body("rules.find { it.category == 'ADMINISTRATION' }.bupAge", equalTo(60));

        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", "2017-04-04").get("/bup-rules/current")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("2017-04-05"));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", "05-04-2017").get("/bup-rules/current")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("asOf"));
    }

    @Test
    void shouldRecordAPolicyChangeAsANewVersion() {
        LocalDate from = nextEffectiveDate();
        Map<String, Integer> ages = seededAges();
        ages.put("TEACHER", 62);
        String location = given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON)
                .body(body(from, "PP 99/2099 (test)", ages))
                .post("/bup-rules")
                .then().statusCode(201)
                .header("Location", containsString("/bup-rules/"))
                .body("effectiveFrom", equalTo(from.toString()))
                .body("legalBasis", equalTo("PP 99/2099 (test)"))
                .body("recordedBy", equalTo("test-admin"))
                .body("rules", hasSize(11))
                .body("rules.find { it.category == 'TEACHER' }.bupAge", equalTo(62))
                .extract().header("Location");
        given().auth().oauth2(TestTokens.of("operator")).get(location)
                .then().statusCode(200)
                .body("effectiveFrom", equalTo(from.toString()))
                .body("rules.find { it.category == 'TEACHER' }.bupAge", equalTo(62))
                .body("rules.find { it.category == 'LECTURER' }.bupAge", equalTo(65));
    }

    @Test
    void shouldListEveryInvalidFieldAsAViolation() {
        int versions = versionCount();
        Map<String, Integer> ages = seededAges();
        ages.remove("LECTURER");
        ages.put("TEACHER", 49);
        ages.put("PROFESSOR", 76);
        ages.put("ASTRONAUT", 60);
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON)
                .body(body(LocalDate.of(2017, 4, 5), " ", ages))
                .post("/bup-rules")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("violations.field", contains("effectiveFrom", "legalBasis", "rules.ASTRONAUT", "rules.LECTURER",
                        "rules.PROFESSOR", "rules.TEACHER"))
                .body("violations.find { it.field == 'effectiveFrom' }.message", containsString("must be after"))
                .body("violations.find { it.field == 'rules.TEACHER' }.message", equalTo("must be between 50 and 75"));

        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body("{}")
                .post("/bup-rules")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("effectiveFrom", "legalBasis", "rules"));

        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON)
                .body("""
                        {"effectiveFrom": "01-01-2101", "legalBasis": "PP x", "rules": {}}""")
                .post("/bup-rules")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("effectiveFrom"));
        assertEquals(versions, versionCount(), "nothing written");
    }

    @Test
    void shouldAnswer401WithoutAValidTokenAnd403ForTheWrongRole() {
        int versions = versionCount();
        given().get("/bup-rules")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", endsWith("/unauthenticated"));
        given().contentType(ContentType.JSON).body(body(nextEffectiveDate(), "PP x", seededAges()))
                .post("/bup-rules")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forged("admin")).get("/bup-rules/current")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of("viewer")).contentType(ContentType.JSON)
                .body(body(nextEffectiveDate(), "PP x", seededAges()))
                .post("/bup-rules")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/forbidden"));
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(body(nextEffectiveDate(), "PP x", seededAges()))
                .post("/bup-rules")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.self("196705151990031001")).get("/bup-rules")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(versions, versionCount(), "nothing written");
    }

    @Test
    void shouldAnswer404ForAnUnknownVersion() {
        given().auth().oauth2(TestTokens.of("viewer")).get("/bup-rules/{id}", "6f1c0b5e-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    @Test
    void shouldReportHealthAndServeItsApiDocument() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/bup-rules"))
                .body("paths", hasKey("/bup-rules/current"))
                .body("paths", hasKey("/bup-rules/{id}"))
                .body("tags.find { it.name == 'BUP rules' }.description", containsString("TMT pensiun"));
    }

    private static String body(LocalDate effectiveFrom, String legalBasis, Map<String, Integer> ages) {
        String rules = ages.entrySet().stream().map(e -> "\"%s\": %d".formatted(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return """
                {"effectiveFrom": "%s", "legalBasis": "%s", "description": "test version", "rules": {%s}}"""
                .formatted(effectiveFrom, legalBasis, rules);
    }

    /** Adds a version with the seeded ages except {@code changes}; returns its id. */
    private static String addVersion(LocalDate effectiveFrom, Map<String, Integer> changes) {
        Map<String, Integer> ages = seededAges();
        ages.putAll(changes);
        return given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON)
                .body(body(effectiveFrom, "PP 98/2099 (test)", ages))
                .post("/bup-rules")
                .then().statusCode(201).extract().path("id");
    }

    private static String currentId(String asOf) {
        var request = given().auth().oauth2(TestTokens.of("viewer"));
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        return request.get("/bup-rules/current").then().statusCode(200).extract().path("id");
    }

    private static List<String> effectiveDates() {
        return given().auth().oauth2(TestTokens.of("admin")).get("/bup-rules").then().statusCode(200).extract().path("effectiveFrom");
    }

    private static int versionCount() {
        return effectiveDates().size();
    }

    private static String latestId() {
        List<String> ids = given().auth().oauth2(TestTokens.of("admin")).get("/bup-rules").then().statusCode(200).extract().path("id");
        return ids.get(ids.size() - 1);
    }

    /** A date after every existing version, and on or after {@link #TEST_VERSIONS_FROM}. */
    private static LocalDate nextEffectiveDate() {
        List<String> dates = effectiveDates();
        LocalDate next = LocalDate.parse(dates.get(dates.size() - 1)).plusMonths(1);
        return next.isBefore(TEST_VERSIONS_FROM) ? TEST_VERSIONS_FROM : next;
    }
}
