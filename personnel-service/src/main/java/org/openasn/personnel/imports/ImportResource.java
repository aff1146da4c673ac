package org.openasn.personnel.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.problem.NotFoundProblem;
import org.openasn.commons.problem.QueryValues;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.personnel.agency.AgencyAccess;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/")
@Tag(name = "SIASN import", description = "Upload an 'Export Data ASN' CSV from SIASN; follow the job's progress; read its row-level report")
public class ImportResource {

    @Inject
    Caller caller;
    @Inject
    AgencyAccess agencies;
    @Inject
    ImportFiles files;
    @Inject
    ImportRunner runner;
    @Inject
    Clock clock;

    /** An import job: counts so far, progress by bytes, rate and estimated time left. */
    public record JobView(UUID id, String instansi, String fileName, ImportJob.Status status, long rowsDone, long rowsAccepted,
                          long rowsUnchanged, long rowsRejected, long warnings, long bytesDone, long fileBytes, double percent,
                          double rowsPerSecond, Long etaSeconds, String failure, Instant createdAt, Instant startedAt, Instant finishedAt) {

        static JobView of(ImportJob j, Instant now) {
            double percent = j.fileBytes == 0 ? 100 : Math.min(100, 100.0 * j.bytesDone / j.fileBytes);
            Instant end = j.finishedAt != null ? j.finishedAt : now;
            double seconds = j.startedAt == null ? 0 : Math.max(0.001, Duration.between(j.startedAt, end).toMillis() / 1000.0);
            double rate = seconds == 0 ? 0 : j.rowsDone / seconds;
            Long eta = j.status != ImportJob.Status.RUNNING || j.bytesDone == 0 ? null
                    : Math.round(seconds * (j.fileBytes - j.bytesDone) / (double) j.bytesDone);
            return new JobView(j.id, j.instansi, j.fileName, j.status, j.rowsDone, j.rowsAccepted, j.rowsUnchanged, j.rowsRejected,
                    j.warnings, j.bytesDone, j.fileBytes, Math.round(percent * 10) / 10.0, Math.round(rate * 10) / 10.0, eta, j.failure,
                    j.createdAt, j.startedAt, j.finishedAt);
        }
    }

    public record IssueView(Long row, String nip, String column, String value, String reason, String severity) {
    }

    public record IssuePage(int page, int size, long total, List<IssueView> items) {
    }

    @POST
    @Path("/agencies/{instansi}/imports")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Upload a SIASN 'Export Data ASN' CSV; it is imported in the background",
            description = "UTF-8, ';' or ',' separated, optional BOM, dates dd-mm-yyyy. Returns 202 with the job; poll it for progress, then read the report.")
    @APIResponse(responseCode = "202", description = "Accepted; Location is the job")
    public Response upload(@PathParam("instansi") String instansi,
                           @QueryParam("fileName") @DefaultValue("upload.csv") @Pattern(regexp = "[\\w .()-]{1,200}") @Parameter(description = "The file's name, for the report and provenance") String fileName,
                           InputStream body, @Context UriInfo uri) {
        agencies.require(instansi);
        UUID id = UUID.randomUUID();
        long bytes = files.store(id, body);
        if (bytes == 0) {
            files.delete(id);
            throw InvalidInput.of("body", "the file is empty");
        }
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob j = new ImportJob();
            j.id = id;
            j.instansi = instansi;
            j.fileName = fileName;
            j.fileBytes = bytes;
            j.status = ImportJob.Status.QUEUED;
            j.createdAt = clock.instant();
            j.createdBy = caller.name();
            j.persist();
            return j;
        });
        runner.submit(id);
        return Response.accepted(JobView.of(job, clock.instant())).location(uri.getBaseUriBuilder().path("imports").path(id.toString()).build()).build();
    }

    @GET
    @Path("/imports/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "An import's progress (rows done, rate, estimated time left) and totals")
    public JobView job(@PathParam("id") UUID id) {
        return JobView.of(find(id), clock.instant());
    }

    @GET
    @Path("/imports/{id}/issues")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The import's report: rejected rows (ERROR) and warnings, with row number, column and reason")
    public IssuePage issues(@PathParam("id") UUID id,
                            @QueryParam("severity") @Pattern(regexp = "ERROR|WARNING") String severity,
                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        find(id);
        var query = severity == null
                ? ImportIssue.<ImportIssue>find("jobId = ?1 order by rowNumber nulls first, id", id)
                : ImportIssue.<ImportIssue>find("jobId = ?1 and severity = ?2 order by rowNumber nulls first, id", id, severity);
        return new IssuePage(page, size, query.count(), query.page(QueryValues.page("page", page, size)).list().stream()
                .map(i -> new IssueView(i.rowNumber, i.nip, i.column, i.value, i.reason, i.severity)).toList());
    }

    private ImportJob find(UUID id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null || !caller.seesAgency(job.instansi)) {
            throw new NotFoundProblem("No import " + id + "."); // another agency's import too: a 403 would tell that it exists
        }
        return job;
    }
}
