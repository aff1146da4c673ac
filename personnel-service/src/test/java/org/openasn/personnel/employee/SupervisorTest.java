package org.openasn.personnel.employee;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventCodec;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.personnel.SupervisorAssigned;
import org.openasn.personnel.support.Fixtures;
import org.openasn.personnel.support.TopicReader;
import org.openasn.testing.TestTokens;

import java.time.Duration;
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
        given().auth().oauth2(TestTokens.of("self", TestTokens.AGENCY)).get("/employees/{nip}/supervisor", staff).then().statusCode(404);
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
        given().auth().oauth2(TestTokens.of("operator", "OTHER")).get("/employees/{nip}/supervisor", employee).then().statusCode(404);
        given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/supervisor", "199001012015031009").then().statusCode(404);
    }

    @Test
    void shouldKeepTheSupervisorHistoryAnswerAsOfADateAndFeedAndPublishEachChange() {
        String unit = Fixtures.unit();
        String first = appoint(unit, TestTokens.AGENCY);
        String second = appoint(unit, TestTokens.AGENCY);
        String staff = appoint(unit, TestTokens.AGENCY);
        long cursor = Fixtures.changeFeedEnd();
        LocalDate today = LocalDate.now(org.openasn.commons.time.Wib.ZONE);

        assign(staff, first, LocalDate.of(2024, 1, 1)).statusCode(200).body("supervisors[0].nip", equalTo(first));
        assign(staff, second, LocalDate.of(2025, 7, 1)).statusCode(200).body("supervisors[0].nip", equalTo(second));
        assign(staff, second, LocalDate.of(2025, 8, 1)).statusCode(200);   // the supervisor the employee already has: nothing recorded
        assign(staff, first, today.plusDays(1)).statusCode(400).body("violations[0].field", equalTo("validFrom"));

        JsonPath history = given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/supervisor/history", staff)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2024-01-01", "2025-07-01"), history.getList("validFrom"));
        assertEquals(List.of(first, second), history.getList("supervisor.nip"));
        assertEquals("test-operator", history.getString("[1].recordedBy"));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", "2024-06-30").get("/employees/{nip}/supervisor", staff)
                .then().statusCode(200).body("supervisors[0].nip", equalTo(first));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", "2023-12-31").get("/employees/{nip}/supervisor", staff)
                .then().statusCode(200).body("supervisors.size()", equalTo(0));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", "31-12-2023").get("/employees/{nip}/supervisor", staff)
                .then().statusCode(400);

        // a back-dated assignment before the one in force is history, not today's supervisor
        assign(staff, first, LocalDate.of(2025, 1, 1)).statusCode(200).body("supervisors[0].nip", equalTo(second));
        assign(staff, null, null).statusCode(200).body("supervisors.size()", equalTo(0));

        JsonPath feed = given().auth().oauth2(TestTokens.of("integration")).queryParam("after", cursor).queryParam("limit", 1000).get("/changes")
                .then().statusCode(200).extract().jsonPath();
        String mine = "changes.findAll { it.nip == '" + staff + "' }";
        assertEquals(List.of("supervisor-assigned", "supervisor-assigned", "supervisor-assigned", "supervisor-cleared"), feed.getList(mine + ".kind"));
        assertEquals(List.of(first, second, first), feed.getList(mine + ".supervisorNip").subList(0, 3));
        assertEquals(List.of("2024-01-01", "2025-07-01", "2025-01-01", today.toString()), feed.getList(mine + ".tmt"));

        String employeeId = given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}", staff).then().extract().path("id");
        List<SupervisorAssigned> published = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.await(
                        Topics.PERSONNEL, r -> r.key().equals(employeeId) && r.value().contains(EventTypes.SUPERVISOR_ASSIGNED_V1.name()),
                        Duration.ofSeconds(10))
                .stream().map(r -> EventCodec.data(EventCodec.read(r.value()), EventTypes.SUPERVISOR_ASSIGNED_V1)).toList(), p -> p.size() >= 4);
        assertEquals(4, published.size(), published.toString());
        assertEquals(first, published.get(0).supervisorNip());
        assertEquals(LocalDate.of(2024, 1, 1), published.get(0).validFrom());
        assertEquals(null, published.get(3).supervisorEmployeeId());
        assertEquals(staff, published.get(3).nip());
    }

    private static io.restassured.response.ValidatableResponse assign(String nip, String supervisorNip, LocalDate validFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("supervisorNip", supervisorNip);
        body.put("validFrom", validFrom == null ? null : validFrom.toString());
        body.put("reason", "Surat penugasan");
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON).body(body)
                .put("/employees/{nip}/supervisor", nip).then();
    }


}
