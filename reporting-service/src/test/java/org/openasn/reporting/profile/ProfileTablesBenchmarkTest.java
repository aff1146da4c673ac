package org.openasn.reporting.profile;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.Mutation;
import org.openasn.events.personnel.Person;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.testing.BenchmarkScale;
import org.openasn.testing.EventPublisher;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole monthly profile of a Kota Metro-sized agency (3,280 PNS and 763 PPPK, seed 000) against the baseline of
 * one plain headcount by two dimensions over the same read model, in the same run; and the profile document as PDF
 * against the same document as HTML, from which it is laid out. {@code -Dbench.units=} sets the agency's units (143 by
 * default, Kota Metro's; Tables 3.14 and 3.23 have a row per unit). Prints the figures recorded in docs/benchmarks.md.
 */
@QuarkusTest
@Tag("benchmark")
class ProfileTablesBenchmarkTest {

    private static final String AGENCY = "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final int PNS = 3280;
    private static final int PPPK = 763;
    private static final int ROUNDS = BenchmarkScale.of("bench.rounds", 5, 1);
    private static final int UNITS = Integer.getInteger("bench.units", 143);
    /** The kinds of the units, in turn (a kind and a school level). */
    private static final String[][] UNIT_KINDS = {{"DINAS", null}, {"BADAN", null}, {"KECAMATAN", null}, {"KELURAHAN", null},
            {"SEKOLAH", "SD"}, {"SEKOLAH", "SMP"}, {"UPTD", null}};

    @Test
    void monthlyProfileOfAKotaMetroSizedAgency() throws Exception {
        publishCity();
        List<String> numbers = given().auth().oauth2(TestTokens.of("admin")).get("/profile/tables").then().statusCode(200).extract()
                .jsonPath().getList("number");
        // warm-up: one pass of everything measured
        profile(numbers, "json");
        headcount();
        document("html");
        document("pdf");

        long[] profileMs = new long[ROUNDS];
        long[] xlsxMs = new long[ROUNDS];
        long[] headcountMs = new long[ROUNDS];
        long[] htmlMs = new long[ROUNDS];
        long[] pdfMs = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            profileMs[r] = profile(numbers, "json");
            xlsxMs[r] = profile(numbers, "xlsx");
            headcountMs[r] = headcount();
            htmlMs[r] = document("html");
            pdfMs[r] = document("pdf");
        }
        Arrays.sort(profileMs);
        Arrays.sort(xlsxMs);
        Arrays.sort(headcountMs);
        Arrays.sort(htmlMs);
        Arrays.sort(pdfMs);
        System.out.printf("BENCHMARK profile tables: %d employees (%d PNS, %d PPPK) in %d units, %d tables, %d rounds%n", PNS + PPPK, PNS,
                PPPK, UNITS, numbers.size(), ROUNDS);
        System.out.printf("BENCHMARK all tables as JSON: median %d ms (min %d, max %d) = %.1f ms per table%n", profileMs[ROUNDS / 2],
                profileMs[0], profileMs[ROUNDS - 1], profileMs[ROUNDS / 2] / (double) numbers.size());
        System.out.printf("BENCHMARK all tables as XLSX: median %d ms (min %d, max %d)%n", xlsxMs[ROUNDS / 2], xlsxMs[0], xlsxMs[ROUNDS - 1]);
        System.out.printf("BENCHMARK baseline, one GET /headcounts?groupBy=golongan,gender: median %d ms (min %d, max %d)%n",
                headcountMs[ROUNDS / 2], headcountMs[0], headcountMs[ROUNDS - 1]);
        System.out.printf("BENCHMARK the profile document as PDF: median %d ms (min %d, max %d)%n", pdfMs[ROUNDS / 2], pdfMs[0],
                pdfMs[ROUNDS - 1]);
        System.out.printf("BENCHMARK baseline, the same document as HTML: median %d ms (min %d, max %d)%n", htmlMs[ROUNDS / 2], htmlMs[0],
                htmlMs[ROUNDS - 1]);
        assertTrue(profileMs[ROUNDS / 2] > 0);
    }

    private static long document(String format) {
        long start = System.nanoTime();
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", AGENCY).queryParam("month", "2025-12")
                .queryParam("format", format).get("/profile/document").then().statusCode(200);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long profile(List<String> numbers, String format) {
        long start = System.nanoTime();
        for (String number : numbers) {
            given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", AGENCY).queryParam("month", "2025-12")
                    .queryParam("format", format).get("/profile/tables/{number}", number).then().statusCode(200);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long headcount() {
        long start = System.nanoTime();
        given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", AGENCY).queryParam("groupBy", "golongan,gender")
                .queryParam("asOf", "2025-12-31").get("/headcounts").then().statusCode(200);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Employees with random attributes; one in ten leaves or joins during 2025. */
    private static void publishCity() throws Exception {
        Random random = new Random(3280);
        String[] pnsGolongan = {"II/a", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c"};
        String[] pppkGolongan = {"I", "V", "VII", "IX", "X"};
        String[] pendidikan = {"15", "30", "35", "40", "45"};
        String[] groups = {"GURU", "KESEHATAN", "LAINNYA"};
        List<UUID> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            units.add(UUID.randomUUID());
        }
        Instant recorded = Instant.parse("2026-01-05T00:00:00Z");
        try (EventPublisher events = new EventPublisher()) {
            List<Future<?>> sent = new ArrayList<>();
            for (int u = 0; u < UNITS; u++) {
                String[] kind = UNIT_KINDS[u % UNIT_KINDS.length];
                String name = (kind[1] == null ? kind[0] : "UPTD " + kind[1] + " NEGERI") + " " + (u + 1);
                sent.add(events.sendAsync(EventEnvelope.create(EventTypes.UNIT_REGISTERED_V1, "/openasn/personnel-service",
                        units.get(u).toString(), AGENCY, 1, recorded, new UnitRegistered(units.get(u), AGENCY, "U" + u, name, null, null,
                                LocalDate.of(2017, 1, 1), kind[0], kind[1], u + 1))));
            }
            for (int i = 0; i < PNS + PPPK; i++) {
                boolean pppk = i >= PNS;
                String kind = pppk ? "PPPK" : i % 37 == 0 ? "CPNS" : "PNS";
                String jenis = new String[]{"1", "2", "2", "4"}[random.nextInt(4)];
                String golongan = pppk ? pppkGolongan[random.nextInt(pppkGolongan.length)] : pnsGolongan[random.nextInt(pnsGolongan.length)];
                LocalDate start = LocalDate.of(2005 + random.nextInt(19), 1 + random.nextInt(12), 1);
                EmploymentPeriod first = new EmploymentPeriod(start, null, kind, "01", true, null, golongan, start, jenis,
                        "1".equals(jenis) ? "4" + (1 + random.nextInt(2)) : null, null, null, "2".equals(jenis) ? "AHLI_MUDA" : null,
                        "2".equals(jenis) ? groups[random.nextInt(3)] : "LAINNYA", null, units.get(random.nextInt(units.size())),
                        pendidikan[random.nextInt(pendidikan.length)], null, UUID.randomUUID(), "employee-registered");
                List<EmploymentPeriod> timeline = List.of(first);
                String cause = "employee-registered";
                if (i % 10 == 0) {
                    LocalDate left = LocalDate.of(2025, 1 + random.nextInt(12), 1);
                    EmploymentPeriod before = new EmploymentPeriod(first.validFrom(), left, kind, "01", true, null, golongan, start, jenis,
                            first.eselon(), null, null, first.jenjang(), first.positionGroup(), null, first.unitId(), first.pendidikan(), null,
                            first.causeMutationId(), first.cause());
                    EmploymentPeriod after = new EmploymentPeriod(left, null, kind, "99", false, "RETIRED_BUP", golongan, start, jenis,
                            first.eselon(), null, null, first.jenjang(), first.positionGroup(), null, first.unitId(), first.pendidikan(), null,
                            UUID.randomUUID(), "retired");
                    timeline = List.of(before, after);
                    cause = "retired";
                }
                UUID id = UUID.randomUUID();
                EmployeeChange change = new EmployeeChange(id, AGENCY, new Mutation(UUID.randomUUID(), cause, "SK", start, start, "benchmark",
                        recorded, "benchmark", false, null), new Person("199001012015031001", "Pegawai", null, null,
                        LocalDate.of(1966 + random.nextInt(38), 1 + random.nextInt(12), 1), random.nextBoolean() ? "L" : "P",
                        Integer.toString(1 + random.nextInt(5)), null), timeline);
                EventEnvelope event = EventEnvelope.create(EventTypes.employeeByKind(cause).orElseThrow(), "/openasn/personnel-service",
                        id.toString(), AGENCY, 1, recorded, change);
                sent.add(events.sendAsync(event));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        }
        long expected = PNS + PPPK - (PNS + PPPK + 9) / 10;
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> given().auth().oauth2(TestTokens.of("admin"))
                .queryParam("instansi", AGENCY).queryParam("asOf", "2026-01-01").get("/headcounts").then().extract().jsonPath()
                .getLong("grandTotal") == expected && given().auth().oauth2(TestTokens.of("admin")).queryParam("instansi", AGENCY)
                .get("/units").then().extract().jsonPath().getList("$").size() == UNITS);
    }
}
