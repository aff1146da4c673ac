package org.openasn.personnel.quality;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasn.personnel.support.Fixtures;
import org.openasn.testing.TestTokens;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three employees appointed through the API in an agency of their own: one clean, one without phone, e-mail and title
 * whose supervisor has died, one past the retirement age and still in service. The index is computed here from what each
 * of them fails.
 */
@QuarkusTest
class DataQualityResourceTest {

    /** BKN's indicators the service checks; the project's own three (below) are reported beside the index. */
    private static final int INDEX_INDICATORS = 14;
    private static final Set<String> PROJECT_CHECKS = Set.of("rank-outside-range", "supervisor-unavailable", "bup-category-unknown");
    private static final String INSTANSI = "DQ" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

    private static String office;
    private static String division;
    private static String clean;
    private static String incomplete;
    private static String pastBup;
    private static String deceasedSupervisor;

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.of(role, INSTANSI))
                .config(RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    private static String unit(String code, String name, String parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "validFrom", "2000-01-01"));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return as("operator").contentType(ContentType.JSON).body(body).post("/agencies/{instansi}/units", INSTANSI)
                .then().statusCode(201).extract().path("id");
    }

    /** A male NIK agreeing with the birth date. */
    private static String nik(LocalDate birth) {
        return String.format("187203%02d%02d%02d0001", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
    }

    @SuppressWarnings("unchecked")
    private static String appoint(String unitId, LocalDate birth, LocalDate tmtCpns, boolean complete) {
        Map<String, Object> request = Fixtures.cpnsAppointment(unitId, birth, tmtCpns, "L");
        Map<String, Object> person = new LinkedHashMap<>((Map<String, Object>) request.get("person"));
        person.put("nik", nik(birth));
        if (complete) {
            person.put("email", "pegawai" + person.get("nip") + "@example.org");
            person.put("gelarBelakang", "S.Kom.");
        } else {
            person.remove("phone");
        }
        request.put("person", person);
        return as("operator").contentType(ContentType.JSON).body(request).post("/agencies/{instansi}/employees", INSTANSI)
                .then().statusCode(201).extract().path("employee.nip");
    }

    private static void confirmPns(String nip, LocalDate tmt) {
        String etag = as("operator").get("/employees/{nip}", nip).then().statusCode(200).extract().header("ETag");
        as("operator").contentType(ContentType.JSON).header("If-Match", etag).body(Fixtures.mutation("pns-confirmed", tmt, Map.of()))
                .post("/employees/{nip}/mutations", nip).then().statusCode(201);
    }

    /** The index of employees failing the given indicators: the mean of the checked indicators' pass rates, × 100. */
    private static BigDecimal expectedIndex(int employees, Map<String, Integer> failing) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < INDEX_INDICATORS; i++) {
            sum = sum.add(BigDecimal.ONE);
        }
        for (Map.Entry<String, Integer> failed : failing.entrySet()) {
            if (PROJECT_CHECKS.contains(failed.getKey())) {
                continue;
            }
            sum = sum.subtract(BigDecimal.valueOf(failed.getValue()).divide(BigDecimal.valueOf(employees), MathContext.DECIMAL128));
        }
        return sum.divide(BigDecimal.valueOf(INDEX_INDICATORS), MathContext.DECIMAL128).multiply(BigDecimal.valueOf(100))
                .setScale(2, RoundingMode.DOWN);
    }

    /** Once per class (JUnit makes an instance per test, so the fixtures are static). */
    @BeforeEach
    void appointOnce() {
        if (office != null) {
            return;
        }
        Fixtures.registerAgency(INSTANSI);
        office = unit("DINAS", "Dinas Uji Kualitas", null);
        division = unit("BIDANG", "Bidang Mutasi", office);
        LocalDate recent = LocalDate.now(ZoneId.of("Asia/Jakarta")).withDayOfMonth(1).minusMonths(2);
        clean = appoint(office, LocalDate.of(1995, 4, 10), recent, true);
        incomplete = appoint(office, LocalDate.of(1996, 7, 21), recent, false);
        // born 10 March 1960, a pelaksana (BUP 58): 58 on 10 March 2018, TMT pensiun 1 April 2018
        pastBup = appoint(division, LocalDate.of(1960, 3, 10), LocalDate.of(1985, 3, 1), true);
        confirmPns(pastBup, LocalDate.of(1986, 3, 1));
        // incomplete's supervisor dies: not counted any more, but still recorded as incomplete's supervisor
        String supervisor = appoint(office, LocalDate.of(1972, 8, 17), LocalDate.of(1998, 3, 1), true);
        as("operator").contentType(ContentType.JSON).body(Map.of("supervisorNip", supervisor)).put("/employees/{nip}/supervisor", incomplete)
                .then().statusCode(200);
        String etag = as("operator").get("/employees/{nip}", supervisor).then().statusCode(200).extract().header("ETag");
        as("operator").contentType(ContentType.JSON).header("If-Match", etag)
                .body(Fixtures.mutation("died", LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1), Map.of()))
                .post("/employees/{nip}/mutations", supervisor).then().statusCode(201);
        deceasedSupervisor = supervisor;
    }

    @Test
    void shouldFindNothingWrongWithACompleteRecord() {
        as("viewer").get("/employees/{nip}/data-quality", clean).then().statusCode(200)
                .body("nip", equalTo(clean)).body("employed", equalTo(true)).body("findings", empty());
    }

    @Test
    void shouldListWhatAnIncompleteRecordLacksWithHowToFixIt() {
        as("operator").get("/employees/{nip}/data-quality", incomplete).then().statusCode(200)
                .body("findings.code", contains("gelar-empty", "email-invalid", "phone-empty", "supervisor-unavailable"))
                .body("findings.dimension", contains("COMPLETENESS", "COMPLETENESS", "COMPLETENESS", "TIMELINESS"))
                .body("findings[3].message", equalTo("the direct supervisor recorded, " + deceasedSupervisor
                        + ", is not in service with the employee's agency on " + LocalDate.now(ZoneId.of("Asia/Jakarta"))))
                .body("findings[1].name", equalTo("Email pribadi kosong atau tidak valid"))
                .body("findings[1].message", equalTo("no personal e-mail address is recorded"))
                .body("findings[2].howToFix", containsString("mobile number"));
    }

    @Test
    void shouldFlagAnEmployeeStillInServicePastTheRetirementAge() {
        as("operator").get("/employees/{nip}/data-quality", pastBup).then().statusCode(200)
                .body("findings.code", contains("past-bup-active"))
                .body("findings[0].dimension", equalTo("TIMELINESS"))
                .body("findings[0].message", containsString("TMT pensiun 2018-04-01 has passed"));
    }

    @Test
    void shouldScoreTheAgencyFromEveryEmployeesFindings() {
        Map<String, Integer> failing = Map.of("gelar-empty", 1, "email-invalid", 1, "phone-empty", 1, "past-bup-active", 1,
                "supervisor-unavailable", 1);
        BigDecimal index = expectedIndex(3, failing);
        assertEqualsIndex("90.47", index);
        var response = as("integration").get("/agencies/{instansi}/data-quality", INSTANSI).then().statusCode(200)
                .body("employees", equalTo(3))
                .body("index", comparesEqualTo(index))
                .body("band", equalTo("sedang"))
                .body("indicators", hasSize(QualityCheck.values().length))
                .body("indicators.findAll { it.status == 'CHECKED' }", hasSize(INDEX_INDICATORS + PROJECT_CHECKS.size()))
                .body("indicators.findAll { !it.inIndex }.code", hasItems(PROJECT_CHECKS.toArray()))
                .body("indicators.findAll { it.inIndex }", hasSize(INDEX_INDICATORS))
                .body("indicators.find { it.code == 'supervisor-unavailable' }.passRate", comparesEqualTo(new BigDecimal("66.66")))
                .body("indicators.find { it.code == 'skp-missing' }.checked", equalTo(0))
                .body("indicators.find { it.code == 'skp-missing' }.passRate", nullValue())
                .body("indicators.find { it.code == 'skp-missing' }.reason", containsString("SKP"))
                .body("indicators.find { it.code == 'phone-empty' }.passRate", comparesEqualTo(new BigDecimal("66.66")))
                .body("indicators.find { it.code == 'nik-invalid' }.passRate", comparesEqualTo(new BigDecimal("100")))
                .body("units.unitName", contains("Bidang Mutasi", "Dinas Uji Kualitas"))
                .body("units.employees", contains(1, 2))
                .body("units[0].index", comparesEqualTo(expectedIndex(1, Map.of("past-bup-active", 1))))
                .body("units[1].index", comparesEqualTo(expectedIndex(2, Map.of("gelar-empty", 1, "email-invalid", 1, "phone-empty", 1,
                        "supervisor-unavailable", 1))))
                .body("units[1].band", equalTo("sedang"))
                .extract().jsonPath();
        List<Map<String, Object>> indicators = response.getList("indicators.findAll { it.status == 'CHECKED' }");
        for (Map<String, Object> indicator : indicators) {
            int expected = failing.getOrDefault((String) indicator.get("code"), 0);
            assertEqualsCount(indicator, 3, expected);
        }
    }

    @Test
    void shouldListTheEmployeesWhoFailAnIndicatorInNipOrder() {
        List<String> failingNips = Stream.of(incomplete, pastBup).sorted().toList();
        as("viewer").get("/agencies/{instansi}/data-quality/findings", INSTANSI).then().statusCode(200)
                .body("check", nullValue()).body("total", equalTo(2)).body("items.nip", contains(failingNips.toArray()))
                .body("items.find { it.nip == '" + incomplete + "' }.findings.code",
                        contains("gelar-empty", "email-invalid", "phone-empty", "supervisor-unavailable"))
                .body("items.find { it.nip == '" + pastBup + "' }.unitName", equalTo("Bidang Mutasi"));
        as("viewer").queryParam("page", 1).queryParam("size", 1).get("/agencies/{instansi}/data-quality/findings", INSTANSI).then()
                .statusCode(200).body("total", equalTo(2)).body("items.nip", contains(failingNips.get(1)));
        as("operator").queryParam("check", "supervisor-unavailable").get("/agencies/{instansi}/data-quality/findings", INSTANSI).then()
                .statusCode(200).body("check", equalTo("supervisor-unavailable")).body("total", equalTo(1))
                .body("items.nip", contains(incomplete)).body("items[0].unitName", equalTo("Dinas Uji Kualitas"))
                .body("items[0].findings.code", contains("supervisor-unavailable"))
                .body("items[0].findings[0].message", containsString(deceasedSupervisor))
                .body("items[0].findings[0].howToFix", containsString("supervisor"));
        as("viewer").queryParam("check", "past-bup-active").queryParam("unitId", office).get("/agencies/{instansi}/data-quality/findings", INSTANSI)
                .then().statusCode(200).body("total", equalTo(1)).body("items.nip", contains(pastBup));
        as("viewer").queryParam("check", "nik-invalid").get("/agencies/{instansi}/data-quality/findings", INSTANSI).then()
                .statusCode(200).body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void shouldDownloadEveryFindingAsCsvOneLinePerFinding() {
        String csv = as("operator").queryParam("format", "csv").queryParam("size", 1).get("/agencies/{instansi}/data-quality/findings", INSTANSI)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("kualitas-data-" + INSTANSI + "-")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(6, lines.size(), csv); // a header and the 5 findings of 2 employees, page and size aside
        assertEquals("NIP,NAMA,UNIT KERJA,KODE INDIKATOR,INDIKATOR,DIMENSI,TEMUAN,CARA PERBAIKAN", lines.get(0));
        String supervisorLine = lines.stream().filter(l -> l.contains("supervisor-unavailable")).findFirst().orElseThrow();
        assertTrue(supervisorLine.startsWith(incomplete + ",") && supervisorLine.contains(",Dinas Uji Kualitas,")
                && supervisorLine.contains(deceasedSupervisor) && supervisorLine.contains(",TIMELINESS,"), supervisorLine);
        String onlyPastBup = given().auth().oauth2(TestTokens.of("viewer", INSTANSI)).accept("text/csv").queryParam("check", "past-bup-active")
                .get("/agencies/{instansi}/data-quality/findings", INSTANSI).then().statusCode(200)
                .header("Content-Disposition", containsString("-past-bup-active-")).extract().asString();
        assertEquals(2, onlyPastBup.lines().count(), onlyPastBup);
        assertTrue(onlyPastBup.lines().skip(1).allMatch(l -> l.startsWith(pastBup + ",")), onlyPastBup);
    }

    @Test
    void shouldRefuseToListAnIndicatorItDoesNotCheckOrDoesNotKnow() {
        as("viewer").queryParam("check", "skp-missing").get("/agencies/{instansi}/data-quality/findings", INSTANSI).then().statusCode(400)
                .body("violations[0].field", equalTo("check")).body("violations[0].message", containsString("is not checked: "));
        as("viewer").queryParam("check", "phone").get("/agencies/{instansi}/data-quality/findings", INSTANSI).then().statusCode(400)
                .body("violations[0].message", containsString("'phone' is not an indicator; the indicators checked are jabatan-empty, "));
        as("integration").get("/agencies/{instansi}/data-quality/findings", INSTANSI).then().statusCode(403);
        given().auth().oauth2(TestTokens.of("viewer")).get("/agencies/{instansi}/data-quality/findings", INSTANSI).then().statusCode(403);
        as("viewer").queryParam("size", 201).get("/agencies/{instansi}/data-quality/findings", INSTANSI).then().statusCode(400);
    }

    @Test
    void shouldScoreOneUnitWithItsSubUnits() {
        as("viewer").queryParam("unitId", office).get("/agencies/{instansi}/data-quality", INSTANSI).then().statusCode(200)
                .body("employees", equalTo(3)).body("units", hasSize(2));
        as("viewer").queryParam("unitId", division).get("/agencies/{instansi}/data-quality", INSTANSI).then().statusCode(200)
                .body("employees", equalTo(1))
                .body("index", comparesEqualTo(expectedIndex(1, Map.of("past-bup-active", 1))))
                .body("indicators.find { it.code == 'past-bup-active' }.failing", equalTo(1));
        as("viewer").queryParam("unitId", UUID.randomUUID().toString()).get("/agencies/{instansi}/data-quality", INSTANSI)
                .then().statusCode(400);
    }

    @Test
    void shouldKeepEachAgencysQualityToItself() {
        given().auth().oauth2(TestTokens.of("viewer")).get("/agencies/{instansi}/data-quality", INSTANSI).then().statusCode(403);
        given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}/data-quality", clean).then().statusCode(404);
        given().auth().oauth2(TestTokens.self(clean)).get("/employees/{nip}/data-quality", clean).then().statusCode(200);
        given().auth().oauth2(TestTokens.self(clean)).get("/employees/{nip}/data-quality", pastBup).then().statusCode(404);
        given().auth().oauth2(TestTokens.self(clean)).get("/agencies/{instansi}/data-quality", INSTANSI).then().statusCode(403);
        as("integration").get("/employees/{nip}/data-quality", clean).then().statusCode(403);
        as("viewer").get("/employees/{nip}/data-quality", "199001012020011999").then().statusCode(404);
    }

    @Test
    void shouldNotShadowTheAgencysOtherResources() {
        // search lists the late supervisor too; the index counts only those employed
        as("viewer").get("/agencies/{instansi}/employees", INSTANSI).then().statusCode(200).body("total", equalTo(4));
        as("viewer").get("/agencies/{instansi}/units", INSTANSI).then().statusCode(200);
        as("viewer").get("/employees/{nip}", clean).then().statusCode(200);
    }

    private static void assertEqualsIndex(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }

    private static void assertEqualsCount(Map<String, Object> indicator, int checked, int failing) {
        assertEquals(List.of(checked, failing),
                List.of(((Number) indicator.get("checked")).intValue(), ((Number) indicator.get("failing")).intValue()),
                "checked and failing of " + indicator.get("code"));
    }
}
