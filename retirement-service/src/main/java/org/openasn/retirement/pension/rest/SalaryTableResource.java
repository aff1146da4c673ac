package org.openasn.retirement.pension.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.retirement.pension.SalaryTableVersion;
import org.openasn.retirement.pension.domain.SalaryTable;
import org.openasn.retirement.pension.service.SalaryTableService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/salary-tables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pension", description = "Gaji pokok (basic salary) tables of PNS as versioned data, and pension estimates (UU 11/1969)")
public class SalaryTableResource {

    @Inject
    SalaryTableService tables;
    @Inject
    Caller caller;

    @Schema(description = "One version of the gaji pokok table, in force from effectiveFrom until the next version")
    public record SalaryTableView(UUID id, LocalDate effectiveFrom, String legalBasis, String source, Instant recordedAt, String recordedBy,
                                  @Schema(description = "Number of steps (golongan × MKG)") int steps) {
        static SalaryTableView of(SalaryTableVersion v) {
            return new SalaryTableView(v.id, v.effectiveFrom, v.legalBasis, v.source, v.recordedAt, v.recordedBy, v.steps.size());
        }
    }

    @Schema(description = "One step: the gaji pokok of a golongan at a masa kerja golongan (MKG, years)")
    public record StepView(int golonganId, String golongan, int mkg, long gajiPokok) {
    }

    @Schema(description = "A gaji pokok table version with every step")
    public record SalaryTableDetail(UUID id, LocalDate effectiveFrom, String legalBasis, String source, long lowestGajiPokok, List<StepView> steps) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "Every gaji pokok table version, oldest first",
            description = "PP 5/2024 (effective 1 January 2024) is loaded by migration; a new regulation is loaded with POST.")
    public List<SalaryTableView> list() {
        return tables.list().stream().map(SalaryTableView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "One gaji pokok table version with every step, by golongan then MKG")
    @APIResponse(responseCode = "404", description = "No such version")
    public SalaryTableDetail get(@PathParam("id") @Parameter(description = "The version's id") UUID id) {
        SalaryTable table = tables.get(id);
        return new SalaryTableDetail(table.id(), table.effectiveFrom(), table.legalBasis(), table.source(), table.lowestGajiPokok(),
                table.entries().stream().map(e -> new StepView(e.golongan().siasnId(), e.golongan().code(), e.mkg(), e.gajiPokok())).toList());
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Load a new gaji pokok table version (a new salary regulation) from its CSV",
            description = "Body: the CSV with header golongan_id,golongan,mkg,gaji_pokok and one step per line, such as "
                    + "31,III/a,0,2785700 (the layout of docs/domain/gaji-pokok-pns-pp-5-2024.csv). Between listed steps the lower "
                    + "one applies. Every bad line is reported with its number; nothing is loaded unless the whole file is good.")
    @APIResponse(responseCode = "201", description = "Loaded; Location points at the new version")
    @APIResponse(responseCode = "400", description = "A missing parameter, a date already used, or bad lines, each listed in violations")
    public Response load(String csv,
                         @QueryParam("effectiveFrom") @Parameter(description = "First day the table applies (yyyy-MM-dd)", required = true) String effectiveFrom,
                         @QueryParam("legalBasis") @Parameter(description = "The regulation, such as 'PP 5/2024'", required = true) String legalBasis,
                         @QueryParam("source") @Parameter(description = "Where the figures come from (annex, file name)", required = true) String source,
                         @Context UriInfo uri) {
        SalaryTableVersion version = tables.load(csv, date(effectiveFrom), legalBasis, source, caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(version.id.toString()).build()).entity(SalaryTableView.of(version)).build();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return QueryValues.date("effectiveFrom", value.strip());
    }
}
