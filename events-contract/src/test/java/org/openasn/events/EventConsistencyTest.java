package org.openasn.events;

import org.junit.jupiter.api.Test;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.FormasiSet;
import org.openasn.events.personnel.UnitClassified;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.events.retirement.RetirementDue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the contract requires beyond its schemas: every published sample meets it, and each violation is named. */
class EventConsistencyTest {

    @Test
    void shouldFindEveryPublishedSampleConsistent() throws IOException, URISyntaxException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(EventConsistencyTest.class.getResource("/samples").toURI()))) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            EventEnvelope event = EventCodec.read(Files.readString(file));
            Object data = EventCodec.data(event, EventTypes.byName(event.type()).orElseThrow());
            // the other types relate nothing the schema does not check
            if (data instanceof EmployeeChange change) {
                EventConsistency.employeeChange(event, change);
            } else if (data instanceof UnitRegistered unit) {
                EventConsistency.unitRegistered(event, unit);
            } else if (data instanceof BupRulesPublished rules) {
                EventConsistency.bupRules(rules);
            } else if (data instanceof UnitClassified unit) {
                EventConsistency.unitClassified(event, unit);
            } else if (data instanceof FormasiSet formasi) {
                EventConsistency.formasiSet(event, formasi);
            } else if (data instanceof RetirementDue due) {
                EventConsistency.retirementDue(event, due);
            }
        }
    }

    @Test
    void shouldNameEveryViolationOfATimeline() throws IOException, URISyntaxException {
        EventEnvelope event = EventCodec.read(Files.readString(Path.of(EventConsistencyTest.class.getResource(
                "/samples/asn.personnel.promoted.v1/2026-11-backdated-promotion.json").toURI())));
        EmployeeChange change = EventCodec.data(event, EventTypes.PROMOTED_V1);
        EmploymentPeriod first = change.timeline().get(0);
        EmploymentPeriod backwards = new EmploymentPeriod(first.validFrom(), first.validFrom().minusDays(1), first.employeeKind(),
                first.kedudukanHukum(), true, "DIED", first.golongan(), first.tmtGolongan(), first.jenisJabatan(), first.eselon(), first.jabatanId(),
                first.jabatanName(), first.jenjang(), first.positionGroup(), first.bupCategory(), first.unitId(), first.pendidikan(),
                first.contractEnd(), first.causeMutationId(), first.cause());
        EmployeeChange impossible = new EmployeeChange(change.employeeId(), "ELSEWHERE", change.mutation(), change.person(),
                List.of(backwards, backwards));

        InvalidEventException refused = assertThrows(InvalidEventException.class, () -> EventConsistency.employeeChange(event, impossible));

        LocalDate from = first.validFrom();
        assertEquals(List.of(
                "data: $.instansi: ELSEWHERE is not the event's instansi " + event.instansi(),
                "data: $.timeline[0].validTo: " + from.minusDays(1) + " is not after its validFrom " + from,
                "data: $.timeline[0].inService: true in the period after a separation (DIED)",
                "data: $.timeline[1].validTo: " + from.minusDays(1) + " is not after its validFrom " + from,
                "data: $.timeline[1].inService: true in the period after a separation (DIED)",
                "data: $.timeline[1].validFrom: " + from + " is not after the previous period's validFrom " + from), refused.reasons());
    }

    @Test
    void shouldKeepEachPeriodsAgencyAcrossATransferAndRequireTheLastToBeTheEvents() throws IOException, URISyntaxException {
        String json = Files.readString(Path.of(EventConsistencyTest.class.getResource(
                "/samples/asn.personnel.transferred-in.v1/2026-11-from-another-agency.json").toURI()));
        EventEnvelope transferred = EventCodec.read(json);
        EmployeeChange change = EventConsistency.employeeChange(transferred, EventCodec.data(transferred, EventTypes.TRANSFERRED_IN_V1));
        EventEnvelope older = EventCodec.read(Files.readString(Path.of(EventConsistencyTest.class.getResource(
                "/samples/asn.personnel.promoted.v1/2026-11-backdated-promotion.json").toURI())));
        EmployeeChange withoutAgencies = EventCodec.data(older, EventTypes.PROMOTED_V1);

        assertEquals(List.of("D110", "D120"), change.timeline().stream().map(p -> p.instansiOr(change.instansi())).toList());
        assertTrue(withoutAgencies.timeline().stream().allMatch(p -> p.instansi() == null
                && p.instansiOr(withoutAgencies.instansi()).equals(older.instansi())));
        EventEnvelope leftBehind = EventCodec.read(json.replace("\"instansi\": \"D120\"\n      }", "\"instansi\": \"D110\"\n      }"));
        InvalidEventException refused = assertThrows(InvalidEventException.class,
                () -> EventConsistency.employeeChange(leftBehind, EventCodec.data(leftBehind, EventTypes.TRANSFERRED_IN_V1)));
        assertEquals(List.of("data: $.timeline[1].instansi: D110 is not the event's instansi D120; the last period is the agency's that"
                + " holds the record"), refused.reasons());
    }
}
