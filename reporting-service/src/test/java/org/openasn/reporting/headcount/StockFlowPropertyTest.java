package org.openasn.reporting.headcount;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventEnvelope;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stock and flow agree: random mutation histories (appointments, transfers in and out, moves to another agency of the
 * platform, promotions, unit moves, unpaid leave, retirements, deaths, recorded out of date order, back-dated corrections,
 * replayed and stale events) are
 * published as personnel-service would publish them; then, for every month and every cell of headcounts by several
 * dimensions, the count at the month's end equals the count at the previous month's end plus the month's additions
 * minus its reductions, and the totals equal what the histories themselves give.
 */
@QuarkusTest
class StockFlowPropertyTest {

    private static final YearMonth FIRST = YearMonth.of(2023, 1);
    private static final YearMonth LAST = YearMonth.of(2025, 12);
    private static final List<String> GROUPINGS = List.of("", "kind,ruang", "unit", "jenisJabatan,gender");
    private static final List<String> GOLONGAN = List.of("II/a", "II/b", "III/a", "III/b", "III/c", "IV/a");

    private final String agency = "F" + UUID.randomUUID().toString().substring(0, 6);
    private final String otherAgency = "G" + UUID.randomUUID().toString().substring(0, 6);
    private final UUID otherAgencysUnit = UUID.randomUUID();
    private final List<UUID> units = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    /**
     * One dated fact of an employee's history: from {@code date}, these attributes (null: unchanged); {@code agency} set for
     * a transfer in by another agency.
     */
    private record Fact(LocalDate date, String kind, String golongan, String jenisJabatan, UUID unit, Boolean inService, String separation,
                        String cause, String agency) {
        Fact(LocalDate date, String kind, String golongan, String jenisJabatan, UUID unit, Boolean inService, String separation, String cause) {
            this(date, kind, golongan, jenisJabatan, unit, inService, separation, cause, null);
        }

        Fact on(LocalDate other) {
            return new Fact(other, kind, golongan, jenisJabatan, unit, inService, separation, cause, agency);
        }
    }

    /**
     * The timeline personnel-service would publish: the facts folded in date order (a later-recorded fact wins a tie), each
     * period in the agency of the employee's last appointment by then, {@code home} before any transfer to another agency.
     */
    private static List<EmploymentPeriod> fold(List<Fact> facts, String home) {
        List<Fact> ordered = new ArrayList<>(facts);
        ordered.sort(Comparator.comparing(Fact::date)); // stable: recording order within a day
        List<EmploymentPeriod> timeline = new ArrayList<>();
        String kind = null;
        String golongan = null;
        String jenis = null;
        UUID unit = null;
        String agency = home;
        for (Fact f : ordered) {
            if (!timeline.isEmpty() && timeline.get(timeline.size() - 1).separation() != null) {
                break; // nothing after leaving
            }
            kind = f.kind() != null ? f.kind() : kind;
            golongan = f.golongan() != null ? f.golongan() : golongan;
            jenis = f.jenisJabatan() != null ? f.jenisJabatan() : jenis;
            unit = f.unit() != null ? f.unit() : unit;
            agency = f.agency() != null ? f.agency() : agency;
            boolean inService = f.inService() == null || f.inService();
            EmploymentPeriod period = new EmploymentPeriod(f.date(), null, kind, f.separation() != null ? "99" : inService ? "01" : "02", inService,
                    f.separation(), golongan, f.date(), jenis, null, null, "Jabatan", null, "LAINNYA", "ADMINISTRATION", unit, "40", null,
                    UUID.randomUUID(), f.cause(), null, null, null, agency);
            if (!timeline.isEmpty() && timeline.get(timeline.size() - 1).validFrom().equals(f.date())) {
                timeline.remove(timeline.size() - 1);
            }
            if (!timeline.isEmpty()) {
                EmploymentPeriod previous = timeline.remove(timeline.size() - 1);
                timeline.add(new EmploymentPeriod(previous.validFrom(), f.date(), previous.employeeKind(), previous.kedudukanHukum(),
                        previous.inService(), previous.separation(), previous.golongan(), previous.tmtGolongan(), previous.jenisJabatan(),
                        previous.eselon(), previous.jabatanId(), previous.jabatanName(), previous.jenjang(), previous.positionGroup(),
                        previous.bupCategory(), previous.unitId(), previous.pendidikan(), previous.contractEnd(), previous.causeMutationId(),
                        previous.cause(), null, null, null, previous.instansi()));
            }
            timeline.add(period);
        }
        return timeline;
    }

    private LocalDate randomDate(Random random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(days <= 0 ? 0 : random.nextLong(days));
    }

    @Test
    void shouldReconcileEveryCellOfEveryMonthAfterRandomMutations() {
        long seed = System.nanoTime();
        System.out.println("StockFlowPropertyTest seed " + seed + " agency " + agency);
        Random random = new Random(seed);
        Map<UUID, List<Fact>> histories = new HashMap<>();
        Instant recordedAt = Instant.parse("2026-01-05T00:00:00Z");
        Instant middle = null;
        int events = 0;
        try (PersonnelEvents publisher = new PersonnelEvents()) {
            for (int e = 0; e < 60; e++) {
                UUID id = UUID.randomUUID();
                List<Fact> facts = new ArrayList<>();
                String[] appointments = {"cpns-appointed", "pppk-appointed", "transferred-in", "employee-registered"};
                String cause = appointments[random.nextInt(appointments.length)];
                LocalDate start = randomDate(random, LocalDate.of(2022, 6, 1), LocalDate.of(2025, 6, 1));
                facts.add(new Fact(start, cause.equals("pppk-appointed") ? "PPPK" : cause.equals("cpns-appointed") ? "CPNS" : "PNS",
                        GOLONGAN.get(random.nextInt(GOLONGAN.size())), "" + (1 + random.nextInt(4)), units.get(random.nextInt(units.size())),
                        true, null, cause));
                String gender = random.nextBoolean() ? "L" : "P";
                LocalDate birth = LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
                List<EventEnvelope> sent = new ArrayList<>();
                int mutations = random.nextInt(6);
                for (int m = 0; m <= mutations; m++) {
                    String kind;
                    if (m == 0) {
                        kind = cause;
                    } else {
                        // any date after the start, in any order: later mutations are often back-dated before earlier ones
                        LocalDate date = randomDate(random, start.plusDays(1), LocalDate.of(2026, 1, 1));
                        int pick = random.nextInt(10);
                        kind = switch (pick) {
                            case 0, 1 -> "promoted";
                            case 2 -> "unit-transferred";
                            case 3 -> "status-changed";
                            case 4 -> "transferred-out";
                            case 5 -> "retired";
                            case 6 -> "died";
                            case 7 -> "transferred-in"; // by the other agency: a move between agencies of the platform
                            default -> "data-corrected";
                        };
                        switch (kind) {
                            case "promoted" -> facts.add(new Fact(date, null, GOLONGAN.get(random.nextInt(GOLONGAN.size())), null, null, true, null, kind));
                            case "unit-transferred" -> facts.add(new Fact(date, null, null, null, units.get(random.nextInt(units.size())), true, null, kind));
                            case "status-changed" -> {
                                facts.add(new Fact(date, null, null, null, null, false, null, kind)); // unpaid leave (CLTN) ...
                                facts.add(new Fact(date.plusDays(30 + random.nextInt(200)), null, null, null, null, true, null, kind)); // ... and back
                            }
                            case "transferred-in" -> facts.add(new Fact(date, "PNS", null, null, otherAgencysUnit, true, null, kind, otherAgency));
                            case "transferred-out" -> facts.add(new Fact(date, null, null, null, null, false, "TRANSFERRED_OUT", kind));
                            case "retired" -> facts.add(new Fact(date, null, null, null, null, false, "RETIRED_BUP", kind));
                            case "died" -> facts.add(new Fact(date, null, null, null, null, false, "DIED", kind));
                            default -> {
                                // a correction of the past: an earlier fact moved to another date, or given another golongan
                                int which = random.nextInt(facts.size());
                                Fact wrong = facts.get(which);
                                Fact right = which > 0 && random.nextBoolean() ? wrong.on(randomDate(random, start.plusDays(1), LocalDate.of(2026, 1, 1)))
                                        : new Fact(wrong.date(), wrong.kind(), GOLONGAN.get(random.nextInt(GOLONGAN.size())), wrong.jenisJabatan(),
                                        wrong.unit(), wrong.inService(), wrong.separation(), wrong.cause());
                                facts.set(which, right);
                            }
                        }
                    }
                    recordedAt = recordedAt.plusSeconds(3600);
                    List<EmploymentPeriod> timeline = fold(facts, agency);
                    EventEnvelope event = PersonnelEvents.employee(id, timeline.get(timeline.size() - 1).instansi(), m + 1, kind, recordedAt,
                            gender, birth, "1", timeline);
                    publisher.send(event);
                    sent.add(event);
                    events++;
                }
                if (random.nextInt(4) == 0) {
                    publisher.send(sent.get(random.nextInt(sent.size()))); // a replayed duplicate or a stale redelivery
                }
                histories.put(id, facts);
                if (e == 30) {
                    middle = recordedAt;
                }
            }
        }
        Map<UUID, List<EmploymentPeriod>> timelines = new HashMap<>();
        histories.forEach((id, facts) -> timelines.put(id, fold(facts, agency)));
        long expectedAtEnd = expectedCount(timelines, LAST.atEndOfMonth());
        await().atMost(Duration.ofSeconds(60)).until(() -> grandTotal(LAST.atEndOfMonth(), null) == expectedAtEnd
                && consumedEverything(histories.size()));
        System.out.println("StockFlowPropertyTest published " + events + " events for " + histories.size() + " employees");

        for (Instant knownAt : new Instant[]{null, middle}) {
            Map<String, Map<LocalDate, Map<Map<String, String>, Long>>> stocks = new HashMap<>();
            for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
                if (knownAt == null) {
                    assertEquals(expectedCount(timelines, month.atEndOfMonth()), grandTotal(month.atEndOfMonth(), null),
                            "seed " + seed + ": headcount at the end of " + month + " = the histories' count");
                }
                JsonPath table31 = request("viewer").queryParam("month", month.toString()).queryParams(knownAtParam(knownAt))
                        .get("/headcounts/flows").then().statusCode(200).extract().jsonPath();
                assertTrue(table31.getBoolean("reconciles"), "seed " + seed + ": Table 3.1 of " + month);
                assertEquals(grandTotal(month.atEndOfMonth(), knownAt), table31.getLong("closing"));
                for (String grouping : GROUPINGS) {
                    Map<Map<String, String>, Long> opening = stock(stocks, grouping, month.minusMonths(1).atEndOfMonth(), knownAt);
                    Map<Map<String, String>, Long> closing = stock(stocks, grouping, month.atEndOfMonth(), knownAt);
                    JsonPath flows = request("viewer").queryParam("month", month.toString()).queryParam("groupBy", grouping)
                            .queryParams(knownAtParam(knownAt)).get("/headcounts/flows/cells").then().statusCode(200).extract().jsonPath();
                    Map<Map<String, String>, Long> net = new HashMap<>();
                    for (Map<String, Object> cell : flows.<Map<String, Object>>getList("cells")) {
                        @SuppressWarnings("unchecked")
                        Map<String, String> key = (Map<String, String>) cell.get("key");
                        net.merge(key, sum(cell.get("additions")) - sum(cell.get("reductions")), Long::sum);
                    }
                    for (Map<String, String> key : union(opening, closing, net)) {
                        assertEquals(closing.getOrDefault(key, 0L), opening.getOrDefault(key, 0L) + net.getOrDefault(key, 0L),
                                "seed " + seed + ", " + month + ", groupBy " + grouping + ", cell " + key + ", knownAt " + knownAt);
                    }
                }
            }
        }
    }

    private long expectedCount(Map<UUID, List<EmploymentPeriod>> timelines, LocalDate date) {
        return timelines.values().stream().filter(t -> t.stream().anyMatch(p -> p.inService() && p.instansi().equals(agency) && !p.validFrom().isAfter(date)
                && (p.validTo() == null || p.validTo().isAfter(date)))).count();
    }

    private boolean consumedEverything(int employees) {
        return request("admin").get("/admin/events/consumers").then().extract().jsonPath()
                .getLong("find { it.group == 'reporting-service' }.lag") == 0 && employees > 0;
    }

    private static Map<String, String> knownAtParam(Instant knownAt) {
        return knownAt == null ? Map.of() : Map.of("knownAt", knownAt.toString());
    }

    private RequestSpecification request(String role) {
        return given().auth().oauth2(TestTokens.of(role, agency)).queryParam("instansi", agency);
    }

    private long grandTotal(LocalDate date, Instant knownAt) {
        return request("viewer").queryParam("asOf", date.toString()).queryParams(knownAtParam(knownAt)).get("/headcounts")
                .then().statusCode(200).extract().jsonPath().getLong("grandTotal");
    }

    private Map<Map<String, String>, Long> stock(Map<String, Map<LocalDate, Map<Map<String, String>, Long>>> cache, String grouping,
                                                 LocalDate date, Instant knownAt) {
        return cache.computeIfAbsent(grouping, g -> new HashMap<>()).computeIfAbsent(date, d -> {
            JsonPath answer = request("viewer").queryParam("asOf", d.toString()).queryParam("groupBy", grouping).queryParams(knownAtParam(knownAt))
                    .get("/headcounts").then().statusCode(200).extract().jsonPath();
            Map<Map<String, String>, Long> cells = new HashMap<>();
            for (Map<String, Object> cell : answer.<Map<String, Object>>getList("cells")) {
                @SuppressWarnings("unchecked")
                Map<String, String> key = (Map<String, String>) cell.get("key");
                cells.put(key, ((Number) cell.get("count")).longValue());
            }
            return cells;
        });
    }

    private static long sum(Object byReason) {
        return ((Map<?, ?>) byReason).values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
    }

    @SafeVarargs
    private static List<Map<String, String>> union(Map<Map<String, String>, Long>... maps) {
        List<Map<String, String>> keys = new ArrayList<>();
        for (Map<Map<String, String>, Long> map : maps) {
            map.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        }
        return keys;
    }
}
