package org.openasn.reporting.headcount;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventType;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.Mutation;
import org.openasn.events.personnel.Person;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.testing.EventPublisher;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Employee events as personnel-service publishes them, and the headcounts they must give. */
@QuarkusTest
class HeadcountTest {

    @AutoClose
    private static final EventPublisher events = new EventPublisher();
    private final String agency = "H" + UUID.randomUUID().toString().substring(0, 6);

    private static EmploymentPeriod period(LocalDate from, LocalDate to, String golongan, boolean inService, String separation, String cause) {
        return new EmploymentPeriod(from, to, "PNS", "01", inService, separation, golongan, from, "4", null, null, "Pelaksana", null,
                "LAINNYA", "ADMINISTRATION", null, "40", null, UUID.randomUUID(), cause);
    }

    private EventEnvelope event(UUID id, long sequence, String gender, Instant recordedAt, String kind, List<EmploymentPeriod> timeline) {
        EventType<EmployeeChange> type = EventTypes.employeeByKind(kind).orElseThrow();
        EmployeeChange change = new EmployeeChange(id, agency, new Mutation(UUID.randomUUID(), kind, "SK", LocalDate.of(2020, 1, 1),
                timeline.get(timeline.size() - 1).validFrom(), "test", recordedAt, "test", false, null),
                new Person("199001012015031001", "Pegawai", null, null, LocalDate.of(1990, 1, 1), gender, "1", null), timeline);
        return EventEnvelope.create(type, "/openasn/personnel-service", id.toString(), agency, sequence, recordedAt, change);
    }

    /** Exact figures, as a viewer sees them (the integration role gets small cells suppressed). */
    private JsonPath headcount(String groupBy, String asOf, Instant knownAt) {
        var request = given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("groupBy", groupBy)
                .queryParam("asOf", asOf);
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt.toString());
        }
        return request.get("/headcounts").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldCountEmployeesAsOfADateAndAsKnownAtAMoment() throws Exception {
        LocalDate start = LocalDate.of(2015, 3, 1);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        Instant t1 = Instant.parse("2026-01-05T00:00:00Z");
        events.send(event(a, 1, "P", t1, "employee-registered", List.of(period(start, null, "III/a", true, null, "employee-registered"))));
        events.send(event(b, 1, "L", t1, "employee-registered", List.of(period(start, null, "III/b", true, null, "employee-registered"))));
        events.send(event(c, 1, "L", t1, "employee-registered", List.of(period(start, LocalDate.of(2025, 6, 1), "III/b", true, null, "employee-registered"),
                period(LocalDate.of(2025, 6, 1), null, "III/b", false, "RETIRED_BUP", "retired"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> headcount("", "2025-05-31", null).getLong("grandTotal") == 3);

        JsonPath june = given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("month", "2025-06")
                .get("/headcounts/flows").then().statusCode(200).extract().jsonPath();
        assertEquals(3, june.getLong("opening"));
        assertEquals(Map.of("RETIRED_BUP", 1), june.getMap("reductions"));
        assertEquals(2, june.getLong("closing"));
        assertEquals(true, june.getBoolean("reconciles"));
        JsonPath march2015 = given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("month", "2015-03")
                .get("/headcounts/flows").then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("employee-registered", 3), march2015.getMap("additions"));
        assertEquals(0, march2015.getLong("opening"));

        JsonPath december = headcount("ruang,gender", "2025-12-31", null);
        assertEquals(2, december.getLong("grandTotal"));
        assertEquals(Map.of("III/a", 1, "III/b", 1), december.getMap("totals.ruang"));
        assertEquals(Map.of("L", 1, "P", 1), december.getMap("totals.gender"));
        assertEquals(1, december.getInt("cells.find { it.key.ruang == 'III/a' && it.key.gender == 'P' }.count"));

        Instant t2 = Instant.parse("2026-02-10T00:00:00Z");
        EventEnvelope promotion = event(a, 2, "P", t2, "promoted", List.of(period(start, LocalDate.of(2025, 10, 1), "III/a", true, null, "employee-registered"),
                period(LocalDate.of(2025, 10, 1), null, "III/b", true, null, "promoted")));
        events.send(promotion);
        await().atMost(Duration.ofSeconds(30)).until(() -> headcount("ruang", "2025-12-31", null).getMap("totals.ruang").equals(Map.of("III/b", 2)));
        assertEquals(Map.of("III/a", 1, "III/b", 1), headcount("ruang", "2025-12-31", t2.minusSeconds(1)).getMap("totals.ruang"),
                "the December profile as published before the back-dated promotion was recorded");
        assertEquals(Map.of("III/a", 1, "III/b", 1), headcount("ruang", "2025-09-30", null).getMap("totals.ruang"));

        String etag = given().auth().oauth2(TestTokens.of("integration")).queryParam("instansi", agency).queryParam("groupBy", "ruang")
                .queryParam("asOf", "2025-12-31").get("/headcounts").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.of("integration")).header("If-None-Match", etag).queryParam("instansi", agency)
                .queryParam("groupBy", "ruang").queryParam("asOf", "2025-12-31").get("/headcounts").then().statusCode(304);
        long duplicatesBefore = duplicates();
        events.send(promotion);
        events.send(event(a, 1, "P", t2, "employee-registered", List.of(period(start, null, "III/a", true, null, "employee-registered"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() >= duplicatesBefore + 2);
        assertEquals(2, headcount("ruang", "2025-12-31", null).getLong("grandTotal"), "a replayed or stale event counts nobody twice");
        assertEquals(Map.of("III", 2), headcount("golongan", "2025-12-31", null).getMap("totals.golongan"));
        UUID d = UUID.randomUUID();
        events.send(event(d, 1, "L", t2, "employee-registered", List.of(period(start, null, "IV/a", true, null, "employee-registered"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.of("integration")).header("If-None-Match", etag)
                .queryParam("instansi", agency).queryParam("groupBy", "ruang").queryParam("asOf", "2025-12-31").get("/headcounts")
                .statusCode() == 200);
    }

    @Test
    void shouldCountPppkGolonganApartFromThePnsGroupOfTheSameNumeral() {
        LocalDate start = LocalDate.of(2024, 3, 1);
        Instant at = Instant.parse("2026-01-05T00:00:00Z");
        events.send(PersonnelEvents.employee(UUID.randomUUID(), agency, 1, "employee-registered", at, "L", LocalDate.of(1990, 1, 1), "1",
                List.of(PersonnelEvents.period(start, null, "PNS", "III/a", "4", null, null, "employee-registered"))));
        events.send(PersonnelEvents.employee(UUID.randomUUID(), agency, 1, "employee-registered", at, "P", LocalDate.of(1992, 1, 1), "1",
                List.of(PersonnelEvents.period(start, null, "PPPK", "III", "4", null, null, "employee-registered"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> headcount("", "2025-12-31", null).getLong("grandTotal") == 2);

        assertEquals(Map.of("III", 1, "PPPK III", 1), headcount("golongan", "2025-12-31", null).getMap("totals.golongan"));
        assertEquals(Map.of("III", 1, "PPPK III", 1), headcount("golongan", "2025-12-31", Instant.now()).getMap("totals.golongan"),
                "counted in SQL (knownAt) as in the index");
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("golongan", "PPPK III")
                .queryParam("asOf", "2025-12-31").get("/headcounts").then().statusCode(200).body("grandTotal", equalTo(1));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("golongan", "IX")
                .get("/headcounts").then().statusCode(400).body("violations[0].field", equalTo("golongan"))
                .body("violations[0].message", containsString("III, IV, PPPK I, PPPK II"));
    }

    private static long duplicates() {
        JsonPath consumers = given().auth().oauth2(TestTokens.of("admin")).get("/admin/events/consumers").then().extract().jsonPath();
        return consumers.getLong("find { it.group == 'reporting-service' }.duplicates");
    }

    @Test
    void shouldListTheAllowedDimensionsWhenOneIsUnknown() {
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("groupBy", "golongan,shoeSize")
                .get("/headcounts").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("groupBy")).body("violations[0].message", containsString("ageGroup"));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("colour", "red")
                .get("/headcounts").then().statusCode(400).body("violations[0].field", equalTo("colour"));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("kind", "PNSS")
                .get("/headcounts").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", equalTo("unknown value 'PNSS'; allowed: [PNS, CPNS, PPPK, PPPK_PARUH_WAKTU]"));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("ruang", "III/e")
                .get("/headcounts").then().statusCode(400).body("violations[0].message", containsString("III/d, IV/a"));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("ageBands", "30,25")
                .get("/headcounts").then().statusCode(400).body("violations[0].field", equalTo("ageBands"))
                .body("violations[0].message", equalTo("the ages must rise: 25 follows 30"));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("ageBands", "30,59")
                .queryParam("ageGroup", "21-25").get("/headcounts").then().statusCode(400)
                .body("violations[0].message", equalTo("unknown value '21-25'; allowed: [<31, 31-59, >59]"));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("bupYear", "30")
                .get("/headcounts").then().statusCode(400).body("violations[0].message", equalTo("must be a year yyyy, was '30'"));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("unit", "Dinas Pendidikan")
                .get("/headcounts").then().statusCode(400).body("violations[0].field", equalTo("unit"));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("ruang", "IX")
                .queryParam("gender", "P").queryParam("eselon", "21").queryParam("pendidikan", "40").queryParam("agama", "1")
                .queryParam("ageGroup", "56-58").queryParam("jenjang", "AHLI_MUDA").queryParam("group", "GURU")
                .queryParam("jenisJabatan", "2").queryParam("golongan", "PPPK XVII").get("/headcounts").then().statusCode(200);
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("asOf", "2025-13-01")
                .queryParam("knownAt", "yesterday").get("/headcounts").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.contains("asOf", "knownAt")); // every malformed parameter at once
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("month", "2025-6")
                .get("/headcounts/flows").then().statusCode(400).body("violations[0].field", equalTo("month"));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("month", "2025-06")
                .queryParam("knownAt", "2026-02-30").get("/headcounts/flows/cells").then().statusCode(400)
                .body("violations[0].field", equalTo("knownAt"));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("month", "Desember")
                .get("/profile/tables/3.5").then().statusCode(400).body("violations[0].field", equalTo("month"));
        given().auth().oauth2(TestTokens.of("self")).queryParam("instansi", agency).get("/headcounts").then().statusCode(403);
        given().auth().oauth2(TestTokens.of("viewer", "OTHER")).queryParam("instansi", agency).get("/headcounts").then().statusCode(403);
        given().auth().oauth2(TestTokens.of("operator", agency)).get("/headcounts").then().statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("/agency-required"));
        given().auth().oauth2(TestTokens.of("viewer", "OTHER")).queryParam("instansi", agency).queryParam("month", "2025-06")
                .get("/headcounts/flows").then().statusCode(403);
    }
}
