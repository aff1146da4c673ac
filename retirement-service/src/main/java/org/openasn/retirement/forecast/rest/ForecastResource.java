package org.openasn.retirement.forecast.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.AgencyCode;
import org.openasn.commons.csv.Csv;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.commons.time.Wib;
import org.openasn.retirement.bup.domain.BupRuleSet;
import org.openasn.retirement.bup.service.AddBupRuleSet;
import org.openasn.retirement.bup.service.BupRuleService;
import org.openasn.retirement.forecast.service.ForecastQuery;
import org.openasn.retirement.forecast.service.ForecastService;
import org.openasn.retirement.projection.RetirementProjection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Path("/forecasts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retirement", description = "Each employee's BUP (retirement age) and TMT pensiun (retirement date), and who retires when")
public class ForecastResource {

    /** The first CSV column: which breakdown a line belongs to (each adds up to the month's total on its own). */
    static final String BY_GOLONGAN_AND_JENIS_JABATAN = "GOLONGAN x JENIS JABATAN";
    static final String BY_UNIT = "UNIT KERJA";

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    ForecastService forecasts;
    @Inject
    BupRuleService rules;

    @GET
    @Path("/retirements")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "Retirements (TMT pensiun) per month for the coming years (default 5, at most 10), by golongan, jenis jabatan, both "
            + "and unit, with the eselon posts that fall vacant",
            description = "\"As of\" a date: the forecast as it stood on asOf, from what is known now: employees who had left before asOf "
                    + "are not counted, employees who left on or after it are (a retirement already recorded still counts in its month). "
                    + "A personnel change reaches the forecast as soon as its event is applied. An employee with a recorded BUP extension "
                    + "counts in the month the extension ends; each month's afterBupExtension says how many of its retirements those are. CSV (format=csv or Accept: text/csv): the "
                    + "lines of both breakdowns, told apart by the first column RINCIAN: 'GOLONGAN x JENIS JABATAN' (one line per month, "
                    + "golongan and jenis jabatan) and 'UNIT KERJA' (one line per month and unit); each breakdown adds up to the month's "
                    + "total, so sum one of them only.")
    @APIResponse(responseCode = "200", description = "The forecast (JSON; CSV as described)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ForecastService.Forecast.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (years outside 1–10, a month that is not yyyy-MM, ...)")
    public Response retirements(@BeanParam @Valid ForecastParameters parameters,
                                @QueryParam("format") @Pattern(regexp = "(?i)json|csv") @Parameter(description = "json (default) or csv") String format,
                                @Context HttpHeaders headers) {
        caller.requireAgency(parameters.instansi);
        ForecastService.Forecast forecast = forecasts.forecast(parameters.query(today()));
        if (!Csv.wanted(format, headers)) {
            return Response.ok(forecast, MediaType.APPLICATION_JSON).build();
        }
        StringBuilder csv = new StringBuilder(Csv.line("RINCIAN", "BULAN TMT PENSIUN", "GOLONGAN", "JENIS JABATAN", "UNIT KERJA ID", "JUMLAH"));
        forecast.monthly().forEach(m -> m.byGolonganAndJenisJabatan().forEach((key, count) -> {
            String[] parts = key.split(" x ", 2);
            csv.append(Csv.line(BY_GOLONGAN_AND_JENIS_JABATAN, m.month(), parts[0], parts[1], null, count));
        }));
        forecast.monthly().forEach(m -> m.byUnit().forEach((unit, count) -> csv.append(Csv.line(BY_UNIT, m.month(), null, null, unit, count))));
        return Csv.download(csv.toString(), "proyeksi-pensiun-" + parameters.instansi + "-" + forecast.from() + ".csv");
    }

    /** The forecast under the rules in force and under the simulated ones, month by month. */
    @Schema(description = "A what-if: the forecast under the current rules and under the simulated rule set, side by side")
    public record WhatIf(@Schema(description = "The simulated rule set, in force from its effectiveFrom") AddBupRuleSet simulatedRules,
                         long currentTotal, long simulatedTotal, List<MonthSideBySide> monthly,
                         ForecastService.Forecast current, ForecastService.Forecast simulated) {
    }

    public record MonthSideBySide(YearMonth month, long current, long simulated, long difference) {
    }

    @POST
    @Path("/retirements/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "What-if: the monthly retirement forecast under a simulated BUP rule set, beside the current one",
            description = "Body: a rule set as for POST /bup-rules (every category's age, effectiveFrom, legalBasis), e.g. ADMINISTRATION 60 "
                    + "from 2027-01-01. It is added to the recorded versions (replacing one that starts the same day) and each employee's "
                    + "TMT pensiun is recomputed in the query with the same rule (whoever has not reached BUP when a version takes effect "
                    + "retires under it; under a lowered age, BUP counts as reached no earlier than the version's effectiveFrom, so "
                    + "whoever is already past the new age then retires on the first day of the following month, all in that one month). "
                    + "Nothing is written.")
    @APIResponse(responseCode = "200", description = "Both forecasts, month by month",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WhatIf.class)))
    @APIResponse(responseCode = "400", description = "The rule set is invalid (each field listed) or a parameter is")
    public WhatIf whatIf(@BeanParam @Valid ForecastParameters parameters, @NotNull AddBupRuleSet simulatedRules) {
        caller.requireAgency(parameters.instansi);
        List<BupRuleSet> versions = rules.simulate(simulatedRules);
        ForecastQuery query = parameters.query(today());
        ForecastService.Forecast current = forecasts.forecast(query);
        ForecastService.Forecast simulated = forecasts.forecastUnder(query, versions);
        List<MonthSideBySide> monthly = new ArrayList<>();
        for (int i = 0; i < current.monthly().size(); i++) {
            long now = current.monthly().get(i).total();
            long then = simulated.monthly().get(i).total();
            monthly.add(new MonthSideBySide(current.monthly().get(i).month(), now, then, then - now));
        }
        return new WhatIf(simulatedRules, current.total(), simulated.total(), monthly, current, simulated);
    }

    private LocalDate today() {
        return Wib.today(clock);
    }

    /** A PPPK contract ending: the employee, the contract's last day, and whether BUP comes first. */
    public record ContractEnd(String nip, String name, String kind, String golongan, String positionName, UUID unitId, LocalDate contractEnd,
                              LocalDate tmtPensiun) {
    }

    @GET
    @Path("/pppk-contracts")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "PPPK contracts ending between two dates (forecast apart from BUP retirements), by contract end")
    public List<ContractEnd> contractsEnding(@QueryParam("instansi") @NotBlank @AgencyCode String instansi,
                                             @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        caller.requireAgency(instansi);
        if (to.isBefore(from)) {
            throw InvalidInput.of("to", "must not be before from (" + from + ")");
        }
        return RetirementProjection.<RetirementProjection>find("instansi = ?1 and employed = true and kind in ('PPPK', 'PPPK_PARUH_WAKTU') "
                        + "and contractEnd >= ?2 and contractEnd <= ?3 order by contractEnd, name", instansi, from, to)
                .list().stream().map(p -> new ContractEnd(p.nip, p.name, p.kind, p.golongan, p.positionName, p.unitId, p.contractEnd, p.tmtPensiun))
                .toList();
    }
}
