package org.openasn.retirement.bup.rest;

import org.openasn.commons.problem.QueryValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.retirement.bup.service.AddBupRuleSet;
import org.openasn.retirement.bup.service.BupRuleService;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/bup-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "BUP rules", description = "BUP (batas usia pensiun) is the retirement age of a civil servant; it depends on the "
        + "kind of position (pejabat administrasi 58, JPT 60, fungsional ahli madya 60, ahli utama 65, guru 60, dosen 65, "
        + "guru besar 70, ...). The employee retires at the end of the month in which they reach BUP: their TMT pensiun "
        + "(terhitung mulai tanggal, the effective date of the pension) is the first day of the next month. The ages are "
        + "kept as versioned data with their legal basis (PP 11/2017 jo. PP 17/2020; UU 20/2023; UU 14/2005): a policy "
        + "change is a new version effective from a date; it applies to whoever has not reached BUP when it takes effect. "
        + "A version that lowers an age retires nobody before it takes effect: whoever is already past the new age on its "
        + "effectiveFrom counts as reaching BUP on that day, and their TMT pensiun is the first day of the next month.")
public class BupRuleResource {

    @Inject
    BupRuleService rules;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "Every BUP rule set version, oldest first",
            description = "Each version gives the BUP age of every position category and applies from its effectiveFrom "
                    + "until the next version's effectiveFrom. There is one version per policy change, so the list is short "
                    + "and not paged.")
    public List<BupRuleSetView> list() {
        return rules.list().stream().map(BupRuleSetView::of).toList();
    }

    @GET
    @Path("/current")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "The BUP rule set in force on a date",
            description = "The version with the latest effectiveFrom on or before asOf. The TMT pensiun of an employee "
                    + "is the first day of the month after the month in which they reach the BUP age of their position.")
    @APIResponse(responseCode = "200", description = "The version in force")
    @APIResponse(responseCode = "400", description = "asOf is not a date (yyyy-MM-dd)")
    @APIResponse(responseCode = "404", description = "No version is in force on that date (it is before the first one)")
    public BupRuleSetView current(@QueryParam("asOf") @Parameter(description = "The date (yyyy-MM-dd), such as 2025-12-31; today when absent") String asOf) {
        return BupRuleSetView.of(rules.inForceOn(date("asOf", asOf)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "One BUP rule set version")
    @APIResponse(responseCode = "404", description = "No such version")
    public BupRuleSetView get(@PathParam("id") UUID id) {
        return BupRuleSetView.of(rules.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a new BUP rule set version (a policy change)",
            description = "The new ages apply from effectiveFrom, which must be after the effective date of every existing "
                    + "version; every position category needs an age between 50 and 75. Earlier versions stay as they were, "
                    + "so a retirement date computed under them can still be explained. Every employee's TMT pensiun is recomputed: "
                    + "whoever reaches the age of the previous version on or after effectiveFrom retires under the new one, and "
                    + "where it lowers an age, BUP counts as reached no earlier than effectiveFrom (bupDeferredTo in their "
                    + "projection), so that whoever is past the new age then retires on the first day of the following month.")
    @APIResponse(responseCode = "201", description = "Recorded; Location points at the new version")
    @APIResponse(responseCode = "400", description = "Invalid: every offending field is listed in violations")
    public Response add(AddBupRuleSet command, @Context UriInfo uri) {
        BupRuleSetView version = BupRuleSetView.of(rules.add(command, caller.name()));
        return Response.created(uri.getAbsolutePathBuilder().path(version.id().toString()).build()).entity(version).build();
    }

    private static Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(QueryValues.date(field, value.strip()));
    }
}
