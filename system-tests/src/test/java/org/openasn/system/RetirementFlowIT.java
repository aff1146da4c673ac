package org.openasn.system;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openasn.infra.LocalInfra;
import org.openasn.infra.process.Ports;
import org.openasn.infra.process.RunDirectory;
import org.openasn.infra.stack.ServiceLauncher;
import org.openasn.infra.stack.ServiceProcess;
import org.openasn.infra.stack.ServiceSettings;
import org.openasn.infra.token.SigningKeys;
import org.openasn.infra.token.TokenIssuer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The three packaged services on real PostgreSQL and Kafka: an employee recorded in personnel-service gets a
 * retirement projection, retirement-service announces RetirementDue on TMT pensiun, personnel-service records the
 * retirement, and reporting-service counts one BUP reduction in that month.
 */
class RetirementFlowIT {

    private static final String AGENCY = "RFLOW";

    private static LocalInfra infra;
    private static Path work;
    private static ServiceProcess personnel;
    private static ServiceProcess retirement;
    private static ServiceProcess reporting;
    private static TokenIssuer tokens;

    @BeforeAll
    static void startSystem() throws Exception {
        infra = LocalInfra.start(LocalInfra.Options.throwaway());
        work = Files.createTempDirectory("openasn-retirement-flow");
        SigningKeys keys = SigningKeys.loadOrCreate(work.resolve("keys"));
        tokens = new TokenIssuer(keys, TokenIssuer.DEFAULT_ISSUER);
        ServiceLauncher launcher = ServiceLauncher.fromRepoRootProperty().recordingIn(RunDirectory.claim(work.resolve("run")));
        Path key = work.resolve("keys").resolve(SigningKeys.PUBLIC_FILE);
        personnel = launcher.start("personnel-service", Ports.free(), ServiceSettings.forLocalInfra(infra, "personnel", key), work);
        retirement = launcher.start("retirement-service", Ports.free(), ServiceSettings.forLocalInfra(infra, "retirement", key), work);
        reporting = launcher.start("reporting-service", Ports.free(), ServiceSettings.forLocalInfra(infra, "reporting", key), work);
        for (ServiceProcess service : List.of(personnel, retirement, reporting)) {
            service.awaitReady(Duration.ofMinutes(3));
        }
    }

    @AfterAll
    static void stopSystem() {
        for (AutoCloseable closeable : new AutoCloseable[]{personnel, retirement, reporting, infra}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
        }
        if (work != null) {
            RunDirectory.deleteRecursively(work);
        }
        if (infra != null) {
            RunDirectory.deleteRecursively(infra.dir());
        }
    }

    private static RequestSpecification as(ServiceProcess service, String role) {
        return given().baseUri(service.baseUrl()).auth().oauth2(tokens.issue("it-" + role, List.of(role), AGENCY, null, Instant.now(), Duration.ofHours(1)));
    }

    @Test
    void anEmployeeReachingTmtPensiunIsRetiredAndCountedAsABupReduction() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        YearMonth thisMonth = YearMonth.from(today);
        LocalDate birth = thisMonth.minusMonths(1).atDay(10).minusYears(58);
        LocalDate tmtPensiun = thisMonth.atDay(1);
        LocalDate tmtCpns = LocalDate.of(1995, 3, 1);
        String nip = String.format("%04d%02d%02d%04d%02d1%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                tmtCpns.getYear(), tmtCpns.getMonthValue(), 7);
        String unit = as(personnel, "operator").contentType(ContentType.JSON)
                .body(Map.of("code", "SETDA", "name", "Sekretariat Daerah", "validFrom", "1990-01-01"))
                .post("/agencies/{instansi}/units", AGENCY).then().statusCode(201).extract().path("id");
        Map<String, Object> person = new LinkedHashMap<>(Map.of("nip", nip, "name", "Sutrisno", "birthDate", birth.toString(), "gender", "L"));
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("kind", "cpns-appointed");
        appointment.put("person", person);
        appointment.put("skNumber", "813/CPNS/1995");
        appointment.put("skDate", "1995-02-01");
        appointment.put("tmt", tmtCpns.toString());
        appointment.put("reason", "Pengadaan CPNS 1995");
        appointment.put("golongan", "II/a");
        appointment.put("position", Map.of("jenisJabatan", "4", "name", "Pengadministrasi Umum", "group", "LAINNYA"));
        appointment.put("unitId", unit);
        appointment.put("pendidikan", "15");
        as(personnel, "operator").contentType(ContentType.JSON).body(appointment).post("/agencies/{instansi}/employees", AGENCY)
                .then().statusCode(201);

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> as(retirement, "viewer").get("/employees/{nip}/retirement", nip)
                .then().statusCode(200).body("bupAge", equalTo(58)).body("tmtPensiun", equalTo(tmtPensiun.toString())));
        as(retirement, "admin").post("/admin/retirement-due/run").then().statusCode(200).body("emitted", equalTo(1));

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> as(personnel, "viewer").queryParam("asOf", tmtPensiun.toString())
                .get("/employees/{nip}", nip).then().statusCode(200).body("state.separation", equalTo("RETIRED_BUP")));
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> as(reporting, "viewer").queryParam("instansi", AGENCY)
                .queryParam("month", thisMonth.toString()).get("/headcounts/flows").then().statusCode(200)
                .body("reductions", equalTo(Map.of("RETIRED_BUP", 1))).body("closing", equalTo(0)).body("reconciles", equalTo(true)));
        as(retirement, "admin").post("/admin/retirement-due/run").then().statusCode(200).body("emitted", equalTo(0));
    }
}
