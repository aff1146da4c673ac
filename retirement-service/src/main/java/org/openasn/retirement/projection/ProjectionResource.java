package org.openasn.retirement.projection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.commons.time.Wib;

import java.time.Clock;

@Path("/employees/{nip}/retirement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retirement", description = "Each employee's BUP (retirement age) and TMT pensiun (retirement date), and who retires when")
public class ProjectionResource {

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    ProjectionService projections;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.SELF})
    @Operation(summary = "An employee's BUP, the rule applied and its legal basis, BUP date, TMT pensiun, months remaining, MPP eligibility",
            description = "The birth date and the BUP date are personal data: a viewer gets their month and year (birthMonth, bupMonth) only.")
    public RetirementView employee(@PathParam("nip") @Parameter(description = "NIP of the employee (18 digits)") String nip) {
        RetirementProjection p = projections.readableBy(caller, nip);
        return RetirementView.of(p, Wib.today(clock), projections.seesBirthDate(caller, p.instansi, p.nip));
    }
}
