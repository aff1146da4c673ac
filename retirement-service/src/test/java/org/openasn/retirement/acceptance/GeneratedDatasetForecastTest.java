package org.openasn.retirement.acceptance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openasn.retirement.support.PersonnelEvents;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance: a generated agency of random employees, published as personnel events into the real topic, whose monthly
 * retirements the test computes itself (birth month + the published BUP age, plus one month) is reproduced exactly by the
 * forecast endpoint, month by month, by golongan and jenis jabatan.
 */
@QuarkusTest
class GeneratedDatasetForecastTest {

    /** A kind of position: its jenis jabatan, eselon, BUP category and jenjang. */
    private record Kind(String jenisJabatan, String eselon, String bupCategory, String jabatan, String group) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("4", null, "ADMINISTRATION", "Pengadministrasi Umum", "LAINNYA"),
            new Kind("1", "32", "ADMINISTRATION", "Kepala Bagian", "LAINNYA"),
            new Kind("1", "21", "SENIOR_LEADERSHIP", "Kepala Dinas", "LAINNYA"),
            new Kind("2", null, "TEACHER", "Guru Ahli Muda", "GURU"),
            new Kind("2", null, "EXPERT_MIDDLE", "Analis Kebijakan Ahli Madya", "LAINNYA"),
            new Kind("2", null, "EXPERT_FIRST", "Pranata Komputer Ahli Pertama", "LAINNYA"),
            new Kind("2", null, "SKILLED", "Perawat Terampil", "KESEHATAN"),
            new Kind("2", null, "EXPERT_MAIN", "Dokter Ahli Utama", "KESEHATAN"));
    private static final List<String> GOLONGAN = List.of("I/c", "II/a", "II/d", "III/a", "III/b", "III/d", "IV/a", "IV/b", "IV/c");

    @Test
    @SuppressWarnings("unchecked")
    void shouldReproduceIndependentlyComputedMonthlyRetirementsByGolonganAndJenisJabatan() throws Exception {
        String agency = "G" + UUID.randomUUID().toString().substring(0, 6);
        YearMonth from = YearMonth.of(2026, 1);
        int years = 10;
        // the published BUP ages in force (every generated employee reaches BUP long before any later test version)
        JsonPath rules = given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", "2026-01-01").get("/bup-rules/current")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Integer> ages = new HashMap<>();
        for (Map<String, Object> rule : rules.<Map<String, Object>>getList("rules")) {
            ages.put((String) rule.get("category"), (Integer) rule.get("bupAge"));
        }

        Random random = new Random(20251231);
        Map<YearMonth, Map<String, Long>> expected = new TreeMap<>();
        int employees = 600;
        try (PersonnelEvents events = new PersonnelEvents()) {
            for (int i = 0; i < employees; i++) {
                Kind kind = KINDS.get(random.nextInt(KINDS.size()));
                String golongan = GOLONGAN.get(random.nextInt(GOLONGAN.size()));
                LocalDate birth = random.nextInt(25) == 0 ? LocalDate.of(1964 + 4 * random.nextInt(3), 2, 29)
                        : LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 16));
                // own arithmetic: the month after the birthday month of the BUP year
                YearMonth tmt = YearMonth.of(birth.getYear() + ages.get(kind.bupCategory()), birth.getMonth()).plusMonths(1);
                if (!tmt.isBefore(from) && tmt.isBefore(from.plusYears(years))) {
                    expected.computeIfAbsent(tmt, m -> new TreeMap<>()).merge(golongan.substring(0, golongan.indexOf('/')) + " x "
                            + kind.jenisJabatan(), 1L, Long::sum);
                }
                String nip = String.format("%04d%02d%02d%s1%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), "199003", i % 1000);
                events.sendAsync(agency, UUID.randomUUID(), nip, birth, 1, "employee-registered", List.of(PersonnelEvents.pns(
                        LocalDate.of(1990, 3, 1), golongan, kind.jenisJabatan(), kind.eselon(), kind.jabatan(), kind.group(), kind.bupCategory(),
                        UUID.randomUUID())));
            }
            events.flush();
        }
        long expectedTotal = expected.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        assertTrue(expectedTotal > 300, "the window holds most of the generated retirements, " + expectedTotal);

        JsonPath forecast = await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(TestTokens.of("integration", agency))
                .queryParams(Map.of("instansi", agency, "from", from.toString(), "years", years, "asOf", "2026-01-01"))
                .get("/forecasts/retirements").then().statusCode(200).extract().jsonPath(), f -> f.getLong("total") == expectedTotal);

        List<Map<String, Object>> monthly = forecast.getList("monthly");
        assertEquals(years * 12, monthly.size());
        for (Map<String, Object> month : monthly) {
            YearMonth m = YearMonth.parse((String) month.get("month"));
            Map<String, Long> actual = new TreeMap<>();
            ((Map<String, Number>) month.get("byGolonganAndJenisJabatan")).forEach((k, v) -> actual.put(k, v.longValue()));
            assertEquals(expected.getOrDefault(m, Map.of()), actual, "month " + m);
        }
        given().auth().oauth2(TestTokens.of("integration", agency)).queryParams(Map.of("instansi", agency, "from", from.toString(), "years", years,
                "asOf", "2026-01-01")).get("/forecasts/retirements").then().body("total", equalTo((int) expectedTotal));
    }
}
