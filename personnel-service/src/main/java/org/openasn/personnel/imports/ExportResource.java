package org.openasn.personnel.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.security.Roles;
import org.openasn.personnel.agency.AgencyAccess;
import org.openasn.personnel.employee.rest.EmployeeFilter;
import org.openasn.personnel.employee.service.EmployeeService;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

@jakarta.ws.rs.Path("/agencies/{instansi}/exports")
@Tag(name = "SIASN import", description = "Upload an 'Export Data ASN' CSV from SIASN; follow the job's progress; read its row-level report")
public class ExportResource {

    @Inject
    AgencyAccess agencies;
    @Inject
    SiasnExporter exporter;
    @Inject
    EmployeeService employees;

    @GET
    @jakarta.ws.rs.Path("/siasn")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "The agency's employees in SIASN's 'Export Data ASN' layout (as in force today), with the search filters",
            description = "Importing the file again changes nothing: export and import are a round trip.")
    public Response export(@PathParam("instansi") String instansi,
                           @QueryParam("name") String name,
                           @QueryParam("nipPrefix") @Pattern(regexp = "[0-9]{1,18}") String nipPrefix,
                           @QueryParam("unitId") UUID unitId,
                           @QueryParam("includeSubUnits") @DefaultValue("false") boolean includeSubUnits,
                           @QueryParam("golongan") String golongan,
                           @QueryParam("jenisJabatan") @Pattern(regexp = "[1-4]") String jenisJabatan,
                           @QueryParam("kind") @Pattern(regexp = "PNS|CPNS|PPPK|PPPK_PARUH_WAKTU") String kind,
                           @QueryParam("kedudukanHukum") @Pattern(regexp = "[0-9]{2}") String kedudukanHukum,
                           @QueryParam("inService") Boolean inService) {
        agencies.require(instansi);
        EmployeeFilter filter = EmployeeFilter.of(instansi, name, nipPrefix, unitId, includeSubUnits, golongan, jenisJabatan, kind,
                kedudukanHukum, inService, employees.today());
        try {
            // written to a temporary file first (bounded memory, and the database work ends before the download starts)
            Path file = Files.createTempFile("siasn-export-", ".csv");
            long rows;
            try (OutputStream out = Files.newOutputStream(file)) {
                rows = exporter.export(instansi, filter, out);
            }
            InputStream body = Files.newInputStream(file);
            Files.delete(file);
            return Response.ok(body, "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"siasn-export-" + instansi + ".csv\"")
                    .header("X-Row-Count", rows).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the export", e);
        }
    }
}
