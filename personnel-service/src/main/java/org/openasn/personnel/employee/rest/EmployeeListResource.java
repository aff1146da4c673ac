package org.openasn.personnel.employee.rest;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.security.Roles;
import org.openasn.personnel.agency.AgencyAccess;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.persistence.MutationRecord;
import org.openasn.personnel.employee.service.EmployeeService;

import java.time.Instant;
import org.openasn.commons.problem.QueryValues;
import org.openasn.personnel.employee.persistence.EmployeePeriodRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/** Lists over an agency's employees: search, seniority list (DUK) and pending mutations. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employee lists", description = "Search, DUK, pending mutations and the change feed for integrations")
public class EmployeeListResource {

    private static final int MAX_PAGE = 200;

    @Inject
    AgencyAccess agencies;
    @Inject
    EmployeeService employees;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    public record EmployeePage(int page, int size, long total, List<EmployeeSummary> items) {
    }

    @GET
    @Path("/agencies/{instansi}/employees")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Search an agency's employees, by their state today or on a date (asOf)",
            description = "The filters and the state shown are those in force on asOf (default today), as now known, in the agency's own periods:"
                    + " an employee who moved to another agency of the platform is found until the move, one who came from another from it on."
                    + " Employees not yet appointed then are left out.")
    public EmployeePage search(@PathParam("instansi") String instansi,
                               @QueryParam("name") @Parameter(description = "Part of the name, any case") String name,
                               @QueryParam("nipPrefix") @Pattern(regexp = "[0-9]{1,18}") String nipPrefix,
                               @QueryParam("unitId") UUID unitId,
                               @QueryParam("includeSubUnits") @DefaultValue("false") boolean includeSubUnits,
                               @QueryParam("golongan") @Parameter(description = "As printed, e.g. III/a") String golongan,
                               @QueryParam("jenisJabatan") @Pattern(regexp = "[1-4]") String jenisJabatan,
                               @QueryParam("kind") @Pattern(regexp = "PNS|CPNS|PPPK|PPPK_PARUH_WAKTU") String kind,
                               @QueryParam("kedudukanHukum") @Pattern(regexp = "[0-9]{2}") String kedudukanHukum,
                               @QueryParam("inService") Boolean inService,
                               @QueryParam("asOf") @Parameter(description = "yyyy-MM-dd; default today") String asOf,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(MAX_PAGE) int size) {
        agencies.require(instansi);
        LocalDate date = asOf == null ? employees.today() : QueryValues.date("asOf", asOf);
        EmployeeFilter filter = EmployeeFilter.of(instansi, name, nipPrefix, unitId, includeSubUnits, golongan, jenisJabatan, kind,
                kedudukanHukum, inService, date);
        var found = Employee.<Employee>find(filter.query() + " order by name, nip", filter.parameters());
        List<Employee> items = found.page(QueryValues.page("page", page, size)).list();
        Map<UUID, EmployeePeriodRow> periods = EmployeePeriodRow.inForce(items.stream().map(e -> e.id).toList(), date).stream()
                .collect(Collectors.toMap(p -> p.employeeId, p -> p));
        return new EmployeePage(page, size, found.count(), items.stream().map(e -> EmployeeSummary.of(e, periods.get(e.id))).toList());
    }

    @GET
    @Path("/agencies/{instansi}/duk")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Daftar urut kepangkatan (DUK): the unit's PNS in seniority order",
            description = "Today's PNS and CPNS in service in the unit and its sub-units, in the agency's own periods (as search finds them),"
                    + " ordered by golongan (highest first), TMT golongan (earliest first), eselon, start of service and age (oldest first).")
    public List<EmployeeSummary> duk(@PathParam("instansi") String instansi, @QueryParam("unitId") @jakarta.validation.constraints.NotNull UUID unitId) {
        agencies.require(instansi);
        EmployeeFilter inService = EmployeeFilter.of(instansi, null, null, unitId, true, null, null, null, null, true, employees.today());
        // the kind and the order read the employee's state today, which is that of the period the filter finds
        return Employee.<Employee>find(inService.query() + """
                         and kind in ('PNS', 'CPNS')
                        order by golonganRank desc nulls last, tmtGolongan asc nulls last, eselon asc nulls last, startDate asc, birthDate asc, nip""",
                        inService.parameters())
                .list().stream().map(EmployeeSummary::of).toList();
    }

    @GET
    @Path("/agencies/{instansi}/mutations/pending")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Future-dated mutations: recorded, in force from their TMT")
    public List<MutationView> pending(@PathParam("instansi") String instansi) {
        agencies.require(instansi);
        LocalDate today = employees.today();
        return MutationRecord.<MutationRecord>find("instansi = ?1 and tmt > ?2 and voidedAt is null order by tmt, seq", instansi, today)
                .list().stream().map(m -> MutationView.of(m, today, json)).toList();
    }
}
