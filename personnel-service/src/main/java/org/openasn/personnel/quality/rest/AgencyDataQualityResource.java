package org.openasn.personnel.quality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.openasn.personnel.quality.service.DataQualityService;

import java.util.UUID;

/** The agency's Indeks Kualitas Data ASN. Its own path, so it does not shadow the other {@code /agencies/{instansi}/...} resources. */
@Path("/agencies/{instansi}/data-quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data quality", description = "Indeks Kualitas Data ASN (BKN circular 17/2024): indicators per agency, unit and employee")
public class AgencyDataQualityResource {

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
}
