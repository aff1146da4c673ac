package org.openasn.personnel.employee;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CurrentStateRefresherTest {

    @Inject
    MutableClock clock;
    @Inject
    CurrentStateRefresher refresher;

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
}
