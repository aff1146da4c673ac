package org.openasn.retirement.forecast;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reference.position.BupCategory;
import org.openasn.retirement.support.PersonnelEvents;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forecast, what-if and nominative list of one agency of five employees published as personnel events:
 * <pre>
 *   A pelaksana III/b, unit 1, born 1970-03-15: BUP 58 -> TMT 2028-04-01 (what-if: 60 -> 2030-04-01)
 *   B pelaksana III/b, unit 2, born 1968-06-10: 58 on 2026-06-10, before the what-if's 2027 -> TMT 2026-07-01 either way
 *   C guru IV/a, unit 2, born 1967-09-01: BUP 60 -> TMT 2027-10-01 either way
 *   D administrator (eselon III.a) III/d, unit 1, born 1969-01-20: 58 -> TMT 2027-02-01 (what-if: 2029-02-01)
 *   E pelaksana III/c, unit 1, born 1970-08-01, moved out on 2026-05-01: would retire 2028-09-01 (what-if 2030-09-01)
 * </pre>
 */
@QuarkusTest
class ForecastTest {

    private static final String AGENCY = "W" + UUID.randomUUID().toString().substring(0, 6);
    private static final UUID UNIT_1 = UUID.randomUUID();
    private static final UUID UNIT_2 = UUID.randomUUID();
    private static final UUID A = UUID.randomUUID();
    private static final String NIP_A = "197003151995031001";
    private static final String NIP_D = "196901201995031004";
    private static boolean published;
    private static PersonnelEvents events;

    @BeforeAll
    static void connect() {
        events = new PersonnelEvents();
    }

    /** Publishes the five employees once, before the first test (REST Assured is set up only around each test). */
    @BeforeEach
    void publishOnce() throws Exception {
        if (published) {
            return;
        }
        published = true;
        LocalDate start = LocalDate.of(1995, 3, 1);
        events.send(AGENCY, A, NIP_A, LocalDate.of(1970, 3, 15), 1, "employee-registered",
                List.of(PersonnelEvents.pns(start, "III/b", "4", null, "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION", UNIT_1)));
        events.send(AGENCY, UUID.randomUUID(), "196806101995031002", LocalDate.of(1968, 6, 10), 1, "employee-registered",
                List.of(PersonnelEvents.pns(start, "III/b", "4", null, "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION", UNIT_2)));
        events.send(AGENCY, UUID.randomUUID(), "196709011995032003", LocalDate.of(1967, 9, 1), 1, "employee-registered",
                List.of(PersonnelEvents.pns(start, "IV/a", "2", null, "Guru Ahli Madya", "GURU", "TEACHER", UNIT_2)));
        events.send(AGENCY, UUID.randomUUID(), NIP_D, LocalDate.of(1969, 1, 20), 1, "employee-registered",
                List.of(PersonnelEvents.pns(start, "III/d", "1", "31", "Sekretaris Dinas", "LAINNYA", "ADMINISTRATION", UNIT_1)));
        EmploymentPeriod before = new EmploymentPeriod(start, LocalDate.of(2026, 5, 1), "PNS", "01", true, null, "III/c", start, "4", null, null,
                "Pengadministrasi Umum", null, "LAINNYA", "ADMINISTRATION", UNIT_1, "40", null, UUID.randomUUID(), "employee-registered");
        EmploymentPeriod after = PersonnelEvents.separated(before, LocalDate.of(2026, 5, 1), "01", "TRANSFERRED_OUT", "transferred-out");
        events.send(AGENCY, UUID.randomUUID(), "197008011995031005", LocalDate.of(1970, 8, 1), 1, "transferred-out", List.of(before, after));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> forecast(Map.of("asOf", "2026-01-01")).statusCode(200).body("total", equalTo(5)));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    private static ValidatableResponse forecast(Map<String, ?> params) {
        Map<String, Object> all = new HashMap<>(Map.of("instansi", AGENCY, "from", "2026-01", "years", 5));
        all.putAll(params);
        return forecastOf(AGENCY, all);
    }

    /** The forecast with exactly {@code params}, as a viewer of {@code agency} asks it. */
    private static ValidatableResponse forecastOf(String agency, Map<String, ?> params) {
        return given().auth().oauth2(TestTokens.of("viewer", agency)).queryParams(params).get("/forecasts/retirements").then();
    }

    @Test
    void shouldDocumentTheSameQueryParametersForTheForecastAndTheWhatIf() {
        List<String> shared = List.of("instansi", "from", "years", "asOf", "unitId", "golongan", "jenisJabatan", "kind");
        var openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        List<String> forecast = openApi.getList("paths.'/forecasts/retirements'.get.parameters.name");
        List<String> whatIf = openApi.getList("paths.'/forecasts/retirements/what-if'.post.parameters.name");
        assertTrue(forecast.containsAll(shared) && forecast.contains("format"), forecast.toString());
        assertTrue(whatIf.containsAll(shared), whatIf.toString());
    }

    @Test
    void shouldNameAMalformedParameterAndDocumentWhatComesBack() {
        forecast(Map.of("years", "abc")).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("years")).body("violations[0].message", containsString("'abc' is not a whole number"));
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParams(Map.of("instansi", AGENCY, "from", "2026-13-01", "to", "2027-01-01"))
                .get("/retirements").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("from")).body("violations[0].message", containsString("is not a date yyyy-MM-dd"));
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParams(Map.of("instansi", AGENCY, "from", "2027-01-01", "to", "2026-01-01"))
                .get("/forecasts/pppk-contracts").then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", "A\u0000B").get("/retirements/overdue").then().statusCode(400)
                .body("violations[0].field", equalTo("instansi")).body("violations[0].message", containsString("NUL"));

        var openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String operation : List.of("'/forecasts/retirements'.get", "'/forecasts/retirements/what-if'.post", "'/retirements'.get")) {
            assertTrue(openApi.getMap("paths." + operation + ".responses").keySet().containsAll(List.of("200", "400")), operation);
        }
        assertTrue(openApi.getMap("paths.'/employees/{nip}/retirement'.get.responses").containsKey("404"));
    }

    @Test
    void shouldForecastPerMonthByGolonganJenisJabatanAndUnitAsOfADate() {
        forecast(Map.of("asOf", "2026-01-01")).statusCode(200).body("months", equalTo(60)).body("total", equalTo(5))
                .body("monthly.find { it.month == '2026-07' }.byGolonganAndJenisJabatan", equalTo(Map.of("III x 4", 1)))
                .body("monthly.find { it.month == '2027-02' }.byGolonganAndJenisJabatan", equalTo(Map.of("III x 1", 1)))
                .body("monthly.find { it.month == '2027-02' }.byUnit", equalTo(Map.of(UNIT_1.toString(), 1)))
                .body("monthly.find { it.month == '2027-02' }.eselonPostsFallingVacant", contains("Sekretaris Dinas (eselon 31): Pegawai 1004"))
                .body("monthly.find { it.month == '2027-10' }.byGolongan", equalTo(Map.of("IV", 1)))
                .body("monthly.find { it.month == '2027-10' }.byJenisJabatan", equalTo(Map.of("2", 1)))
                .body("monthly.find { it.month == '2028-04' }.total", equalTo(1))
                .body("monthly.find { it.month == '2028-09' }.total", equalTo(1));
        // as of 1 June 2026 E had already moved out: not counted
        forecast(Map.of("asOf", "2026-06-01")).statusCode(200).body("total", equalTo(4))
                .body("monthly.find { it.month == '2028-09' }.total", equalTo(0));
        forecast(Map.of("asOf", "2026-01-01", "unitId", UNIT_1.toString())).statusCode(200).body("total", equalTo(3));
        forecast(Map.of("asOf", "2026-01-01", "golongan", "IV")).statusCode(200).body("total", equalTo(1));
        forecast(Map.of("asOf", "2026-01-01", "golongan", "III/d")).statusCode(200).body("total", equalTo(1))
                .body("monthly.find { it.month == '2027-02' }.total", equalTo(1));
        forecast(Map.of("asOf", "2026-01-01", "jenisJabatan", "4")).statusCode(200).body("total", equalTo(3));

        forecast(Map.of("golongan", "V/z")).statusCode(400).body("violations[0].field", equalTo("golongan"));
        forecast(Map.of("years", 11)).statusCode(400).body("violations[0].field", equalTo("years"));
        forecast(Map.of("from", "2026-13")).statusCode(400).body("violations[0].field", equalTo("from"));
        forecast(Map.of("asOf", "yesterday")).statusCode(400).body("violations[0].field", equalTo("asOf"));
        // a signed nine-digit year parses as ISO, but a month later is beyond a date: a 400, not a 500
        forecast(Map.of("asOf", "+999999999-12-31")).statusCode(400).body("violations[0].field", equalTo("asOf"));
        forecast(Map.of("from", "+999999999-12")).statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.of("viewer", "OTHER")).queryParam("instansi", AGENCY).get("/forecasts/retirements").then().statusCode(403);
    }

    /** A BUP retirement recorded on 1 January counts in January also in a forecast as of later in the month. */
    @Test
    void shouldCountARetirementRecordedThisMonthAsOfLaterInTheMonth() {
        String agency = "W" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate start = LocalDate.of(1995, 3, 1);
        LocalDate tmt = LocalDate.of(2026, 1, 1);
        // born 10 December 1967, a pelaksana: 58 on 10 December 2025, TMT pensiun 1 January 2026, recorded as retired
        EmploymentPeriod serving = new EmploymentPeriod(start, tmt, "PNS", "01", true, null, "III/d", start, "4", null, null,
                "Pengadministrasi Umum", null, "LAINNYA", "ADMINISTRATION", UNIT_1, "40", null, UUID.randomUUID(), "employee-registered");
        EmploymentPeriod retired = PersonnelEvents.separated(serving, tmt, "01", "RETIRED_BUP", "retired");
        events.send(agency, UUID.randomUUID(), "196712101995031006", LocalDate.of(1967, 12, 10), 1, "retired", List.of(serving, retired));
        Map<String, Object> params = new HashMap<>(Map.of("instansi", agency, "from", "2026-01", "years", 1, "asOf", "2026-01-15"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> forecastOf(agency, params).statusCode(200).body("total", equalTo(1))
                .body("monthly.find { it.month == '2026-01' }.total", equalTo(1)));
        // before the window it is not counted
        params.put("from", "2026-02");
        forecastOf(agency, params).statusCode(200).body("total", equalTo(0));
    }

    /** Employees whose position tells no BUP category are in no month; the forecast says how many there are. */
    @Test
    void shouldCountThoseItCannotForecastForWantOfABupCategory() {
        String agency = "W" + UUID.randomUUID().toString().substring(0, 6);
        events.send(agency, UUID.randomUUID(), "197003101995031010", LocalDate.of(1970, 3, 10), 1, "employee-registered",
                List.of(PersonnelEvents.pns(LocalDate.of(1995, 3, 1), "III/b", "4", null, "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION", UNIT_1)));
        // a fungsional tertentu whose jenjang is not recorded: no BUP category
        events.send(agency, UUID.randomUUID(), "197003111995031011", LocalDate.of(1970, 3, 11), 1, "employee-registered",
                List.of(PersonnelEvents.pns(LocalDate.of(1995, 3, 1), "III/c", "2", null, "Analis Kebijakan", "LAINNYA", null, UNIT_1)));
        // another, who left in 2025
        EmploymentPeriod serving = PersonnelEvents.pns(LocalDate.of(1995, 3, 1), "III/c", "2", null, "Analis Kebijakan", "LAINNYA", null, UNIT_1);
        EmploymentPeriod left = PersonnelEvents.separated(serving, LocalDate.of(2025, 6, 1), "99", "RESIGNED", "resigned");
        events.send(agency, UUID.randomUUID(), "197003121995031012", LocalDate.of(1970, 3, 12), 2, "resigned", List.of(serving, left));
        Map<String, Object> params = new HashMap<>(Map.of("instansi", agency, "from", "2028-01", "years", 1, "asOf", "2026-01-01"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> forecastOf(agency, params).statusCode(200).body("total", equalTo(1))
                .body("withoutBupCategory", equalTo(1)));
        params.put("asOf", "2025-05-31");
        forecastOf(agency, params).statusCode(200).body("withoutBupCategory", equalTo(2));
        params.put("kind", "PPPK");
        forecastOf(agency, params).statusCode(200).body("withoutBupCategory", equalTo(0));
    }

    /** PNS group III and PPPK golongan III are told apart, in the breakdown and in the filter. */
    @Test
    void shouldTellAPnsGroupFromThePppkGolonganOfTheSameNumeralAndFilterByKind() {
        String agency = "W" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate start = LocalDate.of(2022, 3, 1);
        // both pelaksana born in March 1970: TMT pensiun 1 April 2028
        events.send(agency, UUID.randomUUID(), "197003101995031007", LocalDate.of(1970, 3, 10), 1, "employee-registered",
                List.of(PersonnelEvents.pns(LocalDate.of(1995, 3, 1), "III/b", "4", null, "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION", UNIT_1)));
        EmploymentPeriod pppk = new EmploymentPeriod(start, null, "PPPK", "71", true, null, "III", start, "4", null, null,
                "Pengelola Umum", null, "LAINNYA", "ADMINISTRATION", UNIT_1, "20", LocalDate.of(2028, 3, 31), UUID.randomUUID(), "pppk-appointed");
        events.send(agency, UUID.randomUUID(), "197003122022211008", LocalDate.of(1970, 3, 12), 1, "pppk-appointed", List.of(pppk));
        Map<String, Object> params = new HashMap<>(Map.of("instansi", agency, "from", "2028-01", "years", 1, "asOf", "2026-01-01"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> forecastOf(agency, params).statusCode(200)
                .body("monthly.find { it.month == '2028-04' }.byGolongan", equalTo(Map.of("III", 1, "PPPK III", 1))));
        for (Map.Entry<String, Integer> filter : Map.of("III", 1, "PPPK III", 1, "III/b", 1, "IV", 0).entrySet()) {
            params.put("golongan", filter.getKey());
            forecastOf(agency, params).statusCode(200).body("total", equalTo(filter.getValue()));
        }
        params.put("golongan", "PPPK III/b");
        forecastOf(agency, params).statusCode(400).body("violations[0].field", equalTo("golongan"));
        // by kind: PNS (with CPNS), as the staffing profile's Table 3.16 counts them, or PPPK
        params.remove("golongan");
        for (Map.Entry<String, String> kind : Map.of("PNS", "III", "PPPK", "PPPK III").entrySet()) {
            params.put("kind", kind.getKey());
            forecastOf(agency, params).statusCode(200)
                    .body("total", equalTo(1)).body("monthly.find { it.month == '2028-04' }.byGolongan", equalTo(Map.of(kind.getValue(), 1)));
            given().auth().oauth2(TestTokens.of("viewer", agency)).queryParams(Map.of("instansi", agency, "from", "2028-04-01", "to", "2028-04-30",
                    "kind", kind.getKey())).get("/retirements").then().statusCode(200).body("kind", contains(kind.getKey()));
        }
        params.put("kind", "HONORER");
        forecastOf(agency, params).statusCode(400)
                .body("violations[0].field", equalTo("kind")).body("violations[0].message", containsString("PNS, PPPK"));
    }

    @Test
    void shouldGiveTheForecastAsCsv() {
        String csv = given().auth().oauth2(TestTokens.of("integration", AGENCY)).queryParams(Map.of("instansi", AGENCY, "from", "2026-01",
                "asOf", "2026-01-01", "format", "csv")).get("/forecasts/retirements").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString(".csv")).extract().asString();
        assertEquals(List.of("RINCIAN,BULAN TMT PENSIUN,GOLONGAN,JENIS JABATAN,UNIT KERJA ID,JUMLAH",
                "GOLONGAN x JENIS JABATAN,2026-07,III,4,,1", "GOLONGAN x JENIS JABATAN,2027-02,III,1,,1", "GOLONGAN x JENIS JABATAN,2027-10,IV,2,,1",
                "GOLONGAN x JENIS JABATAN,2028-04,III,4,,1", "GOLONGAN x JENIS JABATAN,2028-09,III,4,,1",
                "UNIT KERJA,2026-07,,," + UNIT_2 + ",1", "UNIT KERJA,2027-02,,," + UNIT_1 + ",1", "UNIT KERJA,2027-10,,," + UNIT_2 + ",1",
                "UNIT KERJA,2028-04,,," + UNIT_1 + ",1", "UNIT KERJA,2028-09,,," + UNIT_1 + ",1"), List.of(csv.split("\r\n")));
    }

    @Test
    void shouldListWhoRetiresWithFiltersAsJsonAndCsv() {
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParams(Map.of("instansi", AGENCY, "from", "2026-01-01", "to", "2030-12-31"))
                .get("/retirements").then().statusCode(200)
                .body("nip", contains("196806101995031002", NIP_D, "196709011995032003", NIP_A, "197008011995031005"))
                .body("[4].separation", equalTo("TRANSFERRED_OUT"));
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParams(Map.of("instansi", AGENCY, "from", "2026-06-01", "to", "2030-12-31",
                "unitId", UNIT_1.toString())).get("/retirements").then().statusCode(200).body("nip", contains(NIP_D, NIP_A));
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParams(Map.of("instansi", AGENCY, "from", "2026-01-01", "to", "2030-12-31",
                "golongan", "III", "jenisJabatan", "1")).get("/retirements").then().statusCode(200).body("nip", contains(NIP_D));

        String csv = given().auth().oauth2(TestTokens.of("viewer", AGENCY)).accept("text/csv")
                .queryParams(Map.of("instansi", AGENCY, "from", "2026-01-01", "to", "2028-12-31", "golongan", "III"))
                .get("/retirements").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("NO,NIP,NAMA,TANGGAL LAHIR,JENIS PEGAWAI,GOLONGAN,JENIS JABATAN,JABATAN,UNIT KERJA ID,BUP,TANGGAL BUP,TMT PENSIUN,DASAR HUKUM,STATUS,TMT PENSIUN PERPANJANGAN BUP,BUP DIHITUNG MULAI",
                lines.get(0));
        assertEquals(5, lines.size(), csv); // B, D, A, E (C is golongan IV)
        List<String> d = parse(lines.get(2));
        // a viewer sees the month and year of birth and of BUP, not the day (personal data)
        assertEquals(List.of("2", NIP_D, "Pegawai 1004", "1969-01", "PNS", "III/d", "1", "Sekretaris Dinas", UNIT_1.toString(), "58",
                "2027-01", "2027-02-01"), d.subList(0, 12));
        assertEquals("PP 11/2017 jo. PP 17/2020; UU 20/2023; UU 14/2005 (guru, dosen)", d.get(12));
        assertEquals("AKTIF", d.get(13));
        assertEquals(List.of("4", "197008011995031005"), parse(lines.get(4)).subList(0, 2));
        assertEquals("TRANSFERRED_OUT", parse(lines.get(4)).get(13));

        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParams(Map.of("instansi", AGENCY, "from", "2027-01-01", "to", "2026-12-31"))
                .get("/retirements").then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParams(Map.of("instansi", AGENCY, "from", "2027-01-01", "to", "2027-12-31",
                "format", "pdf")).get("/retirements").then().statusCode(400);
    }

    @Test
    void shouldShowTheBirthDateOnlyToAdminTheAgencysOperatorAndTheEmployee() {
        Map<String, String> period = Map.of("instansi", AGENCY, "from", "2027-02-01", "to", "2027-02-01");
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParams(period).get("/retirements").then().statusCode(200)
                .body("[0].nip", equalTo(NIP_D)).body("[0].birthMonth", equalTo("1969-01")).body("[0].birthDate", equalTo(null))
                .body("[0].bupMonth", equalTo("2027-01")).body("[0].bupDate", equalTo(null)).body("[0].tmtPensiun", equalTo("2027-02-01"));
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).get("/employees/{nip}/retirement", NIP_D).then().statusCode(200)
                .body("birthMonth", equalTo("1969-01")).body("birthDate", equalTo(null)).body("bupDate", equalTo(null));
        for (String role : List.of("operator", "admin")) {
            given().auth().oauth2(TestTokens.of(role, AGENCY)).queryParams(period).get("/retirements").then().statusCode(200)
                    .body("[0].birthDate", equalTo("1969-01-20")).body("[0].bupDate", equalTo("2027-01-20"));
            given().auth().oauth2(TestTokens.of(role, AGENCY)).get("/employees/{nip}/retirement", NIP_D).then().statusCode(200)
                    .body("birthDate", equalTo("1969-01-20"));
        }
        String csv = given().auth().oauth2(TestTokens.of("operator", AGENCY)).queryParams(period).queryParam("format", "csv")
                .get("/retirements").then().statusCode(200).extract().asString();
        assertEquals(List.of("1969-01-20", "2027-01-20"), List.of(parse(csv.split("\r\n")[1]).get(3), parse(csv.split("\r\n")[1]).get(10)));
        given().auth().oauth2(TestTokens.self(NIP_D)).get("/employees/{nip}/retirement", NIP_D).then().statusCode(200)
                .body("birthDate", equalTo("1969-01-20"));
        given().auth().oauth2(TestTokens.self(NIP_A)).get("/employees/{nip}/retirement", NIP_D).then().statusCode(404);
    }

    @Test
    void shouldSimulateARuleChangeBesideTheCurrentForecastWithoutWritingAnything() {
        int versionsBefore = given().auth().oauth2(TestTokens.of("viewer")).get("/bup-rules").then().extract().path("size()");
        Map<String, Integer> ages = statutoryAgesBut(60);
        whatIfFrom2027(ages)
                .body("currentTotal", equalTo(5)).body("simulatedTotal", equalTo(5))
                .body("monthly.find { it.month == '2026-07' }.difference", equalTo(0))
                .body("monthly.find { it.month == '2027-02' }.current", equalTo(1))
                .body("monthly.find { it.month == '2027-02' }.simulated", equalTo(0))
                .body("monthly.find { it.month == '2027-02' }.difference", equalTo(-1))
                .body("monthly.find { it.month == '2029-02' }.difference", equalTo(1))
                .body("monthly.find { it.month == '2028-04' }.difference", equalTo(-1))
                .body("monthly.find { it.month == '2030-04' }.difference", equalTo(1))
                .body("monthly.find { it.month == '2030-09' }.simulated", equalTo(1))
                .body("simulated.monthly.find { it.month == '2029-02' }.eselonPostsFallingVacant", contains("Sekretaris Dinas (eselon 31): Pegawai 1004"))
                .body("current.monthly.find { it.month == '2027-10' }.byGolonganAndJenisJabatan", equalTo(Map.of("IV x 2", 1)))
                .body("simulated.monthly.find { it.month == '2027-10' }.byGolonganAndJenisJabatan", equalTo(Map.of("IV x 2", 1)));

        // nothing written: the same versions, the same projections
        given().auth().oauth2(TestTokens.of("viewer")).get("/bup-rules").then().body("size()", equalTo(versionsBefore));
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).get("/employees/{nip}/retirement", NIP_A).then()
                .body("tmtPensiun", equalTo("2028-04-01")).body("bupAge", equalTo(58));
        forecast(Map.of("asOf", "2026-01-01")).body("monthly.find { it.month == '2027-02' }.total", equalTo(1));

        Map<String, Integer> incomplete = new HashMap<>(ages);
        incomplete.remove("TEACHER");
        incomplete.put("ADMINISTRATION", 90);
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", "2027-01-01", "legalBasis", "simulation", "rules", incomplete))
                .queryParam("instansi", AGENCY).post("/forecasts/retirements/what-if").then().statusCode(400)
                .body("violations.field", hasItem("rules.TEACHER")).body("violations.field", hasItem("rules.ADMINISTRATION"));
    }

    /**
     * A what-if lowering BUP of administration to 56 from 1 January 2027. A (58 in March 2028) and E (58 in August 2028, left
     * in 2026 but counted as of 1 January 2026) reach 56 in March and August 2026, before the rule exists: BUP counts as
     * reached on 1 January 2027 and both retire on 1 February 2027, with D (56 in January 2025, 58 on 20 January 2027, so
     * under the new rule, deferred the same way). B reaches 58 in 2026, before the new rule, and C is a teacher (60 either way).
     */
    @Test
    void shouldSimulateALoweredAgeRetiringThosePastItAtTheEndOfItsFirstMonth() {
        whatIfFrom2027(statutoryAgesBut(56))
                .body("currentTotal", equalTo(5)).body("simulatedTotal", equalTo(5))
                .body("monthly.find { it.month == '2026-04' }.simulated", equalTo(0))
                .body("monthly.find { it.month == '2026-07' }.simulated", equalTo(1))
                .body("monthly.find { it.month == '2026-09' }.simulated", equalTo(0))
                .body("monthly.find { it.month == '2027-01' }.simulated", equalTo(0))
                .body("monthly.find { it.month == '2027-02' }.current", equalTo(1))
                .body("monthly.find { it.month == '2027-02' }.simulated", equalTo(3))
                .body("monthly.find { it.month == '2027-02' }.difference", equalTo(2))
                .body("monthly.find { it.month == '2027-10' }.difference", equalTo(0))
                .body("monthly.find { it.month == '2028-04' }.difference", equalTo(-1))
                .body("monthly.find { it.month == '2028-09' }.difference", equalTo(-1))
                .body("simulated.monthly.find { it.month == '2027-02' }.byGolonganAndJenisJabatan", equalTo(Map.of("III x 4", 2, "III x 1", 1)))
                .body("simulated.monthly.find { it.month == '2027-02' }.eselonPostsFallingVacant", contains("Sekretaris Dinas (eselon 31): Pegawai 1004"));
    }

    /** The statutory BUP ages, but {@code administration} for ADMINISTRATION. */
    private static Map<String, Integer> statutoryAgesBut(int administration) {
        Map<String, Integer> ages = new HashMap<>();
        for (BupCategory category : BupCategory.values()) {
            ages.put(category.name(), category.statutoryAge());
        }
        ages.put("ADMINISTRATION", administration);
        return ages;
    }

    /** The what-if of {@code ages} in force from 1 January 2027, for the shared agency's five years from 2026, as of 1 January 2026. */
    private static ValidatableResponse whatIfFrom2027(Map<String, Integer> ages) {
        return given().auth().oauth2(TestTokens.of("viewer", AGENCY)).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", "2027-01-01", "legalBasis", "simulation", "rules", ages))
                .queryParams(Map.of("instansi", AGENCY, "from", "2026-01", "years", 5, "asOf", "2026-01-01"))
                .post("/forecasts/retirements/what-if").then().statusCode(200);
    }

    @Test
    void shouldReflectAPersonnelChangeWithinSeconds() throws Exception {
        String agency = "R" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = UUID.randomUUID();
        LocalDate start = LocalDate.of(1995, 3, 1);
        events.send(agency, id, "197003151995031009", LocalDate.of(1970, 3, 15), 1, "employee-registered",
                List.of(PersonnelEvents.pns(start, "III/b", "4", null, "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION", UNIT_1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", agency))
                .queryParams(Map.of("instansi", agency, "from", "2026-01", "asOf", "2026-01-01")).get("/forecasts/retirements").then()
                .body("monthly.find { it.month == '2028-04' }.total", equalTo(1)));

        long sent = System.nanoTime();
        events.send(agency, id, "197003151995031009", LocalDate.of(1970, 3, 15), 2, "position-changed",
                List.of(PersonnelEvents.pns(start, "III/b", "4", null, "Pengadministrasi Umum", "LAINNYA", "ADMINISTRATION", UNIT_1),
                        PersonnelEvents.pns(LocalDate.of(2026, 1, 1), "III/b", "2", null, "Guru Ahli Muda", "GURU", "TEACHER", UNIT_1)));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", agency))
                .queryParams(Map.of("instansi", agency, "from", "2026-01", "asOf", "2026-01-01")).get("/forecasts/retirements").then()
                .body("monthly.find { it.month == '2028-04' }.total", equalTo(0))
                .body("monthly.find { it.month == '2030-04' }.byGolonganAndJenisJabatan", equalTo(Map.of("III x 2", 1))));
        System.out.printf("forecast reflected a position change %d ms after the event was published%n", (System.nanoTime() - sent) / 1_000_000);
    }

    /** Splits one CSV line (RFC 4180 quoting). */
    private static List<String> parse(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
