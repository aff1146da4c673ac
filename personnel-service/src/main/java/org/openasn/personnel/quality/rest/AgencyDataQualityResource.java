package org.openasn.personnel.quality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.openasn.commons.csv.Csv;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.security.Roles;
import org.openasn.personnel.agency.AgencyAccess;
import org.openasn.personnel.quality.QualityCheck;
import org.openasn.personnel.quality.QualityFinding;
import org.openasn.personnel.quality.Scorecard;
import org.openasn.personnel.quality.service.DataQualityService;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

/** The agency's Indeks Kualitas Data ASN. Its own path, so it does not shadow the other {@code /agencies/{instansi}/...} resources. */
@Path("/agencies/{instansi}/data-quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data quality", description = "Indeks Kualitas Data ASN (BKN circular 17/2024): indicators per agency, unit and employee")
public class AgencyDataQualityResource {

    private static final int MAX_PAGE = 200;

    @Inject
    AgencyAccess agencies;
    @Inject
    DataQualityService quality;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "The data-quality index of an agency (or a unit with its sub-units), per indicator and per unit",
            description = """
                    Checks every employee employed today (not separated). An indicator's pass rate is passing / checked \
                    employees; one that does not apply to an employee (the CPNS check on a PNS) counts as passed. The index \
                    is the mean of the pass rates of BKN's checked indicators × 100, two decimals; indicators the service \
                    holds no data for are listed with status NOT_CHECKED and left out of the index. The project's own checks \
                    (rank-outside-range, supervisor-unavailable) are listed with their pass rates and inIndex false: they \
                    are not counted, so that the index stays comparable with BKN's.""")
    public AgencyQualityView agency(@PathParam("instansi") String instansi,
                                    @QueryParam("unitId") @Parameter(description = "Only this unit and the units below it") UUID unitId) {
        agencies.require(instansi);
        return AgencyQualityView.of(quality.agency(instansi, unitId));
    }

    @GET
    @Path("/findings")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The employees who fail an indicator (or any), with what is wrong and how to fix it: the work list behind the index",
            description = "The employees the index counts (employed today, in the agency's own periods), in NIP order, a page at a"
                    + " time, with the findings of the indicator asked for, or all their findings without one. CSV (format=csv or"
                    + " Accept: text/csv): all of them, page and size aside, one line per finding, with Indonesian column headings."
                    + " Names employees, so not for the integration role.")
    @APIResponse(responseCode = "200", description = "The page (JSON), or every finding (CSV)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FailingEmployeesView.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response findings(@PathParam("instansi") String instansi,
                             @QueryParam("check") @Parameter(description = "An indicator's code, e.g. email-invalid; default any") String check,
                             @QueryParam("unitId") @Parameter(description = "Only this unit and the units below it") UUID unitId,
                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                             @QueryParam("size") @DefaultValue("50") @Min(1) @Max(MAX_PAGE) int size,
                             @QueryParam("format") @Pattern(regexp = "(?i)json|csv") @Parameter(description = "json (default) or csv") String format,
                             @Context HttpHeaders headers) {
        agencies.require(instansi);
        QualityCheck indicator = check == null ? null : checked(check);
        String code = indicator == null ? null : indicator.code();
        if (!Csv.wanted(format, headers)) {
            return Response.ok(FailingEmployeesView.of(quality.failing(instansi, unitId, indicator, page, size), code, page, size),
                    MediaType.APPLICATION_JSON).build();
        }
        StringBuilder csv = new StringBuilder(Csv.line("NIP", "NAMA", "UNIT KERJA", "KODE INDIKATOR", "INDIKATOR", "DIMENSI", "TEMUAN",
                "CARA PERBAIKAN"));
        LocalDate asOf = quality.eachFailing(instansi, unitId, indicator, failing -> {
            for (QualityFinding finding : failing.findings()) {
                QualityCheck c = finding.check();
                csv.append(Csv.line(failing.employee().nip, failing.employee().name, failing.unit() == null ? null : failing.unit().name,
                        c.code(), c.indicatorName(), c.dimension(), finding.message(), c.howToFix()));
            }
        });
        return Csv.download(csv.toString(), "kualitas-data-" + instansi + (code == null ? "" : "-" + code) + "-" + asOf + ".csv");
    }

    private static QualityCheck checked(String code) {
        QualityCheck check = QualityCheck.ofCode(code.strip()).orElseThrow(() -> InvalidInput.of("check", "'" + code
                + "' is not an indicator; the indicators checked are " + Scorecard.checkedIndicators().stream().map(QualityCheck::code)
                .collect(Collectors.joining(", "))));
        if (check.status() != QualityCheck.Status.CHECKED) {
            throw InvalidInput.of("check", code + " is not checked: " + check.notCheckedBecause().orElseThrow());
        }
        return check;
    }
}
