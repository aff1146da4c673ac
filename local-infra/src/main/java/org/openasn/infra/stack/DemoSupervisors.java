package org.openasn.infra.stack;

import com.fasterxml.jackson.databind.JsonNode;
import org.openasn.demo.CityDataset;
import org.openasn.demo.CityEmployee;
import org.openasn.reference.position.Eselon;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The demo city's direct supervisors (atasan langsung), which a SIASN export does not carry, set through
 * personnel-service's API so that the chain performance (e-Kinerja) systems follow has something to show: in each unit,
 * everyone reports to the unit's holder of the highest eselon, and those heads to the official of the city's highest
 * eselon, the eldest if several, as they would to the Sekretaris Daerah (eselon II.a, who appraises the heads of the
 * city's offices, PP 30/2019; the demo city has none). A head is someone in service who does not
 * retire within {@value #HEAD_SERVES_AT_LEAST_DAYS} days, so that no retirement applied while the demo loads refuses
 * the assignments. Recorded as of the day the demo is loaded.
 */
final class DemoSupervisors {

    private static final int HEAD_SERVES_AT_LEAST_DAYS = 90;
    private static final int PAGE = 200;
    /** Assignments sent at once: the service takes each in its own transaction. */
    private static final int IN_FLIGHT = 4;
    private static final Comparator<CityEmployee> SENIORITY = Comparator.comparingInt((CityEmployee e) -> e.eselon().id())
            .thenComparing(DemoSupervisors::nip);

    private DemoSupervisors() {
    }

    /** Sets the supervisors of the city's employees in service today; returns how many. */
    static int assign(PersonnelApi api, CityDataset city, String agency, LocalDate today) throws IOException, InterruptedException {
        List<Callable<Object>> assignments = new ArrayList<>();
        supervisors(city, inService(api, agency), today).forEach((nip, supervisorNip) -> assignments.add(() ->
                api.send("PUT", "/employees/" + nip + "/supervisor", Map.of("supervisorNip", supervisorNip, "reason", "Demo: atasan langsung"), 200)));
        ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            for (Future<Object> sent : senders.invokeAll(assignments)) {
                sent.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            senders.shutdownNow();
        }
        return assignments.size();
    }

    /** The direct supervisor's NIP of each employee in service ({@code inService}, by NIP) who gets one, by NIP. */
    static Map<String, String> supervisors(CityDataset city, Set<String> inService, LocalDate today) {
        List<CityEmployee> staying = city.employees().stream().filter(e -> inService.contains(nip(e))).toList();
        Map<String, CityEmployee> headOfUnit = staying.stream().filter(e -> canHead(e, today))
                .collect(Collectors.groupingBy(e -> e.row().unorId.toString(), LinkedHashMap::new,
                        Collectors.collectingAndThen(Collectors.minBy(SENIORITY), Optional::orElseThrow)));
        Optional<CityEmployee> top = headOfUnit.values().stream().min(SENIORITY);
        Map<String, String> supervisors = new LinkedHashMap<>();
        for (CityEmployee employee : staying) {
            CityEmployee head = headOfUnit.get(employee.row().unorId.toString());
            CityEmployee supervisor = head != null && head != employee ? head : top.filter(t -> t != employee).orElse(null);
            if (supervisor != null) {
                supervisors.put(nip(employee), nip(supervisor));
            }
        }
        return supervisors;
    }

    /** The NIPs of the agency's employees in service today, a page at a time. */
    private static Set<String> inService(PersonnelApi api, String agency) throws IOException, InterruptedException {
        Set<String> nips = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode items = api.get("/agencies/" + agency + "/employees?inService=true&size=" + PAGE + "&page=" + page).path("items");
            items.forEach(item -> nips.add(item.path("nip").asText()));
            if (items.size() < PAGE) {
                return nips;
            }
        }
    }

    /** A structural official whose TMT pensiun is more than a few months away. */
    static boolean canHead(CityEmployee employee, LocalDate today) {
        return employee.eselon() != null && employee.eselon() != Eselon.NON_ESELON
                && employee.tmtPensiun().isAfter(today.plusDays(HEAD_SERVES_AT_LEAST_DAYS));
    }

    private static String nip(CityEmployee employee) {
        return employee.row().nipBaru.toString();
    }
}
