package org.openasn.personnel.employee.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The change feed integrations (e-Kinerja and others) poll to stay in sync: every recorded mutation and every
 * supervisor assignment, in commit order, after a cursor. Positions are numbered when the recording transaction
 * commits (V13), so an entry never appears behind a cursor a poller has already passed.
 */
@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employee lists")
public class ChangeFeedResource {

    /** Kinds of feed entries that are not mutations. */
    static final String SUPERVISOR_ASSIGNED = "supervisor-assigned";
    static final String SUPERVISOR_CLEARED = "supervisor-cleared";

    @Inject
    Caller caller;
    @Inject
    EntityManager em;

    /**
     * One entry of the change feed: a mutation (its kind, TMT and id) or a supervisor assignment (kind
     * {@code supervisor-assigned} or {@code supervisor-cleared}, {@code tmt} the date it takes effect, {@code assignmentId}
     * and the supervisor's NIP).
     */
    public record Change(long cursor, String nip, UUID employeeId, String kind, LocalDate tmt, Instant recordedAt, UUID mutationId,
                         UUID correctsMutationId, UUID assignmentId, String supervisorNip) {
    }

    public record ChangeFeed(List<Change> changes, long nextCursor) {
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "Change feed: every recorded mutation and supervisor assignment after a cursor, in commit order",
            description = "Poll with after=<nextCursor of the previous answer> to stay in sync (e-Kinerja and other integrations). "
                    + "Entries are numbered when their transaction commits, so none ever appears behind a cursor already returned. "
                    + "Limited to the caller's agency unless admin.")
    public ChangeFeed changes(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
                              @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        String agency = caller.hasRole(Roles.ADMIN) ? null : String.valueOf(caller.agency());
        var query = em.createNativeQuery("""
                        SELECT f.position, e.nip, e.id,
                               COALESCE(m.kind, CASE WHEN s.supervisor_id IS NULL THEN '%s' ELSE '%s' END),
                               COALESCE(m.tmt, s.valid_from), COALESCE(m.recorded_at, s.recorded_at), m.id, m.corrects_mutation_id,
                               s.id, sup.nip
                        FROM change_feed f
                             LEFT JOIN mutation m ON m.id = f.mutation_id
                             LEFT JOIN supervisor_assignment s ON s.id = f.assignment_id
                             JOIN employee e ON e.id = COALESCE(m.employee_id, s.employee_id)
                             LEFT JOIN employee sup ON sup.id = s.supervisor_id
                        WHERE f.position > :after%s
                        ORDER BY f.position LIMIT :limit"""
                        .formatted(SUPERVISOR_CLEARED, SUPERVISOR_ASSIGNED, agency == null ? "" : " AND f.instansi = :agency"))
                .setParameter("after", after)
                .setParameter("limit", limit);
        if (agency != null) {
            query.setParameter("agency", agency);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Change> changes = rows.stream().map(ChangeFeedResource::change).toList();
        return new ChangeFeed(changes, changes.isEmpty() ? after : changes.get(changes.size() - 1).cursor());
    }

    private static Change change(Object[] row) {
        return new Change(((Number) row[0]).longValue(), (String) row[1], (UUID) row[2], (String) row[3], date(row[4]),
                instant(row[5]), (UUID) row[6], (UUID) row[7], (UUID) row[8], (String) row[9]);
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
    }
}
