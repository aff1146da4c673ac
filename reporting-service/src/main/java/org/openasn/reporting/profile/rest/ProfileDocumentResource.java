package org.openasn.reporting.profile.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
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
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.problem.QueryValues;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.commons.time.Wib;
import org.openasn.reporting.profile.ProfileTable;
import org.openasn.reporting.profile.TableBuilder;
import org.openasn.reporting.profile.export.ProfileHtml;
import org.openasn.reporting.profile.export.TableXlsx;
import org.openasn.reporting.profile.service.ProfileService;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

@Path("/profile/document")
@Tag(name = "Profile tables")
public class ProfileDocumentResource {

    private static final MediaType HTML = MediaType.valueOf(ProfileHtml.MEDIA_TYPE);
    private static final MediaType XLSX = MediaType.valueOf(TableXlsx.MEDIA_TYPE);

    @Inject
    ProfileService profiles;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    @GET
    @Produces({ProfileHtml.MEDIA_TYPE, TableXlsx.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The agency's staffing profile for a month, every table of GET /profile/tables in one document",
            description = "HTML in Indonesian (default), printable: a cover, the list of tables, then each table on a page of its own "
                    + "(print it to PDF from a browser); or XLSX, one sheet per table as GET /profile/tables/{number} gives it. Chosen by "
                    + "format= or else by the Accept header. knownAt reproduces the profile as it could be printed at that moment.")
    @APIResponse(responseCode = "200", description = "the profile", content = {
            @Content(mediaType = ProfileHtml.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = TableXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@QueryParam("instansi") @NotBlank @Parameter(description = "the agency's code") String instansi,
                             @QueryParam("month") @Parameter(description = "yyyy-MM; default: the current month (Asia/Jakarta)") String month,
                             @QueryParam("knownAt") @Parameter(description = "ISO instant, e.g. 2026-01-05T00:00:00Z: the profile as "
                                     + "known then; default: as known now") String knownAt,
                             @QueryParam("format") @Parameter(description = "html or xlsx; overrides the Accept header") String format,
                             @Context HttpHeaders headers) {
        caller.requireAgency(instansi);
        MediaType type = mediaType(format, headers);
        YearMonth parsedMonth = month == null ? YearMonth.now(clock.withZone(Wib.ZONE)) : QueryValues.month("month", month);
        Instant moment = knownAt == null ? null : QueryValues.instant("knownAt", knownAt);
        List<ProfileTable> tables = profiles.all(new TableBuilder.Request(instansi, parsedMonth, moment));
        String name = "profil-kepegawaian-" + instansi + "-" + parsedMonth;
        if (type.equals(XLSX)) {
            return Response.ok(TableXlsx.write(tables), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
        }
        return Response.ok(ProfileHtml.write(instansi, parsedMonth, moment, tables).getBytes(StandardCharsets.UTF_8),
                        MediaType.valueOf(ProfileHtml.MEDIA_TYPE + ";charset=UTF-8"))
                .header("Content-Disposition", "inline; filename=\"" + name + ".html\"").build();
    }

    /** format= if given, else the first type of the Accept header that is one of ours; HTML for anything else. */
    private static MediaType mediaType(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "html" -> HTML;
                case "xlsx" -> XLSX;
                default -> throw InvalidInput.of("format", "must be html or xlsx");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (!accepted.isWildcardType() && accepted.isCompatible(XLSX)) {
                return XLSX;
            }
            if (accepted.isWildcardType() || accepted.isCompatible(HTML)) {
                return HTML;
            }
        }
        return HTML;
    }
}
