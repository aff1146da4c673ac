package org.openasn.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The three packaged services on real PostgreSQL and Kafka: an employee recorded in personnel-service gets a
 * retirement projection, retirement-service announces RetirementDue on TMT pensiun, personnel-service records the
 * retirement, reporting-service counts one BUP reduction in that month, and retirement-service learns of the retirement
 * (the employee is no longer employed nor overdue, and is not announced again).
 */
class RetirementFlowIT {

    private static final String AGENCY = "RFLOW";

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.start(AGENCY, "personnel", "retirement", "reporting");
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
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
        String unit = system.as("personnel", "operator").contentType(ContentType.JSON)
                .body(Map.of("code", "SETDA", "name", "Sekretariat Daerah", "validFrom", "1990-01-01"))
                .post("/agencies/{instansi}/units", AGENCY).then().statusCode(201).extract().path("id");
        Map<String, Object> person = new LinkedHashMap<>(Map.of("nip", nip, "name", "Sutrisno", "birthDate", birth.toString(), "gender", "L"));
        Map<String, Object> appointment = CpnsAppointment.of(person, tmtCpns, "II/a", unit, "15");
        system.as("personnel", "operator").contentType(ContentType.JSON).body(appointment).post("/agencies/{instansi}/employees", AGENCY)
                .then().statusCode(201);

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> system.as("retirement", "viewer").get("/employees/{nip}/retirement", nip)
                .then().statusCode(200).body("bupAge", equalTo(58)).body("tmtPensiun", equalTo(tmtPensiun.toString())));
        // appointed after today's run with a TMT pensiun already come, the employee was announced when projected: the job
        // finds nothing left to announce
        system.as("retirement", "admin").post("/admin/retirement-due/run").then().statusCode(200).body("emitted", equalTo(0));

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> system.as("personnel", "viewer").queryParam("asOf", tmtPensiun.toString())
                .get("/employees/{nip}", nip).then().statusCode(200).body("state.separation", equalTo("RETIRED_BUP")));
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> system.as("reporting", "viewer").queryParam("instansi", AGENCY)
                .queryParam("month", thisMonth.toString()).get("/headcounts/flows").then().statusCode(200)
                .body("reductions", equalTo(Map.of("RETIRED_BUP", 1))).body("closing", equalTo(0)).body("reconciles", equalTo(true)));
        // the retirement comes back to retirement-service as a personnel event: no longer employed, so not overdue, and never
        // announced again
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> system.as("retirement", "viewer").get("/employees/{nip}/retirement", nip)
                .then().statusCode(200).body("employed", equalTo(false)).body("separation", equalTo("RETIRED_BUP")));
        system.as("retirement", "viewer").queryParam("instansi", AGENCY).get("/retirements/overdue").then().statusCode(200)
                .body("size()", equalTo(0));
        system.as("retirement", "admin").post("/admin/retirement-due/run").then().statusCode(200).body("emitted", equalTo(0));
    }
}
