package org.openasn.personnel.employee.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.openasn.personnel.employee.persistence.MutationRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded mutation: the audit record. {@code pending} when its TMT is still in the future;
 * {@code voidedAt} when a correction replaced it.
 */
public record MutationView(UUID id, long seq, String kind, String skNumber, LocalDate skDate, LocalDate tmt, String reason,
                           JsonNode change, JsonNode warnings, boolean backdated, boolean pending, Instant recordedAt,
                           String recordedBy, UUID correctsMutationId, Instant voidedAt, UUID voidedBy) {

    static MutationView of(MutationRecord m, LocalDate today, com.fasterxml.jackson.databind.ObjectMapper json) {
        try {
            return new MutationView(m.id, m.seq, m.kind, m.skNumber, m.skDate, m.tmt, m.reason, json.readTree(m.change),
                    json.readTree(m.warnings), m.backdated, m.tmt.isAfter(today), m.recordedAt, m.recordedBy, m.correctsMutationId,
                    m.voidedAt, m.voidedBy);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable mutation " + m.id, e);
        }
    }
}
