package org.openasn.personnel.employee;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openasn.personnel.support.Fixtures;
import org.openasn.testing.TestTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EmployeeListTest {

    @Inject
    AgroalDataSource dataSource;

    private static String appoint(String unit, LocalDate birth, LocalDate tmt, String golongan) {
        Map<String, Object> request = Fixtures.cpnsAppointment(unit, birth, tmt, "L");
        request.put("golongan", golongan);
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(request)
                .post("/agencies/{instansi}/employees", TestTokens.AGENCY).then().statusCode(201).extract().path("employee.nip");
    }

    private static void mutate(String nip, Map<String, Object> request) {
        String etag = given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", nip).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).header("If-Match", etag).body(request)
                .post("/employees/{nip}/mutations", nip).then().statusCode(201);
    }

    @Test
    void shouldSearchByTheStateInForceOnADate() {
        String unit = Fixtures.unit();
        String nip = appoint(unit, LocalDate.of(1984, 7, 9), LocalDate.of(2010, 3, 1), "III/a");
        mutate(nip, Fixtures.mutation("pns-confirmed", LocalDate.of(2011, 3, 1), Map.of()));
        mutate(nip, Fixtures.mutation("promoted", LocalDate.of(2014, 4, 1), Map.of("golongan", "III/b")));
        String other = Fixtures.unit();
        mutate(nip, Fixtures.mutation("unit-transferred", LocalDate.of(2020, 1, 1), Map.of("unitId", other)));

        var before = given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", unit).queryParam("golongan", "III/a")
                .queryParam("asOf", "2012-06-30").get("/agencies/{instansi}/employees", TestTokens.AGENCY).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(nip), before.getList("items.nip"), before.prettify());
        assertEquals("III/a", before.getString("items[0].golongan"), "the state on that date, not today's");
        assertEquals(unit, before.getString("items[0].unitId"));
        assertEquals("PNS", before.getString("items[0].kind"));

        assertEquals(0, given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", unit).queryParam("golongan", "III/a")
                .get("/agencies/{instansi}/employees", TestTokens.AGENCY).then().extract().jsonPath().getInt("total"), "today they are III/b elsewhere");
        assertEquals(List.of(nip), given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", other).queryParam("golongan", "III/b")
                .get("/agencies/{instansi}/employees", TestTokens.AGENCY).then().extract().jsonPath().getList("items.nip"));
        assertEquals(0, given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", unit).queryParam("asOf", "2009-12-31")
                .get("/agencies/{instansi}/employees", TestTokens.AGENCY).then().extract().jsonPath().getInt("total"), "not yet appointed");
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", "31-12-2012").get("/agencies/{instansi}/employees", TestTokens.AGENCY)
                .then().statusCode(400).body("violations[0].field", equalTo("asOf"));
    }

    @Test
    void shouldListAUnitsServingPnsInSeniorityOrder() {
        String unit = Fixtures.unit();
        String junior = appoint(unit, LocalDate.of(1995, 1, 1), LocalDate.of(2020, 1, 1), "III/a");
        String senior = appoint(unit, LocalDate.of(1975, 1, 1), LocalDate.of(2000, 1, 1), "III/a");
        String older = appoint(unit, LocalDate.of(1970, 1, 1), LocalDate.of(2000, 1, 1), "III/a");
        mutate(senior, Fixtures.mutation("promoted", LocalDate.of(2004, 4, 1), Map.of("golongan", "III/b")));
        mutate(older, Fixtures.mutation("promoted", LocalDate.of(2004, 4, 1), Map.of("golongan", "III/b")));
        String left = appoint(unit, LocalDate.of(1965, 1, 1), LocalDate.of(1990, 1, 1), "III/d");
        mutate(left, Fixtures.mutation("died", LocalDate.of(2020, 5, 1), Map.of()));

        given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", unit).get("/agencies/{instansi}/duk", TestTokens.AGENCY)
                .then().statusCode(200).body("nip", contains(older, senior, junior));
    }

    /** A unit that is not the agency's is a 400 naming unitId on every list that filters by unit, not an empty list as if nobody were in it. */
    @Test
    void shouldRefuseAUnitThatIsNotTheAgencys() {
        String unknown = UUID.randomUUID().toString();
        for (String path : List.of("/agencies/{instansi}/employees", "/agencies/{instansi}/duk", "/agencies/{instansi}/exports/siasn")) {
            for (String subUnits : List.of("true", "false")) {
                given().auth().oauth2(TestTokens.of("admin")).queryParam("unitId", unknown).queryParam("includeSubUnits", subUnits)
                        .get(path, TestTokens.AGENCY).then().statusCode(400).contentType("application/problem+json")
                        .body("violations[0].field", equalTo("unitId"))
                        .body("violations[0].message", equalTo("no unit " + unknown + " in agency " + TestTokens.AGENCY));
            }
        }
        given().auth().oauth2(TestTokens.of("admin")).queryParam("unitId", Fixtures.unit()).get("/agencies/{instansi}/duk", TestTokens.AGENCY)
                .then().statusCode(200);
    }

    @Test
    void shouldSearchByUnitGolonganAndStatusWithPages() {
        String unit = Fixtures.unit();
        for (int i = 0; i < 3; i++) {
            appoint(unit, LocalDate.of(1990, 1, 1 + i), LocalDate.of(2018, 1, 1), "III/a");
        }
        String other = appoint(unit, LocalDate.of(1991, 2, 2), LocalDate.of(2018, 1, 1), "II/c");

        given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", unit).queryParam("golongan", "iii/a").queryParam("size", 2)
                .get("/agencies/{instansi}/employees", TestTokens.AGENCY)
                .then().statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(2));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", unit).queryParam("golongan", "II/c")
                .get("/agencies/{instansi}/employees", TestTokens.AGENCY).then().body("items.nip", contains(other));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("golongan", "X/z").get("/agencies/{instansi}/employees", TestTokens.AGENCY)
                .then().statusCode(400).body("violations[0].field", equalTo("golongan"));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("size", 1000).get("/agencies/{instansi}/employees", TestTokens.AGENCY)
                .then().statusCode(400);
    }

    @Test
    void shouldFeedEveryChangeAfterACursor() {
        long start = given().auth().oauth2(TestTokens.of("integration")).queryParam("after", Long.MAX_VALUE - 1).get("/changes")
                .then().statusCode(200).extract().jsonPath().getLong("nextCursor");
        long cursor = Fixtures.changeFeedEnd();
        assertEquals(Long.MAX_VALUE - 1, start);
        String nip = appoint(Fixtures.unit(), LocalDate.of(1992, 3, 3), LocalDate.of(2019, 1, 1), "III/a");
        mutate(nip, Fixtures.mutation("pns-confirmed", LocalDate.of(2020, 1, 1), Map.of()));

        List<String> kinds = given().auth().oauth2(TestTokens.of("integration")).queryParam("after", cursor).get("/changes")
                .then().statusCode(200).extract().jsonPath().getList("changes.findAll { it.nip == '" + nip + "' }.kind");
        assertEquals(List.of("cpns-appointed", "pns-confirmed"), kinds);
        given().auth().oauth2(TestTokens.of("integration", "OTHER")).queryParam("after", cursor).get("/changes")
                .then().statusCode(200).body("changes.size()", equalTo(0));
    }

    /**
     * A transaction that took its mutation's sequence number first and commits last (an import batch does) must not be
     * skipped by a poller that has already read a later entry: feed positions are given at commit.
     */
    @Test
    void shouldNotSkipAnEntryWhoseTransactionCommitsAfterALaterOne() throws Exception {
        String late = appoint(Fixtures.unit(), LocalDate.of(1991, 5, 5), LocalDate.of(2019, 1, 1), "III/a");
        String early = appoint(Fixtures.unit(), LocalDate.of(1991, 6, 6), LocalDate.of(2019, 1, 1), "III/a");
        long cursor = Fixtures.changeFeedEnd();
        UUID lateMutation = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO mutation (id, employee_id, instansi, kind, sk_number, sk_date, tmt, reason, change, warnings, backdated,
                                          recorded_at, recorded_by)
                    SELECT ?, m.employee_id, m.instansi, m.kind, m.sk_number, m.sk_date, m.tmt, m.reason, m.change, m.warnings, m.backdated,
                           now(), 'test: a long transaction'
                    FROM mutation m JOIN employee e ON e.id = m.employee_id WHERE e.nip = ? ORDER BY m.seq DESC LIMIT 1""")) {
                insert.setObject(1, lateMutation);
                insert.setString(2, late);
                assertEquals(1, insert.executeUpdate());
            }
            mutate(early, Fixtures.mutation("pns-confirmed", LocalDate.of(2020, 1, 1), Map.of()));
            JsonPath seen = given().auth().oauth2(TestTokens.of("admin")).queryParam("after", cursor).get("/changes").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(List.of(early), seen.getList("changes.nip"));
            cursor = seen.getLong("nextCursor");
            connection.commit();

            List<String> after = given().auth().oauth2(TestTokens.of("admin")).queryParam("after", cursor).get("/changes").then()
                    .statusCode(200).extract().jsonPath().getList("changes.mutationId");
            assertEquals(List.of(lateMutation.toString()), after);
        } finally {   // the copied mutation is test scaffolding: no other test should fold it
            try (Connection connection = dataSource.getConnection()) {
                for (String table : List.of("change_feed WHERE mutation_id", "mutation WHERE id")) {
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " = ?")) {
                        delete.setObject(1, lateMutation);
                        delete.executeUpdate();
                    }
                }
            }
        }
    }

    @Test
    void shouldListFutureDatedMutationsAsPending() {
        String nip = appoint(Fixtures.unit(), LocalDate.of(1993, 4, 4), LocalDate.of(2019, 1, 1), "III/a");
        LocalDate next = LocalDate.now().withDayOfMonth(1).plusMonths(2);
        mutate(nip, Fixtures.mutation("unit-transferred", next, Map.of("unitId", Fixtures.unit())));

        List<String> pendingTmts = given().auth().oauth2(TestTokens.of("viewer")).get("/agencies/{instansi}/mutations/pending", TestTokens.AGENCY)
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.pending }.tmt");
        assertTrue(pendingTmts.contains(next.toString()), pendingTmts.toString());
    }
}
