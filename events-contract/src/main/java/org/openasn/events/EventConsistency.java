package org.openasn.events;

import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.FormasiSet;
import org.openasn.events.personnel.UnitClassified;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.events.retirement.RetirementDue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the contract requires of an event's data that its JSON Schemas cannot say, because it relates one value to another
 * or to the envelope: the data is about the event's subject and agency, a timeline is a sequence of periods, a unit is
 * not its own parent, BUP rule ranges do not overlap. A consumer checks it after {@link EventCodec#data}, which checks the schema only (so that it
 * refuses exactly what a general JSON Schema validator refuses). Each method returns the data when it holds together and
 * otherwise throws {@link InvalidEventException} with every violation, in the schema messages' form
 * ({@code data: $.path: what is wrong}), so that the consumer dead-letters the event with them rather than keep an
 * impossible state (a period counted twice, an employee filed under another's id or agency).
 */
public final class EventConsistency {

    private EventConsistency() {
    }

    /**
     * An employee event: about its subject and agency; a timeline of at least one period, each ending after it starts,
     * ordered by start without overlapping (only the last open-ended), none both in service and separated, the first
     * starting after the birth date, the last in the event's agency.
     */
    public static EmployeeChange employeeChange(EventEnvelope event, EmployeeChange change) {
        List<String> violations = new ArrayList<>();
        aboutSubject(event, change.employeeId(), "employeeId", change.instansi(), violations);
        List<EmploymentPeriod> timeline = change.timeline();
        if (timeline.isEmpty()) {
            violations.add("data: $.timeline: is empty; an employee event carries at least one period");
        } else if (!change.person().birthDate().isBefore(timeline.get(0).validFrom())) {
            violations.add("data: $.person.birthDate: " + change.person().birthDate() + " is not before the first period's validFrom "
                    + timeline.get(0).validFrom());
        }
        EmploymentPeriod last = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
        if (last != null && !last.instansiOr(change.instansi()).equals(change.instansi())) {
            violations.add("data: $.timeline[" + (timeline.size() - 1) + "].instansi: " + last.instansi() + " is not the event's instansi "
                    + change.instansi() + "; the last period is the agency's that holds the record");
        }
        for (int i = 0; i < timeline.size(); i++) {
            EmploymentPeriod period = timeline.get(i);
            String at = "data: $.timeline[" + i + "]";
            if (period.validTo() != null && !period.validTo().isAfter(period.validFrom())) {
                violations.add(at + ".validTo: " + period.validTo() + " is not after its validFrom " + period.validFrom());
            }
            if (period.inService() && period.separation() != null) {
                violations.add(at + ".inService: true in the period after a separation (" + period.separation() + ")");
            }
            if (i > 0) {
                EmploymentPeriod previous = timeline.get(i - 1);
                if (!period.validFrom().isAfter(previous.validFrom())) {
                    violations.add(at + ".validFrom: " + period.validFrom() + " is not after the previous period's validFrom " + previous.validFrom());
                } else if (previous.validTo() == null || previous.validTo().isAfter(period.validFrom())) {
                    violations.add(at + ".validFrom: " + period.validFrom() + " is before the previous period ends ("
                            + (previous.validTo() == null ? "open-ended" : previous.validTo()) + ")");
                }
            }
        }
        return consistent(change, violations);
    }

    /** A unit's registration: about its subject and agency, and not its own parent. */
    public static UnitRegistered unitRegistered(EventEnvelope event, UnitRegistered unit) {
        List<String> violations = new ArrayList<>();
        aboutSubject(event, unit.unitId(), "unitId", unit.instansi(), violations);
        if (unit.unitId().equals(unit.parentId())) {
            violations.add("data: $.parentId: the unit itself");
        }
        return consistent(unit, violations);
    }

    /** A unit's classification: about its subject and agency. */
    public static UnitClassified unitClassified(EventEnvelope event, UnitClassified unit) {
        List<String> violations = new ArrayList<>();
        aboutSubject(event, unit.unitId(), "unitId", unit.instansi(), violations);
        return consistent(unit, violations);
    }

    /** A formasi: about its subject (the formasi) and agency. */
    public static FormasiSet formasiSet(EventEnvelope event, FormasiSet formasi) {
        List<String> violations = new ArrayList<>();
        aboutSubject(event, formasi.formasiId(), "formasiId", formasi.instansi(), violations);
        return consistent(formasi, violations);
    }

    /** A RetirementDue: about its subject and agency. */
    public static RetirementDue retirementDue(EventEnvelope event, RetirementDue due) {
        List<String> violations = new ArrayList<>();
        aboutSubject(event, due.employeeId(), "employeeId", due.instansi(), violations);
        return consistent(due, violations);
    }

    /**
     * The BUP rules: at least one range; within a category, each range's bornFrom before its bornBefore and no two ranges
     * sharing a birth date (a birth date in two ranges would have two BUP ages).
     */
    public static BupRulesPublished bupRules(BupRulesPublished rules) {
        List<String> violations = new ArrayList<>();
        if (rules.ranges().isEmpty()) {
            violations.add("data: $.ranges: is empty; the rules have at least one range");
        }
        for (int i = 0; i < rules.ranges().size(); i++) {
            BupRulesPublished.Range range = rules.ranges().get(i);
            if (range.bornFrom() != null && range.bornBefore() != null && !range.bornBefore().isAfter(range.bornFrom())) {
                violations.add("data: $.ranges[" + i + "].bornBefore: " + range.bornBefore() + " is not after its bornFrom " + range.bornFrom());
            }
        }
        Map<String, List<BupRulesPublished.Range>> byCategory = rules.ranges().stream()
                .collect(Collectors.groupingBy(BupRulesPublished.Range::bupCategory));
        byCategory.forEach((category, ranges) -> {
            List<BupRulesPublished.Range> ordered = ranges.stream()
                    .sorted(Comparator.comparing(BupRulesPublished.Range::bornFrom, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
            for (int i = 1; i < ordered.size(); i++) {
                LocalDate previousEnd = ordered.get(i - 1).bornBefore();
                LocalDate start = ordered.get(i).bornFrom();
                if (previousEnd == null || start == null || previousEnd.isAfter(start)) {
                    violations.add("data: $.ranges: two ranges of " + category + " overlap (born before " + Objects.toString(previousEnd, "any date")
                            + " and born from " + Objects.toString(start, "any date") + ")");
                }
            }
        });
        return consistent(rules, violations);
    }

    /** Adds the violations of data about {@code id} in {@code instansi} carried by {@code event}. */
    private static void aboutSubject(EventEnvelope event, UUID id, String idField, String instansi, List<String> violations) {
        if (!id.toString().equals(event.subject())) {
            violations.add("data: $." + idField + ": " + id + " is not the event's subject " + event.subject());
        }
        if (!instansi.equals(event.instansi())) {
            violations.add("data: $.instansi: " + instansi + " is not the event's instansi " + event.instansi());
        }
    }

    private static <T> T consistent(T data, List<String> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidEventException(violations);
        }
        return data;
    }
}
