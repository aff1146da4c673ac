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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.personnel.unit.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each unit's formasi. Filled counts the employees in service who hold the
 * position in the unit today; vacant is what remains of the slots (never negative: an over-filled post is
 * reported as such).
 */
@Path("/agencies/{instansi}/formasi")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions and formasi", description = "Positions (jabatan) and each unit's formasi: slots, filled, vacant, prepared")
public class FormasiResource {

    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    FormasiService formasiService;

    public record FormasiRequest(@NotNull UUID unitId, @NotNull UUID positionId, @NotNull @Min(0) @Max(10000) Integer slots,
                                 @Min(0) @Max(10000) Integer prepared, LocalDate validFrom) {
    }

    public record FormasiRow(UUID unitId, String unitName, UUID positionId, String positionName, String eselon, int slots,
                             int filled, int vacant, int overfilled, int prepared, LocalDate validFrom) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Set a position's formasi in a unit: slots and prepared, from validFrom (default today)",
            description = "Publishes asn.personnel.formasi-set.v1. validFrom may not precede the formasi it replaces.")
    public FormasiRow setFormasi(@PathParam("instansi") String instansi, @NotNull @Valid FormasiRequest request) {
        caller.requireAgency(instansi);
        Formasi formasi = formasiService.set(instansi, request.unitId(), request.positionId(), request.slots(),
                request.prepared() == null ? 0 : request.prepared(), request.validFrom(), caller.name());
        return rows(instansi, formasi.unitId).stream().filter(r -> r.positionId().equals(formasi.positionId)).findFirst().orElseThrow();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "Formasi filled, vacant and prepared, per unit and position (today)")
    public List<FormasiRow> formasi(@PathParam("instansi") String instansi, @QueryParam("unitId") UUID unitId) {
        caller.requireAgency(instansi);
        return rows(instansi, unitId);
    }

    private List<FormasiRow> rows(String instansi, UUID unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> filled = em.createNativeQuery("""
                        SELECT unit_id, jabatan_id, count(*) FROM employee
                        WHERE instansi = :instansi AND in_service AND jabatan_id IS NOT NULL GROUP BY unit_id, jabatan_id""")
                .setParameter("instansi", instansi).getResultList();
        Map<String, Integer> holders = filled.stream().collect(Collectors.toMap(r -> r[0] + "|" + r[1], r -> ((Number) r[2]).intValue()));
        Map<UUID, Unit> units = Unit.listAgency(instansi).stream().collect(Collectors.toMap(u -> u.id, u -> u));
        Map<UUID, JobPosition> positions = JobPosition.listAgency(instansi).stream().collect(Collectors.toMap(p -> p.id, p -> p));
        List<FormasiRow> rows = new ArrayList<>();
        if (units.isEmpty()) {
            return rows;
        }
        List<Formasi> all = unitId == null
                ? Formasi.list("unitId in ?1", units.keySet())
                : Formasi.list("unitId = ?1", unitId);
        for (Formasi f : all) {
            Unit unit = units.get(f.unitId);
            JobPosition position = positions.get(f.positionId);
            if (unit == null || position == null) {
                continue;
            }
            int held = holders.getOrDefault(f.unitId + "|" + position.jabatanId, 0);
            rows.add(new FormasiRow(unit.id, unit.name, position.id, position.name, position.eselon, f.slots, held,
                    Math.max(0, f.slots - held), Math.max(0, held - f.slots), f.prepared, f.validFrom));
        }
        rows.sort(java.util.Comparator.comparing(FormasiRow::unitName).thenComparing(FormasiRow::positionName));
        return rows;
    }
}
