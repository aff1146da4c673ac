package org.openasn.retirement.projection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.security.Roles;

@Path("/admin/retirement-due")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retirement", description = "Each employee's BUP (retirement age) and TMT pensiun (retirement date), and who retires when")
public class RetirementDueResource {

    @Inject
    RetirementDueJob job;

    /** How many RetirementDue events a run emitted. */
    public record Run(int emitted) {
    }

    @POST
    @Path("/run")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run the daily RetirementDue job now (it also runs every day at 00:10 WIB and at start-up); never emits twice")
    public Run run() {
        return new Run(job.emitDue());
    }
}
