package org.openasn.personnel.quality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.NotFoundProblem;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.personnel.employee.service.EmployeeService;
import org.openasn.personnel.quality.service.DataQualityService;


/** One employee's data-quality findings. */
@Path("/employees/{nip}/data-quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data quality")
public class EmployeeDataQualityResource {

    @Inject
    Caller caller;
    @Inject
    EmployeeService employees;
    @Inject
    DataQualityService quality;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.SELF})
    @Operation(summary = "The data-quality indicators an employee's record fails today, with how to fix each",
            description = "Read by the agency that holds the record, and by the agency the employee works in today when that is"
                    + " another one (a move recorded ahead of its TMT): its index counts them until the TMT.")
    public EmployeeQualityView employee(@PathParam("nip") String nip) {
        EmployeeService.ReadableRecord record = employees.readableRecordBy(caller, nip);
        DataQualityService.EmployeeFindings found = quality.employee(record.employee());
        if (!record.showsPeriodOf(found.agency())) {
            throw new NotFoundProblem("Employee " + found.employee().nip + " is not with agency " + record.formerAgency() + " today ("
                    + found.asOf() + "): they have moved to another agency, whose data quality they count in now.");
        }
        return EmployeeQualityView.of(found);
    }
}
