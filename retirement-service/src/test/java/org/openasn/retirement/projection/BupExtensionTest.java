package org.openasn.retirement.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventCodec;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.retirement.RetirementDue;
import org.openasn.retirement.support.PersonnelEvents;
import org.openasn.testing.MutableClock;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A BUP extension published by personnel (bup-extended, a period's {@code bupExtendedUntil}) moves the TMT pensiun: in the
 * projection, the nominative list, the forecast, a recomputation after a rule change and the RetirementDue announced.
 */
@QuarkusTest
class BupExtensionTest {

    @AutoClose
    private final PersonnelEvents events = new PersonnelEvents();

    @Inject
    MutableClock clock;
    @Inject
    RetirementDueJob job;
    @Inject
    ProjectionRecompute recompute;
    @Inject
    EntityManager em;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static EmploymentPeriod period(LocalDate from, LocalDate to, LocalDate bupExtendedUntil, String cause) {
        return new EmploymentPeriod(from, to, "PNS", "01", true, null, "IV/a", LocalDate.of(2010, 4, 1), "4", null, null, "Analis", null,
                "LAINNYA", "ADMINISTRATION", null, "40", null, UUID.randomUUID(), cause, 20, 0, bupExtendedUntil);
    }

    @Test
    void shouldRetireAtTheExtensionsTmtPensiunInsteadOfTheRegularOne() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        LocalDate birth = today.minusYears(58).withDayOfMonth(1);
        LocalDate regular = today.withDayOfMonth(1).plusMonths(1);
        LocalDate extended = regular.plusYears(1);
        String agency = "X" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = UUID.randomUUID();
        // TMT CPNS May 1990: no other test's employee has it, while GeneratedDatasetForecastTest's (March 1990) share birth dates with this one
        String nip = String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth()) + "199005" + "1"
                + String.format("%03d", (int) (Math.random() * 1000));
        LocalDate start = LocalDate.of(1990, 5, 1);
        events.send(agency, id, nip, birth, 1, "employee-registered", List.of(period(start, null, null, "employee-registered")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", agency))
                .get("/employees/{nip}/retirement", nip).then().statusCode(200).body("tmtPensiun", equalTo(regular.toString()))
                .body("bupExtendedUntil", nullValue()));

        events.send(agency, id, nip, birth, 2, "bup-extended", List.of(period(start, regular, null, "employee-registered"),
                period(regular, null, extended, "bup-extended")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", agency))
                .get("/employees/{nip}/retirement", nip).then().statusCode(200).body("tmtPensiun", equalTo(extended.toString()))
                .body("bupExtendedUntil", equalTo(extended.toString())).body("bupAge", equalTo(58))
                .body("bupMonth", equalTo(YearMonth.from(birth.plusYears(58)).toString())));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParams(Map.of("instansi", agency, "from", regular.toString(),
                "to", regular.plusMonths(1).minusDays(1).toString())).get("/retirements").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParams(Map.of("instansi", agency, "from", extended.toString(),
                "to", extended.toString())).get("/retirements").then().statusCode(200)
                .body("nip", equalTo(List.of(nip))).body("[0].bupExtendedUntil", equalTo(extended.toString()));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParams(Map.of("instansi", agency, "from", YearMonth.from(regular).toString(),
                "years", 2)).get("/forecasts/retirements").then().statusCode(200).body("total", equalTo(1))
                .body("monthly.find { it.month == '" + YearMonth.from(regular) + "' }.total", equalTo(0))
                .body("monthly.find { it.month == '" + YearMonth.from(extended) + "' }.total", equalTo(1))
                .body("monthly.find { it.month == '" + YearMonth.from(extended) + "' }.afterBupExtension", equalTo(1))
                .body("monthly.afterBupExtension.sum()", equalTo(1));

        // a rule change recomputes the projection (here: as if it had changed this employee's age): the extension stays
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE retirement_projection SET rule_set_id = NULL, tmt_pensiun = NULL WHERE employee_id = :id")
                    .setParameter("id", id).executeUpdate();
            recompute.recomputeAll();
        });
        given().auth().oauth2(TestTokens.of("viewer", agency)).get("/employees/{nip}/retirement", nip).then()
                .body("tmtPensiun", equalTo(extended.toString()));

        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, regular) + 3));
        job.emitDue();
        assertEquals(0, emittedFor(id), "nothing is due on the regular TMT pensiun");
        clock.reset();
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, extended) + 1));
        job.emitDue();
        assertEquals(1, emittedFor(id), "due on the extension's TMT pensiun");

        RetirementDue due = awaitDue(id);
        assertEquals(extended, due.tmtPensiun());
        assertEquals(58, due.bupAge());
        assertEquals(nip, due.nip());
    }

    private static long emittedFor(UUID employee) {
        return RetirementDueEmitted.count("employeeId", employee);
    }

    private static RetirementDue awaitDue(UUID id) {
        List<RetirementDue> due = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.RETIREMENT));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (due.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (id.toString().equals(r.key()) && EventTypes.RETIREMENT_DUE_V1.name().equals(EventCodec.read(r.value()).type())) {
                        due.add(EventCodec.data(EventCodec.read(r.value()), EventTypes.RETIREMENT_DUE_V1));
                    }
                }
            }
        }
        assertEquals(1, due.size());
        return due.get(0);
    }
}
