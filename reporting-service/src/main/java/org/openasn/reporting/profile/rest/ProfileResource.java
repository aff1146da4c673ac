package org.openasn.reporting.profile.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
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
import org.openasn.commons.problem.AgencyCode;
import org.openasn.commons.csv.Csv;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.problem.QueryValues;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.commons.time.Wib;
import org.openasn.reporting.profile.ProfileCatalogue;
import org.openasn.reporting.profile.ProfileTable;
import org.openasn.reporting.profile.TableBuilder;
import org.openasn.reporting.profile.export.ProfileHtml;
import org.openasn.reporting.profile.export.ProfilePdf;
import org.openasn.reporting.profile.export.TableCsv;
import org.openasn.reporting.profile.export.TableXlsx;
import org.openasn.reporting.profile.service.ProfileService;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

@Path("/profile")
@Tag(name = "Profile tables", description = "The tables of the monthly staffing profile (seed 000's Tables 3.1–3.23 and seed 002's "
        + "variants) for any agency and month, as JSON, CSV or XLSX, with totals that reconcile; and the whole profile as one document")
public class ProfileResource {

    private static final MediaType CSV = MediaType.valueOf(Csv.MEDIA_TYPE);
    private static final MediaType XLSX = MediaType.valueOf(TableXlsx.MEDIA_TYPE);
    private static final MediaType HTML = MediaType.valueOf(ProfileHtml.MEDIA_TYPE);
    private static final MediaType PDF = MediaType.valueOf(ProfilePdf.MEDIA_TYPE);
    /** What format= names for a table, the default first. */
    private static final List<Format> TABLE_FORMATS = List.of(new Format("json", MediaType.APPLICATION_JSON_TYPE), new Format("csv", CSV),
            new Format("xlsx", XLSX));
    /** What format= names for the document, the default first. */
    private static final List<Format> DOCUMENT_FORMATS = List.of(new Format("html", HTML), new Format("pdf", PDF), new Format("xlsx", XLSX));

    /** A value of format= and the media type it stands for. */
    private record Format(String name, MediaType type) {
    }

    @Inject
    ProfileService profiles;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    @GET
    @Path("/tables")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "The catalogue of profile tables: number, Indonesian title, what each counts, its rows and columns")
    public List<TableInfo> catalogue() {
        return ProfileCatalogue.all().stream().map(TableInfo::of).toList();
    }

    @GET
    @Path("/tables/{number}")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, TableXlsx.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "One profile table of an agency for a month, counted on the month's last day (movements: within the month)",
            description = "For the agency's own roles: the tables print exact counts, however small, so the integration role (whose "
                    + "small counts are suppressed) asks GET /headcounts instead. JSON (default), CSV (text/csv: UTF-8 with BOM, ';'-separated, decimal comma) or XLSX, chosen by format= or "
                    + "else by the Accept header. knownAt reproduces the table as it could be printed at that moment. reconciles is true "
                    + "when every row, section, column and grand total adds up (and, for tables that split the whole population, the "
                    + "grand total equals its headcount; for movements, opening - reductions + additions = closing).")
    @APIResponse(responseCode = "200", description = "the table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileTable.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = TableXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "no table with that number")
    public Response table(@PathParam("number") @Parameter(description = "table number: 3.1 ... 3.23, or a seed 002 variant such as "
                                  + "002.pendidikan (GET /profile/tables lists them)") String number,
                          @QueryParam("instansi") @NotBlank @AgencyCode @Parameter(description = "the agency's code") String instansi,
                          @QueryParam("month") @Parameter(description = "yyyy-MM; default: the current month (Asia/Jakarta)") String month,
                          @QueryParam("knownAt") @Parameter(description = "ISO instant, e.g. 2026-01-05T00:00:00Z: the table as "
                                  + "known then; default: as known now") String knownAt,
                          @QueryParam("format") @Parameter(description = "json, csv or xlsx; overrides the Accept header") String format,
                          @Context HttpHeaders headers) {
        TableBuilder.Request request = request(instansi, month, knownAt);
        MediaType type = negotiate(format, headers, TABLE_FORMATS);
        ProfileTable table = profiles.table(number, request);
        if (type.equals(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(table, type).build();
        }
        String extension = type.equals(CSV) ? "csv" : "xlsx";
        byte[] body = type.equals(CSV) ? TableCsv.write(table) : TableXlsx.write(table);
        return Response.ok(body, type.equals(CSV) ? MediaType.valueOf(Csv.MEDIA_TYPE + ";charset=UTF-8") : type)
                .header("Content-Disposition", "attachment; filename=\"tabel-" + number + "-" + instansi + "-" + request.month() + "." + extension + "\"")
                .build();
    }

    @GET
    @Path("/document")
    @Produces({ProfileHtml.MEDIA_TYPE, ProfilePdf.MEDIA_TYPE, TableXlsx.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The agency's staffing profile for a month, every table of GET /profile/tables in one document",
            description = "HTML in Indonesian (default), printable: a cover, the list of tables, then each table on a page of its own; "
                    + "PDF, the same laid out on A4 pages, as the agency publishes it; or XLSX, one sheet per table as GET "
                    + "/profile/tables/{number} gives it. Chosen by format= or else by the Accept header. knownAt reproduces the "
                    + "profile as it could be printed at that moment.")
    @APIResponse(responseCode = "200", description = "the profile", content = {
            @Content(mediaType = ProfileHtml.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ProfilePdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = TableXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@QueryParam("instansi") @NotBlank @AgencyCode @Parameter(description = "the agency's code") String instansi,
                             @QueryParam("month") @Parameter(description = "yyyy-MM; default: the current month (Asia/Jakarta)") String month,
                             @QueryParam("knownAt") @Parameter(description = "ISO instant, e.g. 2026-01-05T00:00:00Z: the profile as "
                                     + "known then; default: as known now") String knownAt,
                             @QueryParam("format") @Parameter(description = "html, pdf or xlsx; overrides the Accept header") String format,
                             @Context HttpHeaders headers) {
        TableBuilder.Request request = request(instansi, month, knownAt);
        MediaType type = negotiate(format, headers, DOCUMENT_FORMATS);
        List<ProfileTable> tables = profiles.all(request);
        String name = "profil-kepegawaian-" + instansi + "-" + request.month();
        if (type.equals(XLSX)) {
            return Response.ok(TableXlsx.write(tables), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
        }
        String html = ProfileHtml.write(instansi, request.month(), request.knownAt(), tables);
        if (type.equals(PDF)) {
            return Response.ok(ProfilePdf.write(html), PDF).header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"").build();
        }
        return Response.ok(html.getBytes(StandardCharsets.UTF_8), MediaType.valueOf(ProfileHtml.MEDIA_TYPE + ";charset=UTF-8"))
                .header("Content-Disposition", "inline; filename=\"" + name + ".html\"").build();
    }

    /** The agency (which the caller must be allowed to read), the month (default: the current one) and the moment asked for. */
    private TableBuilder.Request request(String instansi, String month, String knownAt) {
        caller.requireAgency(instansi);
        YearMonth parsedMonth = month == null ? YearMonth.now(clock.withZone(Wib.ZONE)) : QueryValues.month("month", month);
        Instant moment = knownAt == null ? null : QueryValues.instant("knownAt", knownAt);
        return new TableBuilder.Request(instansi, parsedMonth, moment);
    }

    /**
     * format= if given (one of {@code formats}' names), else the first type of the Accept header that is one of
     * {@code formats}' types; the first of {@code formats} for a wildcard and for anything else.
     */
    private static MediaType negotiate(String format, HttpHeaders headers, List<Format> formats) {
        if (format != null) {
            List<String> names = formats.stream().map(Format::name).toList();
            return formats.stream().filter(f -> f.name().equals(format)).findFirst().map(Format::type).orElseThrow(() -> InvalidInput.of(
                    "format", "must be " + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1)));
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                break;
            }
            for (Format f : formats) {
                if (accepted.isCompatible(f.type())) {
                    return f.type();
                }
            }
        }
        return formats.get(0).type();
    }
}
