package org.openasn.reporting.readmodel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.ConflictProblem;
import org.openasn.commons.security.Roles;

@Path("/admin/read-model")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Read model administration", description = "The headcount read model: its lag behind the events, and rebuilding it from the topics")
public class ReadModelResource {

    @Inject
    ReadModelRebuild rebuild;

    @GET
    @Operation(summary = "The read model's consumer: events applied, lag (records and seconds), the last rebuild and its rate")
    public ReadModelRebuild.State state() {
        return rebuild.state().orElseThrow(ReadModelResource::notConsuming);
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Empties the read model and reads personnel.events again from the beginning",
            description = "Returns 202 at once; GET /admin/read-model shows rebuild.finishedAt when the consumer has caught up with the "
                    + "topics as they were when the rebuild started. Readiness is DOWN meanwhile (the lag is the age of the oldest "
                    + "event not yet applied). 409 while a rebuild is running. Run with one instance of the service.")
    @APIResponse(responseCode = "202", description = "Started: the consumer's state, with the rebuild under way",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReadModelRebuild.State.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is already running, or the consumer does not run in this instance")
    public Response start() {
        rebuild.start();
        return Response.accepted(rebuild.state().orElseThrow(ReadModelResource::notConsuming)).build();
    }

    private static ConflictProblem notConsuming() {
        return new ConflictProblem("consumer-not-running", "the read model's consumer does not run in this instance "
                + "(asn.events.consumers.enabled=false)");
    }
}
