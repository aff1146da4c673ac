package org.openasn.events.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What happened to the employee.
 *
 * @param kind               the mutation, as in the event type: {@code cpns-appointed}, {@code promoted}, ...
 * @param skNumber           number of the decree (surat keputusan, SK) that ordered it
 * @param skDate             date the SK was signed
 * @param tmt                effective date (terhitung mulai tanggal)
 * @param reason             why, in the operator's words (or the import's)
 * @param recordedAt         when personnel-service recorded it
 * @param recordedBy         who recorded it (user name, or {@code import:<file>#<row>})
 * @param backdated          {@code true} when {@code tmt} was before the day it was recorded
 * @param correctsMutationId the mutation this one corrects, for {@code data-corrected}
 */
public record Mutation(UUID mutationId, String kind, String skNumber, LocalDate skDate, LocalDate tmt, String reason,
                       Instant recordedAt, String recordedBy, boolean backdated, UUID correctsMutationId) {
}
