package org.openasn.reporting.headcount;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pindah antar instansi between two agencies of the platform, as personnel-service publishes it: the old agency's
 * transfer out, then the new agency's transfer in, whose timeline keeps the periods before the transfer in the old agency.
 * Each agency counts the employee for its own periods, and each month's flows reconcile on both sides.
 */
@QuarkusTest
class AgencyTransferHeadcountTest {

    @AutoClose
    private static final PersonnelEvents events = new PersonnelEvents();
    private static final LocalDate START = LocalDate.of(2015, 3, 1);
    private static final LocalDate TRANSFER = LocalDate.of(2026, 3, 1);
    private static final LocalDate BIRTH = LocalDate.of(1988, 5, 12);

    private final String oldAgency = "T" + UUID.randomUUID().toString().substring(0, 6);
    private final String newAgency = "U" + UUID.randomUUID().toString().substring(0, 6);

    private static EmploymentPeriod in(String instansi, LocalDate from, LocalDate to, String golongan, String separation, String cause) {
        EmploymentPeriod p = PersonnelEvents.period(from, to, "PNS", golongan, "4", null, separation, cause);
        return new EmploymentPeriod(p.validFrom(), p.validTo(), p.employeeKind(), p.kedudukanHukum(), p.inService(), p.separation(), p.golongan(),
                p.tmtGolongan(), p.jenisJabatan(), p.eselon(), p.jabatanId(), p.jabatanName(), p.jenjang(), p.positionGroup(), p.bupCategory(),
                p.unitId(), p.pendidikan(), p.contractEnd(), p.causeMutationId(), p.cause(), null, null, null, instansi);
    }

    private static long count(String instansi, String asOf, Instant knownAt) {
        var request = given().auth().oauth2(TestTokens.of("viewer", instansi)).queryParam("instansi", instansi).queryParam("asOf", asOf);
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt.toString());
        }
        return request.get("/headcounts").then().statusCode(200).extract().jsonPath().getLong("grandTotal");
    }

    private static JsonPath flows(String instansi, Instant knownAt) {
        var request = given().auth().oauth2(TestTokens.of("viewer", instansi)).queryParam("instansi", instansi).queryParam("month", "2026-03");
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt.toString());
        }
        return request.get("/headcounts/flows").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath table31(String instansi) {
        return given().auth().oauth2(TestTokens.of("viewer", instansi)).queryParam("instansi", instansi).queryParam("month", "2026-03")
                .get("/profile/tables/3.1").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldCountATransferredEmployeeInTheOldAgencyBeforeItsTmtAndInTheNewOneFromIt() {
        UUID stays = UUID.randomUUID();
        UUID moves = UUID.randomUUID();
        Instant registered = Instant.parse("2026-01-05T00:00:00Z");
        Instant transferredOut = Instant.parse("2026-02-20T00:00:00Z");
        Instant transferredIn = Instant.parse("2026-02-25T00:00:00Z");
        events.send(PersonnelEvents.employee(stays, oldAgency, 1, "employee-registered", registered, "L", BIRTH, "1",
                List.of(in(null, START, null, "III/a", null, "employee-registered"))));
        events.send(PersonnelEvents.employee(moves, oldAgency, 1, "employee-registered", registered, "P", BIRTH, "1",
                List.of(in(null, START, null, "III/b", null, "employee-registered"))));
        events.send(PersonnelEvents.employee(moves, oldAgency, 2, "transferred-out", transferredOut, "P", BIRTH, "1",
                List.of(in(oldAgency, START, TRANSFER, "III/b", null, "employee-registered"),
                        in(oldAgency, TRANSFER, null, "III/b", "TRANSFERRED_OUT", "transferred-out"))));
        events.send(PersonnelEvents.employee(moves, newAgency, 3, "transferred-in", transferredIn, "P", BIRTH, "1",
                List.of(in(oldAgency, START, TRANSFER, "III/b", null, "employee-registered"),
                        in(newAgency, TRANSFER, null, "III/c", null, "transferred-in"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(newAgency, TRANSFER.toString(), null) == 1);

        assertEquals(2, count(oldAgency, "2026-02-28", null));
        assertEquals(1, count(oldAgency, TRANSFER.toString(), null));
        assertEquals(0, count(newAgency, "2026-02-28", null));
        Map<String, Object> national = given().auth().oauth2(TestTokens.of("admin")).queryParam("groupBy", "agency")
                .queryParam("asOf", TRANSFER.toString()).get("/headcounts").then().statusCode(200).extract().jsonPath().getMap("totals.agency");
        assertEquals(List.of(1, 1), List.of(national.get(oldAgency), national.get(newAgency)));

        JsonPath out = flows(oldAgency, null);
        assertEquals(List.of(2, 1, true), List.of(out.getInt("opening"), out.getInt("closing"), out.getBoolean("reconciles")));
        assertEquals(Map.of("TRANSFERRED_OUT", 1), out.getMap("reductions"));
        assertEquals(Map.of(), out.getMap("additions"));
        JsonPath arrived = flows(newAgency, null);
        assertEquals(List.of(0, 1, true), List.of(arrived.getInt("opening"), arrived.getInt("closing"), arrived.getBoolean("reconciles")));
        assertEquals(Map.of("transferred-in", 1), arrived.getMap("additions"));
        assertEquals(Map.of(), arrived.getMap("reductions"));

        JsonPath oldTable = table31(oldAgency);
        assertEquals(1, oldTable.getLong("sections.find { it.label == 'PENGURANGAN' }.rows.find { it.label == 'MUTASI KELUAR' }.total"));
        assertEquals(List.of(2L, 1L), List.of(oldTable.getLong("balance.opening"), oldTable.getLong("balance.closing")));
        JsonPath newTable = table31(newAgency);
        assertEquals(1, newTable.getLong("sections.find { it.label == 'PENAMBAHAN' }.rows.find { it.label == 'MUTASI MASUK' }.total"));
        assertEquals(List.of(0L, 1L), List.of(newTable.getLong("balance.opening"), newTable.getLong("balance.closing")));

        // as known before the new agency recorded the transfer in: gone from the old agency, not yet in the new one
        Instant between = transferredIn.minusSeconds(1);
        assertEquals(1, count(oldAgency, TRANSFER.toString(), between));
        assertEquals(0, count(newAgency, TRANSFER.toString(), between));
        assertEquals(Map.of("TRANSFERRED_OUT", 1), flows(oldAgency, between).getMap("reductions"));
    }
}
