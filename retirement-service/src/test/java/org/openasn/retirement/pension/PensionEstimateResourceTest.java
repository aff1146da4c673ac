package org.openasn.retirement.pension;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.retirement.support.PersonnelEvents;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pension estimates over HTTP from an employee published as personnel events, and gaji pokok tables loaded as data. */
@QuarkusTest
class PensionEstimateResourceTest {

    @AutoClose
    private final PersonnelEvents events = new PersonnelEvents();

    private static String nip(String birthAndTmtCpns) {
        return birthAndTmtCpns + "1" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
    }

    @Test
    void shouldEstimateThePensionOfAnEmployeeFromTheirEventsWithEveryStep() throws Exception {
        // born 20 Nov 1969, CPNS 1 Mar 1994 in III/a, III/d from 2015, pelaksana (BUP 58): TMT pensiun 1 Dec 2027;
        // masa kerja 33 years 9 months -> 33 -> 82.5% capped at 75%; III/d at MKG 32 (PP 5/2024) = 5,180,700
        // -> pensiun pokok 3,885,525; janda/duda 36% = 1,865,052
        String nip = nip("19691120199403");
        UUID id = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        events.send("D110", id, nip, LocalDate.of(1969, 11, 20), 1, "employee-registered", List.of(
                new org.openasn.events.personnel.EmploymentPeriod(LocalDate.of(1994, 3, 1), LocalDate.of(1995, 3, 1), "CPNS", "01", true, null,
                        "III/a", LocalDate.of(1994, 3, 1), "4", null, null, "Pengadministrasi Umum", null, "LAINNYA", "ADMINISTRATION", unit,
                        "40", null, UUID.randomUUID(), "cpns-appointed"),
                PersonnelEvents.pns(LocalDate.of(1995, 3, 1), "III/a", "4", null, "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION", unit),
                PersonnelEvents.pns(LocalDate.of(2015, 4, 1), "III/d", "4", null, "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION", unit)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer"))
                .queryParam("masaKerjaGolongan", 32).get("/employees/{nip}/pension-estimate", nip)
                .then().statusCode(200)
                .body("tmtCpns", equalTo("1994-03-01")).body("tmtPensiun", equalTo("2027-12-01")).body("golongan", equalTo("III/d"))
                .body("retirementKind", equalTo("BUP"))
                .body("salaryTable.legalBasis", containsString("PP 5/2024")).body("salaryTable.effectiveFrom", equalTo("2024-01-01"))
                .body("pensionRules", containsString("UU 11/1969"))
                .body("estimate.status", equalTo("COMPLETE"))
                .body("estimate.masaKerjaYears", equalTo(33)).body("estimate.masaKerjaMonths", equalTo(9))
                .body("estimate.dasarPensiun", equalTo(5_180_700)).body("estimate.percentage", equalTo(75))
                .body("estimate.pensiunPokok.amount", equalTo(3_885_525)).body("estimate.pensiunPokok.status", equalTo("COMPLETE"))
                .body("estimate.pensiunJandaDuda.amount", equalTo(1_865_052))
                .body("estimate.steps.find { it.step == 'percentage' }.explanation", containsString("cap applied"))
                .body("estimate.steps.find { it.step == 'masa kerja golongan' }.explanation", containsString("given by the caller")));

        // without the MKG from the SK: derived from the masa kerja (33 -> the last III/d step, MKG 32), and said to be approximate
        given().auth().oauth2(TestTokens.self(nip)).get("/employees/{nip}/pension-estimate", nip)
                .then().statusCode(200).body("estimate.status", equalTo("APPROXIMATE"))
                .body("estimate.masaKerjaGolongan", equalTo(33)).body("estimate.pensiunPokok.amount", equalTo(3_885_525))
                .body("estimate.pensiunPokok.status", equalTo("APPROXIMATE"))
                .body("estimate.approximations", hasItem(containsString("masa kerja golongan is not recorded")));

        given().auth().oauth2(TestTokens.of("viewer")).queryParam("masaKerjaGolongan", 41).get("/employees/{nip}/pension-estimate", nip)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("masaKerjaGolongan"));
        given().auth().oauth2(TestTokens.of("viewer", "OTHER")).get("/employees/{nip}/pension-estimate", nip).then().statusCode(404)
                .body("detail", equalTo("No employee with NIP " + nip + " is known to retirement-service."));
        given().auth().oauth2(TestTokens.self("199001012015031001")).get("/employees/{nip}/pension-estimate", nip).then().statusCode(404);
        given().auth().oauth2(TestTokens.of("integration")).get("/employees/{nip}/pension-estimate", nip).then().statusCode(403);
        given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/pension-estimate", "000000000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldCountTheMasaKerjaGolonganPublishedWithTheTimeline() throws Exception {
        // as above, with the III/d SK of 1 Apr 2015 recording MKG 20 years 0 months: at TMT pensiun 1 Dec 2027 that is
        // 240 + 152 months = 32 years -> the III/d step at MKG 32, exactly, without the caller's help
        String nip = nip("19691120199403");
        UUID unit = UUID.randomUUID();
        events.send("D110", UUID.randomUUID(), nip, LocalDate.of(1969, 11, 20), 1, "employee-registered", List.of(
                new org.openasn.events.personnel.EmploymentPeriod(LocalDate.of(1994, 3, 1), LocalDate.of(2015, 4, 1), "PNS", "01", true, null,
                        "III/a", LocalDate.of(1994, 3, 1), "4", null, null, "Pengadministrasi Umum", null, "LAINNYA", "ADMINISTRATION", unit,
                        "40", null, UUID.randomUUID(), "cpns-appointed", 0, 0),
                new org.openasn.events.personnel.EmploymentPeriod(LocalDate.of(2015, 4, 1), null, "PNS", "01", true, null,
                        "III/d", LocalDate.of(2015, 4, 1), "4", null, null, "Pengadministrasi Umum", null, "LAINNYA", "ADMINISTRATION", unit,
                        "40", null, UUID.randomUUID(), "promoted", 20, 0)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer"))
                .get("/employees/{nip}/pension-estimate", nip).then().statusCode(200)
                .body("estimate.status", equalTo("COMPLETE")).body("estimate.masaKerjaGolongan", equalTo(32))
                .body("estimate.dasarPensiun", equalTo(5_180_700)).body("estimate.pensiunPokok.amount", equalTo(3_885_525))
                .body("estimate.steps.find { it.step == 'masa kerja golongan' }.explanation", containsString("the SK of TMT 2015-04-01")));
    }

    @Test
    void shouldEstimateADisabilityRetirementOnTheDateGiven() throws Exception {
        // born 12 Jun 1995, CPNS 1 Mar 2022 in III/a, pelaksana (BUP 58: TMT pensiun 1 Jul 2053); retired for a disability on
        // 1 Mar 2025: 3 years of masa kerja, III/a at MKG 2 (PP 5/2024) = 2,873,500
        String nip = nip("19950612202203");
        events.send("D110", UUID.randomUUID(), nip, LocalDate.of(1995, 6, 12), 1, "employee-registered",
                List.of(PersonnelEvents.pns(LocalDate.of(2022, 3, 1), "III/a", "4", null, "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION", null)));

        // in the line of duty: 75% whatever the years = 2,155,125; janda/duda 36% = 1,034,460, raised to 75% of the lowest
        // gaji pokok 1,685,700 = 1,264,275
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer"))
                .queryParam("retirementKind", "DISABILITY_IN_DUTY").queryParam("tmtPensiun", "2025-03-01").queryParam("masaKerjaGolongan", 2)
                .get("/employees/{nip}/pension-estimate", nip).then().statusCode(200)
                .body("retirementKind", equalTo("DISABILITY_IN_DUTY")).body("tmtPensiun", equalTo("2025-03-01"))
                .body("salaryTable.legalBasis", containsString("PP 5/2024"))
                .body("estimate.status", equalTo("COMPLETE")).body("estimate.masaKerjaYears", equalTo(3))
                .body("estimate.dasarPensiun", equalTo(2_873_500)).body("estimate.percentage", equalTo(75))
                .body("estimate.pensiunPokok.amount", equalTo(2_155_125)).body("estimate.pensiunJandaDuda.amount", equalTo(1_264_275))
                .body("estimate.steps.find { it.step == 'percentage' }.explanation", containsString("UU 11/1969 art. 11 (1) b jo. art. 9 (1) b"))
                .body("estimate.steps.find { it.step == 'floor' }.explanation", containsString("above the lowest gaji pokok Rp 1,685,700")));

        // not in the line of duty: fewer than 4 years, no pension is due, and the estimate says why
        given().auth().oauth2(TestTokens.self(nip)).queryParam("retirementKind", "DISABILITY_NOT_IN_DUTY").queryParam("tmtPensiun", "2025-03-01")
                .queryParam("masaKerjaGolongan", 2).get("/employees/{nip}/pension-estimate", nip).then().statusCode(200)
                .body("estimate.status", equalTo("UNAVAILABLE")).body("estimate.pensiunPokok.amount", nullValue())
                .body("estimate.pensiunPokok.status", equalTo("UNAVAILABLE")).body("estimate.pensiunJandaDuda.amount", nullValue())
                .body("estimate.dasarPensiun", equalTo(2_873_500))
                .body("estimate.missing", hasItem(containsString("no pension is due")))
                .body("estimate.missing", hasItem(containsString("UU 11/1969 art. 9 (1) c")))
                .body("estimate.steps.find { it.step == 'entitlement' }.value", equalTo("not entitled"));

        given().auth().oauth2(TestTokens.of("viewer")).queryParam("retirementKind", "UZUR").get("/employees/{nip}/pension-estimate", nip)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("retirementKind"))
                .body("violations[0].message", equalTo("'UZUR' is not one of [BUP, DISABILITY_IN_DUTY, DISABILITY_NOT_IN_DUTY]"));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("retirementKind", "DISABILITY_IN_DUTY").get("/employees/{nip}/pension-estimate", nip)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("tmtPensiun"))
                .body("violations[0].message", equalTo("is required for retirementKind DISABILITY_IN_DUTY: the date of the disability retirement"));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("tmtPensiun", "2025-03-01").get("/employees/{nip}/pension-estimate", nip)
                .then().statusCode(400).body("violations[0].field", equalTo("tmtPensiun"))
                .body("violations[0].message", containsString("retirementKind BUP"));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("retirementKind", "DISABILITY_NOT_IN_DUTY").queryParam("tmtPensiun", "2053-08-01")
                .get("/employees/{nip}/pension-estimate", nip).then().statusCode(400)
                .body("violations[0].message", equalTo("must not be after the TMT pensiun at BUP, 2053-07-01"));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("retirementKind", "DISABILITY_NOT_IN_DUTY").queryParam("tmtPensiun", "2022-03-01")
                .get("/employees/{nip}/pension-estimate", nip).then().statusCode(400)
                .body("violations[0].message", equalTo("must be after TMT CPNS 2022-03-01"));

        var openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(openApi.getList("paths.'/employees/{nip}/pension-estimate'.get.parameters.name"),
                hasItems("masaKerjaGolongan", "retirementKind", "tmtPensiun"));
        assertEquals(List.of("BUP", "DISABILITY_IN_DUTY", "DISABILITY_NOT_IN_DUTY"), openApi.getList("components.schemas.RetirementKind.enum"));
    }

    @Test
    void shouldSayThePensionIsUnavailableForAPppk() throws Exception {
        String nip = "199204102024212" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        events.send("D110", UUID.randomUUID(), nip, LocalDate.of(1992, 4, 10), 1, "pppk-appointed", List.of(
                new org.openasn.events.personnel.EmploymentPeriod(LocalDate.of(2024, 4, 1), null, "PPPK", "71", true, null, "IX",
                        LocalDate.of(2024, 4, 1), "2", null, null, "Guru Ahli Pertama", "AHLI_PERTAMA", "GURU", "TEACHER", null, "40",
                        LocalDate.of(2029, 3, 31), UUID.randomUUID(), "pppk-appointed")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer"))
                .get("/employees/{nip}/pension-estimate", nip).then().statusCode(200)
                .body("estimate.status", equalTo("UNAVAILABLE")).body("estimate.pensiunPokok.amount", nullValue())
                .body("estimate.pensiunJandaDuda.status", equalTo("UNAVAILABLE"))
                .body("estimate.missing", hasItem(containsString("PPPK are not entitled to a pension"))));
    }

    @Test
    void shouldShowThePensionRulesWithTheSourceOfEachFigure() {
        given().auth().oauth2(TestTokens.of("integration")).get("/pension-rules").then().statusCode(200)
                .body("[0].effectiveFrom", equalTo("1969-01-01")).body("[0].legalBasis", containsString("UU 11/1969"))
                .body("[0].accrualPerYear", equalTo(0.025f)).body("[0].maxShare", equalTo(0.75f)).body("[0].minShare", equalTo(0.4f))
                .body("[0].widowShare", equalTo(0.36f)).body("[0].widowFloorShareOfLowest", equalTo(0.75f))
                .body("[0].maxShareSource", containsString("art. 11")).body("[0].widowFloorSource", containsString("art. 16"))
                .body("[0].lowestGajiPokokSource", containsString("lowest gaji pokok"))
                .body("[0].inDutyDisabilityShare", equalTo(0.75f)).body("[0].inDutyDisabilitySource", containsString("art. 11 (1) b jo. art. 9 (1) b"))
                .body("[0].disabilityMinYears", equalTo(4)).body("[0].disabilityMinYearsSource", containsString("art. 9 (1) c"));
        given().get("/pension-rules").then().statusCode(401);
    }

    @Test
    void shouldLoadANewSalaryTableAndUseItFromItsEffectiveDate() throws Exception {
        given().auth().oauth2(TestTokens.of("viewer")).get("/salary-tables").then().statusCode(200)
                .body("find { it.effectiveFrom == '2024-01-01' }.steps", equalTo(272))
                .body("find { it.effectiveFrom == '2024-01-01' }.legalBasis", containsString("PP 5/2024"));
        given().auth().oauth2(TestTokens.of("integration")).get("/salary-tables/{id}", "0c0c0c0c-0000-4000-8000-202401010001")
                .then().statusCode(200).body("steps", hasSize(272)).body("lowestGajiPokok", equalTo(1_685_700))
                .body("steps.find { it.golongan == 'IV/e' && it.mkg == 32 }.gajiPokok", equalTo(6_373_200));

        // a teacher (BUP 60) born 10 Mar 2001 retires on 1 Apr 2061, under a table loaded now and effective a few months before
        LocalDate effective = LocalDate.of(2060, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(400));
        String csv = "golongan_id,golongan,mkg,gaji_pokok\n11,I/a,0,1700000\n21,II/a,0,5000000\n21,II/a,1,5100000\n";
        given().auth().oauth2(TestTokens.of("operator")).contentType("text/csv").body(csv).queryParam("effectiveFrom", effective.toString())
                .queryParam("legalBasis", "PP 99/2059").queryParam("source", "test").post("/salary-tables").then().statusCode(403);
        given().auth().oauth2(TestTokens.of("admin")).contentType("text/csv").body("golongan_id,golongan,mkg,gaji_pokok\n21,II/b,0,5000000\n")
                .queryParam("legalBasis", "PP 99/2059").post("/salary-tables").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("effectiveFrom")).body("violations.field", hasItem("source"))
                .body("violations.message", hasItem("line 2: golongan id 21 is II/a, not II/b"));
        given().auth().oauth2(TestTokens.of("admin")).contentType("text/csv").body(csv).queryParam("effectiveFrom", effective.toString())
                .queryParam("legalBasis", "PP 99/2059").queryParam("source", "test annex").post("/salary-tables")
                .then().statusCode(201).header("Location", containsString("/salary-tables/")).body("steps", equalTo(3));
        given().auth().oauth2(TestTokens.of("admin")).contentType("text/csv").body(csv).queryParam("effectiveFrom", effective.toString())
                .queryParam("legalBasis", "PP 99/2059").queryParam("source", "again").post("/salary-tables")
                .then().statusCode(400).body("violations[0].message", containsString("already loaded"));

        // masa kerja 2025-01-01 to 2061-04-01 = 36 years -> 75%; II/a MKG 33 -> the MKG 1 step 5,100,000 -> 3,825,000;
        // janda/duda 36% = 1,836,000 (above 75% of the table's lowest, 1,700,000)
        String nip = nip("20010310202501");
        events.send("D110", UUID.randomUUID(), nip, LocalDate.of(2001, 3, 10), 1, "employee-registered",
                List.of(PersonnelEvents.pns(LocalDate.of(2025, 1, 1), "II/a", "2", null, "Guru Pertama", "GURU", "TEACHER", null)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer"))
                .queryParam("masaKerjaGolongan", 33).get("/employees/{nip}/pension-estimate", nip).then().statusCode(200)
                .body("tmtPensiun", equalTo("2061-04-01")).body("salaryTable.legalBasis", equalTo("PP 99/2059"))
                .body("estimate.dasarPensiun", equalTo(5_100_000)).body("estimate.pensiunPokok.amount", equalTo(3_825_000))
                .body("estimate.pensiunJandaDuda.amount", equalTo(1_836_000)).body("estimate.status", equalTo("COMPLETE")));
    }
}
