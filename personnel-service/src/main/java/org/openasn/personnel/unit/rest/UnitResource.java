package org.openasn.personnel.unit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.AgencyCode;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.personnel.agency.AgencyAccess;
import org.openasn.personnel.unit.service.ClassifyUnit;
import org.openasn.personnel.unit.service.RegisterUnit;
import org.openasn.personnel.unit.service.UnitService;

import java.util.List;
import java.util.UUID;

@Path("/agencies/{instansi}/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "An agency's organisation units (SKPD and sub-units)")
public class UnitResource {

    @Inject
    UnitService units;
    @Inject
    Caller caller;
    @Inject
    AgencyAccess agencies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Register an organisation unit")
    @APIResponse(responseCode = "201", description = "Registered; Location points at the unit")
    @APIResponse(responseCode = "409", description = "The agency already has a unit with this code")
    public Response register(@PathParam("instansi") @Parameter(description = "Agency (instansi) code") @AgencyCode String instansi,
                             RegisterUnit command, @jakarta.ws.rs.core.Context UriInfo uri) {
        agencies.require(instansi);
        UnitView unit = UnitView.of(units.register(instansi, command, caller.name()));
        return Response.created(uri.getAbsolutePathBuilder().path(unit.id().toString()).build()).entity(unit).build();
    }

    @PUT
    @Path("/{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Set a unit's type (kind of SKPD), school level and listing order",
            description = "Replaces all three (an absent value clears it); a school level alone makes the unit a SEKOLAH. The listing "
                    + "order is the unit's place in the agency's own list of its units (its regulation on perangkat daerah), which the "
                    + "unit tree and the staffing profile's unit tables follow. Publishes asn.personnel.unit-classified.v1 when "
                    + "something changes.")
    @APIResponse(responseCode = "200", description = "The unit as it now is")
    @APIResponse(responseCode = "400", description = "Unknown unit type or school level, a school level on a unit that is not a school, "
            + "or a listing order outside 1-99999")
    public UnitView classify(@PathParam("instansi") String instansi, @PathParam("id") UUID id, @NotNull ClassifyUnit command) {
        agencies.require(instansi);
        return UnitView.of(units.classify(instansi, id, command));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "List an agency's units, by code")
    public List<UnitView> list(@PathParam("instansi") String instansi) {
        agencies.require(instansi);
        return units.list(instansi).stream().map(UnitView::of).toList();
    }

    /** A unit with its own headcount and that of its whole subtree. */
    public record UnitNode(UUID id, String code, String name, long headcount, long totalHeadcount, List<UnitNode> children) {
    }

    @GET
    @Path("/tree")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "The agency's units as a tree, with the employees in service today in each unit and its subtree")
    public List<UnitNode> tree(@PathParam("instansi") String instansi) {
        agencies.require(instansi);
        return units.tree(instansi).stream().map(UnitResource::node).toList();
    }

    private static UnitNode node(UnitService.TreeNode n) {
        return new UnitNode(n.unit().id, n.unit().code, n.unit().name, n.headcount(), n.totalHeadcount(),
                n.children().stream().map(UnitResource::node).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "One unit")
    public UnitView get(@PathParam("instansi") String instansi, @PathParam("id") UUID id) {
        agencies.require(instansi);
        return UnitView.of(units.get(instansi, id));
    }
}
