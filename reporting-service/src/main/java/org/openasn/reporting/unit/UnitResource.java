package org.openasn.reporting.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.AgencyCode;
import org.openasn.commons.security.Roles;
import org.openasn.reporting.access.ReadScope;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "The organisation units that reports roll up on")
public class UnitResource {

    @Inject
    ReadScope scope;

    /**
     * A unit as reported.
     *
     * @param unitType    its kind (asn-reference {@code JenisUnit}: DINAS, KECAMATAN, SEKOLAH, ...), {@code null} when
     *                    personnel-service published none
     * @param schoolLevel a school's level (TK, SD, SMP, ...), {@code null} for other units
     * @param listOrder   its place in the agency's own listing of its units, {@code null} when none was published
     */
    public record UnitRow(UUID id, String instansi, String code, String name, UUID parentId, LocalDate validFrom, String unitType,
                          String schoolLevel, Integer listOrder) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "An agency's units as known to reporting (from personnel events)",
            description = "Operators and viewers read their own agency's units; admins and integrations any agency's.")
    public List<UnitRow> list(@QueryParam("instansi") @NotBlank @AgencyCode String instansi) {
        scope.require(instansi);
        return OrgUnit.listAgency(instansi).stream()
                .map(u -> new UnitRow(u.id, u.instansi, u.code, u.name, u.parentId, u.validFrom, u.unitType, u.schoolLevel,
                        u.listOrder)).toList();
    }
}
