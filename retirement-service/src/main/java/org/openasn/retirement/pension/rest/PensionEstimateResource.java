package org.openasn.retirement.pension.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.retirement.pension.domain.PensionEstimate;
import org.openasn.retirement.pension.service.PensionEstimateService;

import java.time.LocalDate;
import java.util.UUID;

@Path("/employees/{nip}/pension-estimate")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pension", description = "Gaji pokok (basic salary) tables of PNS as versioned data, and pension estimates (UU 11/1969)")
public class PensionEstimateResource {

    @Inject
    PensionEstimateService pensions;
    @Inject
    Caller caller;

    @Schema(description = "The gaji pokok table a figure came from")
    public record TableRef(UUID id, LocalDate effectiveFrom, String legalBasis, String source) {
    }

    @Schema(description = "A pension estimate with every step explained")
    public record PensionEstimateView(String nip, String name, String kind, String golongan,
                                      @Schema(description = "TMT CPNS: where the masa kerja starts") LocalDate tmtCpns,
                                      @Schema(description = "TMT pensiun: when the pension starts") LocalDate tmtPensiun,
                                      @Schema(description = "The salary table in force on TMT pensiun; null when none is loaded") TableRef salaryTable,
                                      @Schema(description = "The pension law the rules come from") String pensionRules,
                                      PensionEstimate estimate) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.SELF})
    @Operation(summary = "Estimate an employee's pensiun pokok and pensiun janda/duda at TMT pensiun, every step explained",
            description = "pensiun pokok = 2.5% × whole years of masa kerja (TMT CPNS to TMT pensiun) × dasar pensiun (the gaji pokok of "
                    + "the golongan held, at the masa kerja golongan reached, in the salary table in force on TMT pensiun), at most 75%, "
                    + "at least 40% and never below the lowest gaji pokok (UU 11/1969 art. 11); pensiun janda/duda = 36% of the "
                    + "dasar pensiun (art. 16). Each figure is COMPLETE, APPROXIMATE (an input was derived; see approximations) or "
                    + "UNAVAILABLE (an input or table value is missing; see missing): nothing is guessed silently.")
    @APIResponse(responseCode = "200", description = "The estimate")
    @APIResponse(responseCode = "400", description = "masaKerjaGolongan outside 0–40")
    @APIResponse(responseCode = "403", description = "Another agency's employee, or the self role asking about someone else")
    @APIResponse(responseCode = "404", description = "No employee with that NIP")
    public PensionEstimateView estimate(@PathParam("nip") @Parameter(description = "NIP of the employee (18 digits)") String nip,
                                        @QueryParam("masaKerjaGolongan") @Min(0) @Max(40)
                                        @Parameter(description = "Masa kerja golongan (MKG, years) the employee will have at TMT pensiun, "
                                                + "from their latest SK; when absent it is approximated by the whole masa kerja and the "
                                                + "estimate is APPROXIMATE") Integer masaKerjaGolongan) {
        PensionEstimateService.Result r = pensions.estimate(caller, nip, masaKerjaGolongan);
        TableRef table = r.table() == null ? null
                : new TableRef(r.table().id(), r.table().effectiveFrom(), r.table().legalBasis(), r.table().source());
        return new PensionEstimateView(r.employee().nip, r.employee().name, r.employee().kind, r.employee().golongan, r.employee().tmtCpns,
                r.employee().tmtPensiun, table, r.rules().legalBasis(), r.estimate());
    }
}
