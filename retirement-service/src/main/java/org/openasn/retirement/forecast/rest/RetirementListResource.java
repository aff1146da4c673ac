package org.openasn.retirement.forecast.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.AgencyCode;
import org.openasn.commons.csv.Csv;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.commons.time.Wib;
import org.openasn.retirement.forecast.service.ForecastQuery;
import org.openasn.retirement.forecast.service.NominativeListService;
import org.openasn.retirement.projection.ProjectionService;
import org.openasn.retirement.projection.RetirementView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

@Path("/retirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retirement", description = "Each employee's BUP (retirement age) and TMT pensiun (retirement date), and who retires when")
public class RetirementListResource {

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    NominativeListService lists;
    @Inject
    ProjectionService projections;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Who retires (TMT pensiun) between two dates, by TMT pensiun then name: the nominative list (daftar nominatif)",
            description = "Filters by unit, golongan, jenis jabatan and kind (PNS or PPPK). Counted as of 'from': employees who left before it are not listed; "
                    + "those who retired (or left) since are, so a past period's list shows who retired in it. CSV (format=csv or "
                    + "Accept: text/csv): the list with Indonesian column headings, as agencies publish it. The birth date and the BUP date "
                    + "are personal data: a viewer gets their month and year only (in the CSV, yyyy-MM in the same columns). Where a "
                    + "rule set lowering the age took effect after it was reached, BUP counts as reached on its effective date "
                    + "(bupDeferredTo; CSV column BUP DIHITUNG MULAI) and TMT pensiun is the first day of the next month.")
    @APIResponse(responseCode = "200", description = "The list (JSON; CSV as described)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = RetirementView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid, or to is before from")
    public Response retirements(@QueryParam("instansi") @NotBlank @AgencyCode @Parameter(description = "The agency (instansi) code") String instansi,
                                @QueryParam("from") @NotNull @Parameter(description = "First TMT pensiun (yyyy-MM-dd)") LocalDate from,
                                @QueryParam("to") @NotNull @Parameter(description = "Last TMT pensiun (yyyy-MM-dd)") LocalDate to,
                                @QueryParam("unitId") @Parameter(description = "Only this unit") UUID unitId,
                                @QueryParam("golongan") @Parameter(description = "Only this golongan: a group I–IV, or III/a, or a PPPK IX") String golongan,
                                @QueryParam("jenisJabatan") @Pattern(regexp = "[1-4]")
                                @Parameter(description = "Only this jenis jabatan: 1 struktural, 2 fungsional tertentu, 3 rangkap, 4 fungsional umum") String jenisJabatan,
                                @QueryParam("kind") @Parameter(description = "Only PNS (with CPNS) or only PPPK (with PPPK paruh waktu); default both")
                                ForecastQuery.Kind kind,
                                @QueryParam("limit") @Min(1) @Max(10000) @Parameter(description = "At most this many (default and maximum 10,000)") Integer limit,
                                @QueryParam("format") @Pattern(regexp = "(?i)json|csv") @Parameter(description = "json (default) or csv") String format,
                                @Context HttpHeaders headers) {
        caller.requireAgency(instansi);
        if (to.isBefore(from)) {
            throw InvalidInput.of("to", "must not be before from (" + from + ")");
        }
        ForecastQuery query = new ForecastQuery(instansi, YearMonth.from(from), 1, from, unitId,
                golongan == null || golongan.isBlank() ? null : golongan, jenisJabatan, kind);
        LocalDate today = Wib.today(clock);
        List<RetirementView> list = lists.retiring(query, from, to, limit == null ? 10000 : limit).stream()
                .map(p -> RetirementView.of(p, today, projections.seesBirthDate(caller, p.instansi, p.nip))).toList();
        if (!Csv.wanted(format, headers)) {
            return Response.ok(list, MediaType.APPLICATION_JSON).build();
        }
        StringBuilder csv = new StringBuilder(Csv.line("NO", "NIP", "NAMA", "TANGGAL LAHIR", "JENIS PEGAWAI", "GOLONGAN", "JENIS JABATAN",
                "JABATAN", "UNIT KERJA ID", "BUP", "TANGGAL BUP", "TMT PENSIUN", "DASAR HUKUM", "STATUS", "TMT PENSIUN PERPANJANGAN BUP",
                "BUP DIHITUNG MULAI"));
        for (int i = 0; i < list.size(); i++) {
            RetirementView v = list.get(i);
            Object birth = v.birthDate() != null ? v.birthDate() : v.birthMonth();
            Object bup = v.bupDate() != null ? v.bupDate() : v.bupMonth();
            csv.append(Csv.line(i + 1, v.nip(), v.name(), birth, v.kind(), v.golongan(), v.jenisJabatan(), v.positionName(), v.unitId(),
                    v.bupAge(), bup, v.tmtPensiun(), v.legalBasis(), v.employed() ? "AKTIF" : v.separation(), v.bupExtendedUntil(),
                    v.bupDeferredTo()));
        }
        return Csv.download(csv.toString(), "nominatif-pensiun-" + instansi + "-" + from + "-" + to + ".csv");
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Employees past TMT pensiun but still employed: retirements not recorded (a data-quality finding to act on)")
    public List<RetirementView> overdue(@QueryParam("instansi") @NotBlank @AgencyCode @Parameter(description = "The agency (instansi) code") String instansi) {
        caller.requireAgency(instansi);
        LocalDate today = Wib.today(clock);
        return lists.overdue(instansi, today).stream().map(p -> RetirementView.of(p, today, projections.seesBirthDate(caller, p.instansi, p.nip)))
                .toList();
    }
}
