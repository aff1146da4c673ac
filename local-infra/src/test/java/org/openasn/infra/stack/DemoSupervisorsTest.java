package org.openasn.infra.stack;

import org.junit.jupiter.api.Test;
import org.openasn.demo.CityDataset;
import org.openasn.demo.CityEmployee;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's supervisors: unit heads who stay in service, chains that end at one official, nobody left out who has a head. */
class DemoSupervisorsTest {

    private static final CityDataset CITY = CityDataset.generate(1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void shouldGiveEveryoneButTheTopOfficialASupervisorWhoHeadsAndStaysInService() {
        Map<String, CityEmployee> byNip = CITY.employees().stream().collect(Collectors.toMap(e -> e.row().nipBaru.toString(), Function.identity()));
        Set<String> inService = new HashSet<>(byNip.keySet());
        Map<String, String> supervisors = DemoSupervisors.supervisors(CITY, inService, TODAY);

        assertEquals(inService.size() - 1, supervisors.size(), "all in service but the top official");
        Set<String> tops = new HashSet<>();
        for (Map.Entry<String, String> assignment : supervisors.entrySet()) {
            CityEmployee supervisor = byNip.get(assignment.getValue());
            assertTrue(supervisor.eselon() != null && supervisor.eselon().id() < 99, assignment.getValue() + " holds an eselon");
            LocalDate birth = LocalDate.ofEpochDay(supervisor.row().tanggalLahir);
            LocalDate retires = birth.plusYears(supervisor.eselon().id() < 30 ? 60 : 58).withDayOfMonth(1).plusMonths(1);
            assertTrue(retires.isAfter(TODAY.plusDays(90)), assignment.getValue() + " retires on " + retires + ", not within 90 days");
            assertFalse(assignment.getKey().equals(assignment.getValue()));
            String above = assignment.getKey();
            int levels = 0;
            while (supervisors.containsKey(above)) {
                above = supervisors.get(above);
                levels++;
                assertTrue(levels <= 2, "a chain of a unit's staff, its head and the top: " + assignment.getKey());
            }
            tops.add(above);
        }
        assertEquals(1, tops.size(), "every chain ends at the same official");
        CityEmployee top = byNip.get(tops.iterator().next());
        assertEquals(CITY.employees().stream().filter(e -> DemoSupervisors.canHead(e, TODAY)).mapToInt(e -> e.eselon().id()).min().orElseThrow(),
                top.eselon().id(), "the top official holds the highest eselon of those who can head");
    }

    @Test
    void shouldLeaveOutWhoIsNotInServiceAndNotMakeThemAHead() {
        Map<String, String> all = DemoSupervisors.supervisors(CITY, allNips(), TODAY);
        String head = all.values().stream().filter(nip -> all.values().stream().filter(nip::equals).count() > 1 && all.containsKey(nip))
                .findFirst().orElseThrow();
        Set<String> withoutHead = allNips();
        withoutHead.remove(head);
        Map<String, String> supervisors = DemoSupervisors.supervisors(CITY, withoutHead, TODAY);
        assertFalse(supervisors.containsKey(head));
        assertFalse(supervisors.containsValue(head), "someone who has left heads nobody");
        assertEquals(withoutHead.size() - 1, supervisors.size());
    }

    private static Set<String> allNips() {
        List<String> nips = CITY.employees().stream().map(e -> e.row().nipBaru.toString()).toList();
        return new HashSet<>(nips);
    }
}
