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
        Map<UUID, MutationRecord> byId = records.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<Effect> effects = records.stream()
                .filter(r -> r.knownAt(knownAt))
                .filter(r -> actsOnTimeline(r))
                .map(r -> effect(r, byId))
                .toList();
        return Timeline.of(effects);
    }

    private Effect effect(MutationRecord record, Map<UUID, MutationRecord> byId) {
        StateChange change = change(record).toStateChange();
        // a correction that only voids acts as a plain change (of nothing); a replacement acts as what it replaces
        MutationRecord original = replaced(record, byId);
        Effect.Scope scope = change.equals(StateChange.NONE) ? Effect.Scope.CHANGE : scopeOf(original, byId);
        return new Effect(record.id, kindOf(record), scope, record.tmt, record.seq, change, original.instansi);
    }

    /** The mutation a correction replaces, through corrections of corrections; the record itself when it corrects nothing. */
    private static MutationRecord replaced(MutationRecord record, Map<UUID, MutationRecord> byId) {
        MutationRecord current = record;
        while (kindOf(current) == MutationKind.DATA_CORRECTED && current.correctsMutationId != null && byId.containsKey(current.correctsMutationId)) {
            current = byId.get(current.correctsMutationId);
        }
        return current;
    }

    /** Identity-only corrections change the person, not the timeline. */
    private boolean actsOnTimeline(MutationRecord record) {
        return !(kindOf(record) == MutationKind.DATA_CORRECTED && record.correctsMutationId == null);
    }

    /**
     * A correction acts as the mutation it replaces (so a corrected appointment still starts the employment).
     * A registration is several facts; only its first (lowest seq) starts the employment, the others change it.
     */
    private static Effect.Scope scopeOf(MutationRecord original, Map<UUID, MutationRecord> byId) {
        if (kindOf(original) == MutationKind.EMPLOYEE_REGISTERED) {
            MutationRecord registration = original;
            boolean first = byId.values().stream()
                    .noneMatch(r -> kindOf(r) == MutationKind.EMPLOYEE_REGISTERED && r.seq < registration.seq);
            return first ? Effect.Scope.APPOINTMENT : Effect.Scope.CHANGE;
        }
        return kindOf(original).scope();
    }
}
