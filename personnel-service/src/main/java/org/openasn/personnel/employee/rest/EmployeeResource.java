package org.openasn.personnel.employee.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.problem.NotFoundProblem;
import org.openasn.commons.problem.ProblemException;
import org.openasn.commons.problem.QueryValues;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.personnel.agency.AgencyAccess;
import org.openasn.personnel.employee.Finding;
import org.openasn.personnel.employee.Period;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.persistence.EmployeePeriodRow;
import org.openasn.personnel.employee.service.AppointmentRequest;
import org.openasn.personnel.employee.service.EmployeeService;
import org.openasn.personnel.employee.service.MutationRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employees", description = "Employee records, their effective-dated history and every mutation")
public class EmployeeResource {

    @Inject
    EmployeeService employees;
    @Inject
    Caller caller;
    @Inject
    AgencyAccess agencies;
    @Inject
    ObjectMapper json;

    /** A recorded mutation with the employee after it and the warnings the rules raised. */
    public record MutationResult(MutationView mutation, List<Finding> warnings, EmployeeView employee) {
    }

    /** The full history: every mutation (voided ones too) and the timeline they fold into. */
    public record History(String nip, Instant knownAt, List<MutationView> mutations, List<StateView> timeline) {
    }

    @POST
    @Path("/agencies/{instansi}/employees")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Appoint a new employee: CPNS, PPPK, or a transfer in from another agency",
            description = "A transfer in (kind transferred-in) of an employee another agency of this platform recorded as transferred out"
                    + " takes their record over, with its history: the periods before the TMT stay the other agency's.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the employee, ETag its version")
    @APIResponse(responseCode = "409", description = "The NIP is already recorded, here, or in another agency without a transfer out")
    @APIResponse(responseCode = "422", description = "Refused by a rule (e.g. the NIP disagrees with the birth date)")
    public Response appoint(@PathParam("instansi") String instansi, AppointmentRequest request, @Context UriInfo uri) {
        agencies.require(instansi);
        EmployeeService.Recorded recorded = employees.appoint(instansi, request, caller.name());
        return Response.created(uri.getBaseUriBuilder().path("employees").path(recorded.employee().nip).build())
                .tag(etag(recorded.employee())).entity(result(recorded, null)).build();
    }

    @POST
    @Path("/employees/{nip}/mutations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record a mutation (promotion, transfer, retirement, correction, ...)",
            description = "Requires If-Match with the employee's ETag: a change based on a stale read gets 412. An agency the employee"
                    + " has moved away from (or is moving away from, by a transfer recorded ahead of its TMT) records only mutations"
                    + " dated while the employee was with it, and corrects only its own.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "403", description = "The employee has moved from the caller's agency to another, and the mutation is dated"
            + " after the move or corrects one the caller did not record (record-moved)")
    @APIResponse(responseCode = "412", description = "The employee changed since the ETag was read")
    @APIResponse(responseCode = "422", description = "Refused by a rule, with the reasons")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response mutate(@PathParam("nip") String nip, @HeaderParam("If-Match") @Parameter(description = "The employee's ETag") String ifMatch,
                           MutationRequest request, @Context UriInfo uri) {
        long version = expectedVersion(ifMatch);
        EmployeeService.ReadableRecord record = employees.readableRecordBy(caller, nip);
        EmployeeService.Recorded recorded = record.whole() ? employees.mutate(nip, version, request, caller.name(), caller::seesAgency)
                : employees.mutateAsFormerAgency(nip, version, request, caller.name(), record.formerAgency());
        return Response.created(uri.getBaseUriBuilder().path("employees").path(recorded.employee().nip).path("history").build())
                .tag(etag(recorded.employee())).entity(result(recorded, record)).build();
    }

    @GET
    @Path("/employees/{nip}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.SELF})
    @Operation(summary = "An employee as of a date, as known at a moment",
            description = "asOf (default today) picks the state in force on that date; knownAt (default now) shows what had been recorded by then, so a report published earlier can be reproduced."
                    + " An agency the employee moved away from reads the dates they were with it; for others it gets 404.")
    @APIResponse(responseCode = "404", description = "No such employee for the caller, or (for an agency the employee left) not with it on asOf")
    public Response get(@PathParam("nip") String nip,
                        @QueryParam("asOf") @Parameter(description = "yyyy-MM-dd") String asOf,
                        @QueryParam("knownAt") @Parameter(description = "ISO instant, e.g. 2026-01-05T00:00:00Z") String knownAt) {
        EmployeeService.ReadableRecord record = employees.readableRecordBy(caller, nip);
        Employee employee = record.employee();
        LocalDate date = asOf == null ? employees.today() : QueryValues.date("asOf", asOf);
        Instant moment = knownAt == null ? null : QueryValues.instant("knownAt", knownAt);
        StateView state = moment == null ? stateFromPeriods(employee, date)
                : employees.timeline(employee, moment).periodAt(date).map(StateView::of).orElse(null);
        if (!record.showsPeriodOf(state == null ? null : state.instansi())) {
            throw new NotFoundProblem("Employee " + employee.nip + " was not with agency " + record.formerAgency() + " on " + date
                    + ": they have moved to another agency, and " + record.formerAgency() + " reads only the dates they were with it.");
        }
        return Response.ok(EmployeeView.of(employee, date, moment, state, seesPersonalData(employee), record.whole())).tag(etag(employee)).build();
    }

    /**
     * The state on {@code date} as now known, from {@code employee_period} (one small row per period, kept with every
     * mutation); employees whose rows predate the cause column are folded from the mutation log.
     */
    private StateView stateFromPeriods(Employee employee, LocalDate date) {
        List<EmployeePeriodRow> periods = EmployeePeriodRow.ofEmployee(employee.id);
        if (periods.isEmpty() || periods.stream().anyMatch(p -> p.cause == null)) {
            return employees.timeline(employee, null).periodAt(date).map(StateView::of).orElse(null);
        }
        return periods.stream().filter(p -> p.covers(date)).findFirst().map(StateView::of).orElse(null);
    }

    @GET
    @Path("/employees/{nip}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.SELF})
    @Operation(summary = "Every mutation of an employee (the audit trail) and the effective-dated timeline",
            description = "An agency the employee moved away from gets the periods they had with it and the mutations that made them:"
                    + " those it recorded, and those whose TMT falls in one of its periods.")
    public History history(@PathParam("nip") String nip, @QueryParam("knownAt") String knownAt) {
        EmployeeService.ReadableRecord record = employees.readableRecordBy(caller, nip);
        Employee employee = record.employee();
        Instant moment = knownAt == null ? null : QueryValues.instant("knownAt", knownAt);
        LocalDate today = employees.today();
        List<Period> periods = employees.timeline(employee, moment).periods().stream().filter(p -> record.showsPeriodOf(p.instansi())).toList();
        return new History(employee.nip, moment,
                employees.mutations(employee).stream().filter(m -> moment == null || !m.recordedAt.isAfter(moment))
                        .filter(m -> record.whole() || record.formerAgency().equals(m.instansi) || periods.stream().anyMatch(p -> p.covers(m.tmt)))
                        .map(m -> MutationView.of(m, today, json)).toList(),
                periods.stream().map(StateView::of).toList());
    }

    private boolean seesPersonalData(Employee employee) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.OPERATOR) || employee.nip.equals(caller.nip());
    }

    /**
     * The recorded mutation and the employee after it: as of today, or, for an agency the employee has moved away from
     * ({@code record} not whole), as of the mutation's TMT, a date the employee was with it.
     */
    private MutationResult result(EmployeeService.Recorded recorded, EmployeeService.ReadableRecord record) {
        LocalDate today = employees.today();
        boolean whole = record == null || record.whole();
        LocalDate date = whole ? today : recorded.mutation().tmt;
        StateView state = recorded.timeline().periodAt(date).map(StateView::of).orElse(null);
        return new MutationResult(MutationView.of(recorded.mutation(), today, json), recorded.warnings(),
                EmployeeView.of(recorded.employee(), date, null, state, true, whole));
    }

    private static EntityTag etag(Employee employee) {
        return new EntityTag(Long.toString(employee.version));
    }

    private static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "if-match-required", "Precondition required",
                    "Send If-Match with the employee's ETag (from GET /employees/{nip}).", List.of());
        }
        try {
            return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("If-Match", "is not an ETag of this service: " + ifMatch);
        }
    }
}
