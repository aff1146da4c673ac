package org.openasn.retirement.projection;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.retirement.support.PersonnelEvents;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Personnel events in, each employee's BUP and TMT pensiun out. */
@QuarkusTest
class ProjectionTest {

    @AutoClose
    private final PersonnelEvents events = new PersonnelEvents();

    private static EmploymentPeriod period(LocalDate from, String jenis, String jabatan, String group, String bupCategory) {
        return PersonnelEvents.pns(from, "III/d", jenis, null, jabatan, group, bupCategory, null);
    }

    private void send(UUID id, String nip, LocalDate birth, long sequence, String kind, List<EmploymentPeriod> timeline) throws Exception {
        events.send("D110", id, nip, birth, sequence, kind, timeline);
    }

    private void send(String agency, UUID id, String nip, LocalDate birth, long sequence, String kind, List<EmploymentPeriod> timeline)
            throws Exception {
        events.send(agency, id, nip, birth, sequence, kind, timeline);
    }

    @Test
    void shouldProjectTmtPensiunAndRecomputeItWhenThePositionChanges() throws Exception {
        UUID id = UUID.randomUUID();
        LocalDate birth = LocalDate.of(1969, 12, 15);
        String nip = "196912152000032" + String.format("%03d", (int) (Math.random() * 1000));
        LocalDate start = LocalDate.of(2000, 3, 1);
        send(id, nip, birth, 1, "employee-registered", List.of(period(start, "4", "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/retirement", nip)
                .then().statusCode(200).body("bupAge", equalTo(58)).body("bupMonth", equalTo("2027-12"))
                .body("tmtPensiun", equalTo("2028-01-01")).body("legalBasis", org.hamcrest.Matchers.containsString("PP 11/2017")));
        // the BUP date gives the birth date away: the agency's operator sees it, a viewer the month only
        given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}/retirement", nip).then().statusCode(200)
                .body("bupDate", equalTo("2027-12-15")).body("birthDate", equalTo("1969-12-15"));
        given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/retirement", nip).then().statusCode(200)
                .body("bupDate", equalTo(null)).body("birthDate", equalTo(null)).body("birthMonth", equalTo("1969-12"));

        send(id, nip, birth, 2, "position-changed", List.of(period(start, "4", "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION"),
                period(LocalDate.of(2020, 1, 1), "2", "Guru Ahli Madya", "GURU", "TEACHER")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/retirement", nip)
                .then().body("bupAge", equalTo(60)).body("tmtPensiun", equalTo("2030-01-01")));

        given().auth().oauth2(TestTokens.of("viewer")).queryParam("instansi", "D110").queryParam("from", "2030-01-01").queryParam("to", "2030-01-31")
                .get("/retirements").then().statusCode(200).body("findAll { it.nip == '" + nip + "' }.size()", equalTo(1));
        // another agency's employee is answered exactly as an unknown NIP: a 403 would tell that the NIP is recorded
        given().auth().oauth2(TestTokens.of("viewer", "OTHER")).get("/employees/{nip}/retirement", nip).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"))
                .body("detail", equalTo("No employee with NIP " + nip + " is known to retirement-service."));
        given().auth().oauth2(TestTokens.self(nip)).get("/employees/{nip}/retirement", nip).then().statusCode(200);

        // moved to another agency of the platform: the new agency's to forecast from then on, and no longer the old one's
        send("D120", id, nip, birth, 3, "transferred-in", List.of(
                PersonnelEvents.in(period(start, "4", "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION"), "D110", "employee-registered"),
                PersonnelEvents.in(period(LocalDate.of(2020, 1, 1), "2", "Guru Ahli Madya", "GURU", "TEACHER"), "D110", "position-changed"),
                PersonnelEvents.in(period(LocalDate.of(2026, 3, 1), "2", "Guru Ahli Madya", "GURU", "TEACHER"), "D120", "transferred-in")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", "D120"))
                .get("/employees/{nip}/retirement", nip).then().statusCode(200).body("tmtPensiun", equalTo("2030-01-01")));
        given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/retirement", nip).then().statusCode(404);
        given().auth().oauth2(TestTokens.of("viewer", "D120")).queryParam("instansi", "D120").queryParam("from", "2030-01-01")
                .queryParam("to", "2030-01-31").get("/retirements").then().statusCode(200).body("findAll { it.nip == '" + nip + "' }.size()", equalTo(1));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("instansi", "D110").queryParam("from", "2030-01-01").queryParam("to", "2030-01-31")
                .get("/retirements").then().statusCode(200).body("findAll { it.nip == '" + nip + "' }.size()", equalTo(0));
    }

    @Test
    void shouldForecastRetirementsPerMonthByGolonganAndJabatanIncludingEselonPosts() throws Exception {
        String agency = "F" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate start = LocalDate.of(2000, 3, 1);
        send(agency, UUID.randomUUID(), "196912152000031001", LocalDate.of(1969, 12, 15), 1, "employee-registered",
                List.of(period(start, "4", "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION")));
        EmploymentPeriod head = new EmploymentPeriod(start, null, "PNS", "01", true, null, "IV/c", start, "1", "21", null, "Kepala Dinas",
                null, "LAINNYA", "SENIOR_LEADERSHIP", null, "45", null, UUID.randomUUID(), "employee-registered");
        send(agency, UUID.randomUUID(), "196711302000031002", LocalDate.of(1967, 11, 30), 1, "employee-registered", List.of(head));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", agency))
                .queryParam("instansi", agency).queryParam("from", "2027-01").queryParam("years", 2).get("/forecasts/retirements")
                .then().statusCode(200).body("total", equalTo(2)).body("months", equalTo(24))
                .body("monthly.find { it.month == '2027-12' }.byGolonganAndJenisJabatan", equalTo(Map.of("IV x 1", 1)))
                .body("monthly.find { it.month == '2027-12' }.eselonPostsFallingVacant.size()", equalTo(1))
                .body("monthly.find { it.month == '2028-01' }.byGolongan", equalTo(Map.of("III", 1))));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("years", 11).get("/forecasts/retirements")
                .then().statusCode(400);
    }

    @Test
    void shouldListOverdueRetirementsAndPppkContractsEnding() throws Exception {
        String agency = "O" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate start = LocalDate.of(1985, 3, 1);
        send(agency, UUID.randomUUID(), "196001151985031003", LocalDate.of(1960, 1, 15), 1, "employee-registered",
                List.of(period(start, "4", "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION")));
        EmploymentPeriod pppk = new EmploymentPeriod(LocalDate.of(2024, 4, 1), null, "PPPK", "71", true, null, "IX", LocalDate.of(2024, 4, 1),
                "2", null, null, "Guru Ahli Pertama", "AHLI_PERTAMA", "GURU", "TEACHER", null, "40", LocalDate.of(2027, 3, 31),
                UUID.randomUUID(), "pppk-appointed");
        send(agency, UUID.randomUUID(), "199204102024212004", LocalDate.of(1992, 4, 10), 1, "pppk-appointed", List.of(pppk));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", agency))
                .queryParam("instansi", agency).get("/retirements/overdue").then().statusCode(200)
                .body("nip", org.hamcrest.Matchers.contains("196001151985031003")).body("[0].tmtPensiun", equalTo("2018-02-01")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", agency))
                .queryParam("instansi", agency).queryParam("from", "2027-01-01").queryParam("to", "2027-12-31").get("/forecasts/pppk-contracts")
                .then().statusCode(200).body("nip", org.hamcrest.Matchers.contains("199204102024212004"))
                .body("[0].contractEnd", equalTo("2027-03-31")));
    }
}
