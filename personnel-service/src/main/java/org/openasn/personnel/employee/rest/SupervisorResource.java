package org.openasn.personnel.employee.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.ProblemException;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.service.EmployeeService;
import org.openasn.personnel.employee.service.SupervisorService;

import java.util.List;

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
                                    String supervisorNip) {
    }

    /** An employee with the supervisors above: the direct one (atasan langsung) first. */
    public record SupervisorChain(EmployeeSummary employee, List<EmployeeSummary> supervisors) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Set or clear the direct supervisor (atasan langsung)",
            description = "The supervisor must be of the same agency and in service, and not someone the employee supervises (422).")
    public SupervisorChain assign(@PathParam("nip") String nip, SupervisorRequest request) {
        Employee employee = supervisors.assign(nip, request == null ? null : request.supervisorNip(), caller::requireAgency);
        return chainOf(employee);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SELF})
    @Operation(summary = "The employee and the chain of supervisors above, for performance (e-Kinerja) systems")
    public SupervisorChain chain(@PathParam("nip") String nip) {
        Employee employee = employees.find(nip);
        if (caller.hasRole(Roles.SELF) && !(caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.OPERATOR) || caller.hasRole(Roles.VIEWER)
                || caller.hasRole(Roles.INTEGRATION))) {
            if (!employee.nip.equals(caller.nip())) {
                throw new ProblemException(403, "not-your-record", "Forbidden", "The self role reads only its own record.", List.of());
            }
        } else {
            caller.requireAgency(employee.instansi);
        }
        return chainOf(employee);
    }

    private SupervisorChain chainOf(Employee employee) {
        return new SupervisorChain(EmployeeSummary.of(employee), supervisors.chain(employee).stream().map(EmployeeSummary::of).toList());
    }
}
