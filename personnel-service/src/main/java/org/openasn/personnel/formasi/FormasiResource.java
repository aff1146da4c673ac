package org.openasn.personnel.formasi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.NotFoundProblem;
import org.openasn.commons.problem.QueryValues;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.personnel.agency.AgencyAccess;
import org.openasn.personnel.config.PersonnelConfig;
import org.openasn.personnel.unit.Unit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each unit's formasi, as of any date. Filled counts the employees in service who held the position in the unit
 * on that date; vacant is what remains of the slots (never negative: an over-filled post is
 * reported as such).
 */
@Path("/agencies/{instansi}/formasi")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions and formasi", description = "Positions (jabatan) and each unit's formasi: slots, filled, vacant, prepared")
public class FormasiResource {

    @Inject
    Caller caller;
    @Inject
    AgencyAccess agencies;
    @Inject
    EntityManager em;
    @Inject
    FormasiService formasiService;
    @Inject
    Clock clock;
    @Inject
    PersonnelConfig config;

    public record FormasiRequest(@NotNull UUID unitId, @NotNull UUID positionId, @NotNull @Min(0) @Max(10000) Integer slots,
                                 @Min(0) @Max(10000) Integer prepared, LocalDate validFrom) {
    }

    public record FormasiRow(UUID formasiId, UUID unitId, String unitName, UUID positionId, String positionName, String eselon, int slots,
                             int filled, int vacant, int overfilled, int prepared, LocalDate validFrom) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Set a position's formasi in a unit: slots and prepared, from validFrom (default today)",
            description = "Publishes asn.personnel.formasi-set.v1. validFrom may not precede the formasi it replaces.")
    public FormasiRow setFormasi(@PathParam("instansi") String instansi, @NotNull @Valid FormasiRequest request) {
        agencies.require(instansi);
        Formasi formasi = formasiService.set(instansi, request.unitId(), request.positionId(), request.slots(),
                request.prepared() == null ? 0 : request.prepared(), request.validFrom(), caller.name());
        return rows(instansi, formasi.unitId, formasi.validFrom).stream().filter(r -> r.formasiId().equals(formasi.id)).findFirst()
                .orElseThrow();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "Formasi filled, vacant and prepared, per unit and position, as of a date (default today)",
            description = "The formasi version in force on asOf, against the employees in service who held the position in the unit on that date.")
    public List<FormasiRow> formasi(@PathParam("instansi") String instansi, @QueryParam("unitId") UUID unitId,
                                    @QueryParam("asOf") @Parameter(description = "yyyy-MM-dd") String asOf) {
        agencies.require(instansi);
        return rows(instansi, unitId, asOf == null ? config.today(clock) : QueryValues.date("asOf", asOf));
    }

    /** One recorded setting of a formasi. */
    public record VersionView(LocalDate validFrom, int slots, int prepared, Instant recordedAt, String recordedBy) {
    }

    @GET
    @Path("/{formasiId}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "Every recorded setting of one formasi, oldest first")
    public List<VersionView> history(@PathParam("instansi") String instansi, @PathParam("formasiId") UUID formasiId) {
        agencies.require(instansi);
        Formasi formasi = Formasi.<Formasi>findByIdOptional(formasiId)
                .filter(f -> Unit.findInAgency(instansi, f.unitId).isPresent())
                .orElseThrow(() -> new NotFoundProblem("No formasi " + formasiId + " in agency " + instansi + "."));
        return FormasiVersion.of(formasi.id).stream()
                .map(v -> new VersionView(v.validFrom, v.slots, v.prepared, v.recordedAt, v.recordedBy)).toList();
    }

    private List<FormasiRow> rows(String instansi, UUID unitId, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object[]> filled = em.createNativeQuery("""
                        SELECT p.unit_id, p.jabatan_id, count(*) FROM employee_period p
                        WHERE p.instansi = :instansi AND p.in_service AND p.jabatan_id IS NOT NULL
                          AND p.valid_from <= :date AND (p.valid_to IS NULL OR p.valid_to > :date)
                        GROUP BY p.unit_id, p.jabatan_id""")
                .setParameter("instansi", instansi).setParameter("date", date).getResultList();
        Map<String, Integer> holders = filled.stream().collect(Collectors.toMap(r -> r[0] + "|" + r[1], r -> ((Number) r[2]).intValue()));
        Map<UUID, Unit> units = Unit.listAgency(instansi).stream().collect(Collectors.toMap(u -> u.id, u -> u));
        Map<UUID, JobPosition> positions = JobPosition.listAgency(instansi).stream().collect(Collectors.toMap(p -> p.id, p -> p));
        List<FormasiRow> rows = new ArrayList<>();
        if (units.isEmpty()) {
            return rows;
        }
        Map<UUID, Formasi> formasi = (unitId == null ? Formasi.<Formasi>list("unitId in ?1", units.keySet()) : Formasi.<Formasi>list("unitId = ?1", unitId))
                .stream().collect(Collectors.toMap(f -> f.id, f -> f));
        if (formasi.isEmpty()) {
            return rows;
        }
        List<FormasiVersion> inForce = em.createQuery("""
                        SELECT v FROM FormasiVersion v WHERE v.formasiId IN :ids AND v.validFrom <= :date
                        ORDER BY v.formasiId, v.validFrom DESC, v.recordedAt DESC""", FormasiVersion.class)
                .setParameter("ids", formasi.keySet()).setParameter("date", date).getResultList();
        Set<UUID> seen = new HashSet<>();
        for (FormasiVersion v : inForce) {
            if (!seen.add(v.formasiId)) {
                continue;   // an older version of a formasi already answered
            }
            Formasi f = formasi.get(v.formasiId);
            Unit unit = units.get(f.unitId);
            JobPosition position = positions.get(f.positionId);
            if (unit == null || position == null) {
                continue;
            }
            int held = holders.getOrDefault(f.unitId + "|" + position.jabatanId, 0);
            rows.add(new FormasiRow(f.id, unit.id, unit.name, position.id, position.name, position.eselon, v.slots, held,
                    Math.max(0, v.slots - held), Math.max(0, held - v.slots), v.prepared, v.validFrom));
        }
        rows.sort(Comparator.comparing(FormasiRow::unitName).thenComparing(FormasiRow::positionName));
        return rows;
    }
}
