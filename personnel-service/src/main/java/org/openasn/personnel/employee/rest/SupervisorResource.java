package org.openasn.personnel.employee.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.QueryValues;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.persistence.SupervisorAssignment;
import org.openasn.personnel.employee.service.EmployeeService;
import org.openasn.personnel.employee.service.SupervisorService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/employees/{nip}/supervisor")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employees")
public class SupervisorResource {

    @Inject
    SupervisorService supervisors;
    @Inject
    EmployeeService employees;
    @Inject
    Caller caller;

    public record SupervisorRequest(@Size(max = 30) @Schema(description = "NIP of the direct supervisor (atasan langsung); null or empty clears it")
                                    String supervisorNip,
                                    @Schema(description = "From when (yyyy-MM-dd), today or earlier; default today") LocalDate validFrom,
                                    @Size(max = 2000) @Schema(description = "Why, e.g. the letter that assigns it") String reason) {
    }

    /** One recorded setting of the supervisor: from when, who ({@code null}: cleared), and who recorded it. */
    public record AssignmentView(UUID id, long cursor, LocalDate validFrom, EmployeeSummary supervisor, String reason, Instant recordedAt,
                                 String recordedBy) {
    }

    /** An employee with the supervisors above: the direct one (atasan langsung) first. */
    public record SupervisorChain(EmployeeSummary employee, List<EmployeeSummary> supervisors,
                                  @Schema(description = "NIP of the supervisor recorded next who is not in service with the employee's agency on that"
                                          + " date (moved to another agency, retired, died): the chain stops before them, and the one above"
                                          + " them needs another supervisor; null when the chain is whole")
                                  String unavailableSupervisorNip) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Set or clear the direct supervisor (atasan langsung)",
            description = "The supervisor must be of the same agency and in service, and not someone the employee supervises (422). "
                    + "validFrom may be back-dated, not future-dated (400). Each change is kept (GET .../supervisor/history), "
                    + "published as asn.personnel.supervisor-assigned.v1 and listed in the change feed; setting the supervisor "
                    + "the employee already has records nothing.")
    public SupervisorChain assign(@PathParam("nip") String nip, @NotNull @Valid SupervisorRequest request) {
        Employee employee = supervisors.assign(nip, new SupervisorService.Assignment(request.supervisorNip(), request.validFrom(), request.reason()),
                caller.name(), caller::seesAgency);
        return chainOf(employee, null);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SELF})
    @Operation(summary = "The employee and the chain of supervisors above, for performance (e-Kinerja) systems",
            description = "asOf (yyyy-MM-dd, default today) gives the chain in force on that date.")
    public SupervisorChain chain(@PathParam("nip") String nip, @QueryParam("asOf") @Parameter(description = "yyyy-MM-dd") String asOf) {
        Employee employee = employees.readableBy(caller, nip);
        LocalDate date = asOf == null ? null : QueryValues.date("asOf", asOf);
        return chainOf(employee, date);
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SELF})
    @Operation(summary = "Every recorded setting of the employee's supervisor, oldest first")
    public List<AssignmentView> history(@PathParam("nip") String nip) {
        Employee employee = employees.readableBy(caller, nip);
        return SupervisorAssignment.ofEmployee(employee.id).stream().map(a -> new AssignmentView(a.id, a.seq, a.validFrom,
                a.supervisorId == null ? null : EmployeeSummary.of(Employee.<Employee>findById(a.supervisorId)), a.reason, a.recordedAt,
                a.recordedBy)).toList();
    }

    private SupervisorChain chainOf(Employee employee, LocalDate date) {
        SupervisorService.Chain chain = supervisors.chain(employee, date);
        return new SupervisorChain(EmployeeSummary.of(employee), chain.supervisors().stream().map(EmployeeSummary::of).toList(),
                chain.unavailableNip());
    }
}
