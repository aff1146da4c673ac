package org.openasn.personnel.employee;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openasn.personnel.employee.service.CurrentStateRefresher;
import org.openasn.personnel.support.Fixtures;
import org.openasn.testing.MutableClock;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CurrentStateRefresherTest {

    @Inject
    MutableClock clock;
    @Inject
    CurrentStateRefresher refresher;
    @Inject
    EntityManager em;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void shouldMoveAnEmployeeToTheNewUnitInListsOnceTheTransfersTmtArrives() {
        String from = Fixtures.unit();
        String to = Fixtures.unit();
        String nip = given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(Fixtures.cpnsAppointment(from, LocalDate.of(1994, 6, 6), LocalDate.of(2019, 1, 1), "L"))
                .post("/agencies/{instansi}/employees", TestTokens.AGENCY).then().statusCode(201).extract().path("employee.nip");
        String etag = given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", nip).then().extract().header("ETag");
        LocalDate tmt = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Fixtures.mutation("unit-transferred", tmt, Map.of("unitId", to)))
                .post("/employees/{nip}/mutations", nip).then().statusCode(201);
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", to).get("/agencies/{instansi}/employees", TestTokens.AGENCY)
                .then().body("items", empty());

        clock.advance(Duration.ofDays(62));
        assertTrue(refresher.refresh() >= 1);

        given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", to).get("/agencies/{instansi}/employees", TestTokens.AGENCY)
                .then().body("items.nip", contains(nip));
    }

    @Test
    void shouldRewritePeriodsThatAreMissingOrLackTheirCause() {
        String unit = Fixtures.unit();
        String withoutRows = appoint(unit, LocalDate.of(1991, 2, 2));
        String withoutCause = appoint(unit, LocalDate.of(1991, 3, 3));
        Map<String, Object> expected = state(withoutCause);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM employee_period WHERE employee_id = (SELECT id FROM employee WHERE nip = :nip)")
                    .setParameter("nip", withoutRows).executeUpdate();
            em.createNativeQuery("UPDATE employee_period SET cause = NULL, cause_mutation_id = NULL, masa_kerja_years = NULL "
                    + "WHERE employee_id = (SELECT id FROM employee WHERE nip = :nip)").setParameter("nip", withoutCause).executeUpdate();
        });
        assertEquals(expected, state(withoutCause), "the read folds the log while the period rows lack their cause");

        assertTrue(refresher.writeMissingPeriods() >= 2);

        long stale = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM employee e LEFT JOIN employee_period p ON p.employee_id = e.id
                        WHERE e.nip IN (:a, :b) AND (p.employee_id IS NULL OR p.cause IS NULL)""")
                .setParameter("a", withoutRows).setParameter("b", withoutCause).getSingleResult()).longValue());
        assertEquals(0, stale);
        assertEquals(expected, state(withoutCause));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("unitId", unit).queryParam("asOf", "2020-01-01")
                .get("/agencies/{instansi}/employees", TestTokens.AGENCY).then().body("items.nip", hasItem(withoutRows));
    }

    private static String appoint(String unit, LocalDate birth) {
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(Fixtures.cpnsAppointment(unit, birth, LocalDate.of(2019, 1, 1), "P"))
                .post("/agencies/{instansi}/employees", TestTokens.AGENCY).then().statusCode(201).extract().path("employee.nip");
    }

    private static Map<String, Object> state(String nip) {
        return given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", nip).then().statusCode(200).extract().path("state");
    }
}
