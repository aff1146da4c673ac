package org.openasn.retirement.pension.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
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
import org.openasn.retirement.pension.domain.RetirementKind;
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
                                      @Schema(description = "The kind of retirement estimated") RetirementKind retirementKind,
                                      @Schema(description = "TMT CPNS: where the masa kerja starts") LocalDate tmtCpns,
                                      @Schema(description = "TMT pensiun: when the pension starts; at BUP the projected one, for a disability "
                                              + "the one given") LocalDate tmtPensiun,
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
                    + "dasar pensiun (art. 16). retirementKind DISABILITY_IN_DUTY (a disability in the line of duty, art. 9 (1) b): "
                    + "75% of the dasar pensiun whatever the masa kerja, never below the lowest gaji pokok (art. 11 (1) b and c); "
                    + "DISABILITY_NOT_IN_DUTY (art. 9 (1) c): no pension below 4 years of masa kerja, otherwise as at BUP. The rules "
                    + "in force on TMT pensiun are at GET /pension-rules. Each figure is COMPLETE, APPROXIMATE (an input was derived; "
                    + "see approximations) or UNAVAILABLE (an input or table value is missing, or no pension is due; see missing): "
                    + "nothing is guessed silently.")
    @APIResponse(responseCode = "200", description = "The estimate")
    @APIResponse(responseCode = "400", description = "masaKerjaGolongan outside 0–40; retirementKind not one of the allowed values; tmtPensiun "
            + "given for BUP, missing for a disability, not after TMT CPNS or after the TMT pensiun at BUP")
    @APIResponse(responseCode = "403", description = "Another agency's employee, or the self role asking about someone else")
    @APIResponse(responseCode = "404", description = "No employee with that NIP")
    public PensionEstimateView estimate(@PathParam("nip") @Parameter(description = "NIP of the employee (18 digits)") String nip,
                                        @QueryParam("masaKerjaGolongan") @Min(0) @Max(40)
                                        @Parameter(description = "Masa kerja golongan (MKG, years) the employee will have at TMT pensiun, "
                                                + "from their latest SK; when absent it is approximated by the whole masa kerja and the "
                                                + "estimate is APPROXIMATE") Integer masaKerjaGolongan,
                                        @QueryParam("retirementKind") @DefaultValue("BUP")
                                        @Parameter(description = "Why the employee retires: BUP (at the batas usia pensiun, on the projected "
                                                + "TMT pensiun), DISABILITY_IN_DUTY (declared unable to work in any position because of the "
                                                + "duties of office), DISABILITY_NOT_IN_DUTY (declared so for another cause)") RetirementKind retirementKind,
                                        @QueryParam("tmtPensiun")
                                        @Parameter(description = "TMT pensiun (yyyy-MM-dd) of a disability retirement, required with a "
                                                + "disability kind: after TMT CPNS, not after the TMT pensiun at BUP; not given with BUP") LocalDate tmtPensiun) {
        PensionEstimateService.Result r = pensions.estimate(caller, nip, masaKerjaGolongan, retirementKind, tmtPensiun);
        TableRef table = r.table() == null ? null
                : new TableRef(r.table().id(), r.table().effectiveFrom(), r.table().legalBasis(), r.table().source());
        return new PensionEstimateView(r.employee().nip, r.employee().name, r.employee().kind, r.employee().golongan, retirementKind,
                r.employee().tmtCpns, r.tmtPensiun(), table, r.rules().legalBasis(), r.estimate());
    }
}
