package org.openasn.personnel.employee.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openasn.personnel.employee.Effect;
import org.openasn.personnel.employee.MutationKind;
import org.openasn.personnel.employee.StateChange;
import org.openasn.personnel.employee.Timeline;
import org.openasn.personnel.employee.persistence.MutationRecord;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes the mutation log's JSON, and folds an employee's log into a timeline. */
@ApplicationScoped
public class MutationLog {

    private static final Map<String, MutationKind> KINDS = Arrays.stream(MutationKind.values())
            .collect(Collectors.toMap(MutationKind::eventKind, Function.identity()));

    @Inject
    ObjectMapper json;

    public String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the mutation log", e);
        }
    }

    public ChangeDocument change(MutationRecord record) {
        try {
            return json.readValue(record.change, ChangeDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable change of mutation " + record.id, e);
        }
    }

    public static MutationKind kindOf(MutationRecord record) {
        return KINDS.get(record.kind);
    }

    /** The timeline as it was known at {@code knownAt}: mutations recorded by then and not voided by then. */
    public Timeline timeline(List<MutationRecord> records, Instant knownAt) {
        Map<UUID, MutationRecord> byId = byId(records);
        List<Effect> effects = records.stream()
                .filter(r -> r.knownAt(knownAt))
                .filter(r -> actsOnTimeline(r))
                .map(r -> effect(r, byId))
                .toList();
        return Timeline.of(effects);
    }

    private Effect effect(MutationRecord record, Map<UUID, MutationRecord> byId) {
        StateChange change = change(record).toStateChange();
        Acting acting = actingAs(record, byId);
        // a correction that only voids acts as a plain change (of nothing); a replacement acts as what it replaces
        Effect.Scope scope = change.equals(StateChange.NONE) ? Effect.Scope.CHANGE : acting.scope();
        return new Effect(record.id, kindOf(record), scope, record.tmt, record.seq, change, acting.instansi());
    }

    /** How a mutation acts on the timeline: its scope, and the agency it was recorded in. */
    public record Acting(Effect.Scope scope, String instansi) {
    }

    /**
     * How {@code record} acts among the employee's {@code records}, so that a replacement of it, checked before it is
     * recorded, acts as it will in the timeline.
     */
    public Acting actingAs(MutationRecord record, List<MutationRecord> records) {
        return actingAs(record, byId(records));
    }

    /**
     * A correction acts as the mutation it replaces, through corrections of corrections (so a corrected appointment still
     * starts the employment, in the agency that recorded it). A registration is several facts; only its first (lowest
     * seq) starts the employment, the others change it.
     */
    private static Acting actingAs(MutationRecord record, Map<UUID, MutationRecord> byId) {
        MutationRecord original = record;
        while (kindOf(original) == MutationKind.DATA_CORRECTED && original.correctsMutationId != null && byId.containsKey(original.correctsMutationId)) {
            original = byId.get(original.correctsMutationId);
        }
        if (kindOf(original) == MutationKind.EMPLOYEE_REGISTERED) {
            MutationRecord registration = original;
            boolean first = byId.values().stream()
                    .noneMatch(r -> kindOf(r) == MutationKind.EMPLOYEE_REGISTERED && r.seq < registration.seq);
            return new Acting(first ? Effect.Scope.APPOINTMENT : Effect.Scope.CHANGE, original.instansi);
        }
        return new Acting(kindOf(original).scope(), original.instansi);
    }

    private static Map<UUID, MutationRecord> byId(List<MutationRecord> records) {
        return records.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
    }

    /** Identity-only corrections change the person, not the timeline. */
    private boolean actsOnTimeline(MutationRecord record) {
        return !(kindOf(record) == MutationKind.DATA_CORRECTED && record.correctsMutationId == null);
    }
}
