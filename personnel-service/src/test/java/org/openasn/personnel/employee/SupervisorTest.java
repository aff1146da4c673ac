package org.openasn.personnel.employee;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openasn.personnel.support.Fixtures;
import org.openasn.testing.TestTokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SupervisorTest {

    private static final AtomicInteger DAY = new AtomicInteger(1);

    private static String appoint(String unit, String agency) {
        Map<String, Object> request = Fixtures.cpnsAppointment(unit, LocalDate.of(1983, 5, DAY.getAndIncrement()), LocalDate.of(2010, 3, 1), "P");
        return given().auth().oauth2(TestTokens.of("operator", agency)).contentType(ContentType.JSON).body(request)
                .post("/agencies/{instansi}/employees", agency).then().statusCode(201).extract().path("employee.nip");
    }

    private static io.restassured.response.ValidatableResponse assign(String nip, String supervisorNip) {
        Map<String, Object> body = new HashMap<>();
        body.put("supervisorNip", supervisorNip);
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(body)
                .put("/employees/{nip}/supervisor", nip).then();
    }

    @Test
    void shouldAssignSupervisorsReadTheChainAndRefuseACycle() {
        String unit = Fixtures.unit();
        String head = appoint(unit, TestTokens.AGENCY);
        String middle = appoint(unit, TestTokens.AGENCY);
        String staff = appoint(unit, TestTokens.AGENCY);

        assign(middle, head).statusCode(200).body("supervisors[0].nip", equalTo(head));
        assign(staff, middle).statusCode(200);

        JsonPath chain = given().auth().oauth2(TestTokens.of("integration")).get("/employees/{nip}/supervisor", staff)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(staff, chain.getString("employee.nip"));
        assertEquals(List.of(middle, head), chain.getList("supervisors.nip"), "direct supervisor first, then upwards");

        assign(head, staff).statusCode(422).body("detail", org.hamcrest.Matchers.containsString("supervised"));
        assign(head, head).statusCode(422);
        given().auth().oauth2(TestTokens.of("self", TestTokens.AGENCY)).get("/employees/{nip}/supervisor", staff).then().statusCode(403);
        given().auth().oauth2(TestTokens.self(staff)).get("/employees/{nip}/supervisor", staff).then().statusCode(200)
                .body("supervisors.size()", equalTo(2));

        assign(staff, null).statusCode(200).body("supervisors.size()", equalTo(0));
    }

    @Test
    void shouldRefuseASupervisorOfAnotherAgencyOrUnknownAndAViewerWriting() {
        String unit = Fixtures.unit();
        String employee = appoint(unit, TestTokens.AGENCY);
        assign(employee, "199001012015031001").statusCode(400).body("violations[0].field", equalTo("supervisorNip"));
        given().auth().oauth2(TestTokens.of("viewer")).contentType(ContentType.JSON).body(Map.of("supervisorNip", employee))
                .put("/employees/{nip}/supervisor", employee).then().statusCode(403);
        given().auth().oauth2(TestTokens.of("operator", "OTHER")).get("/employees/{nip}/supervisor", employee).then().statusCode(403);
        given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/supervisor", "199001012015031009").then().statusCode(404);
    }
}
