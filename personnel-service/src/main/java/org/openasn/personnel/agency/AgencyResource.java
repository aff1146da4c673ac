package org.openasn.personnel.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.AgencyCode;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;

import java.time.Instant;
import java.util.List;

/** The agency register. Class path "/" so that it does not shadow the other resources under /agencies/{instansi}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "The agency (instansi) register: name, level of government, region, SIASN id")
public class AgencyResource {

    @Inject
    AgencyService agencies;
    @Inject
    Caller caller;

    public record AgencyView(String instansi, String name, Agency.Level level, String regionCode, String siasnInstansiId, Instant recordedAt,
                             Instant updatedAt) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.instansi, a.name, a.level, a.regionCode, a.siasnInstansiId, a.recordedAt, a.updatedAt);
        }
    }

    @GET
    @Path("/agencies")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "The registered agencies: all of them for an admin, one's own for anyone else")
    public List<AgencyView> list() {
        return agencies.list().stream().filter(a -> caller.hasRole(Roles.ADMIN) || a.instansi.equals(caller.agency()))
                .map(AgencyView::of).toList();
    }

    @GET
    @Path("/agencies/{instansi}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "One agency of the register")
    public AgencyView get(@PathParam("instansi") String instansi) {
        caller.requireAgency(instansi);
        return AgencyView.of(agencies.get(instansi));
    }

    @PUT
    @Path("/agencies/{instansi}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register an agency under its code, or update its details (the code never changes)")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "Another agency has this SIASN id")
    public Response put(@PathParam("instansi") @AgencyCode String instansi, AgencyDetails details) {
        if (agencies.find(instansi).isPresent()) {
            return Response.ok(AgencyView.of(agencies.update(instansi, details, caller.name()))).build();
        }
        return Response.status(Response.Status.CREATED).entity(AgencyView.of(agencies.register(details, instansi, caller.name()))).build();
    }
}
