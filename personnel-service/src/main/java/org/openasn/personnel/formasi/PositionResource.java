package org.openasn.personnel.formasi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.ConflictProblem;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.personnel.agency.AgencyAccess;
import org.openasn.personnel.employee.Position;
import org.openasn.personnel.employee.service.PositionDocument;
import org.openasn.reference.InvalidReferenceException;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** An agency's position list (jabatan), each with the BUP category it implies. */
@Path("/agencies/{instansi}/positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions and formasi", description = "Positions (jabatan) and each unit's formasi: slots, filled, vacant, prepared")
public class PositionResource {

    @Inject
    Caller caller;
    @Inject
    AgencyAccess agencies;
    @Inject
    Clock clock;

    public record PositionView(UUID id, String jabatanId, PositionDocument position) {
        static PositionView of(JobPosition p) {
            return new PositionView(p.id, p.jabatanId, new PositionDocument(p.jenisJabatan, p.eselon, p.jabatanId, p.name, p.jenjang,
                    org.openasn.reference.position.PositionGroup.valueOf(p.positionGroup),
                    org.openasn.reference.position.BupCategory.valueOf(p.bupCategory)));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Transactional
    @Operation(summary = "Add a position to the agency's position list")
    public Response addPosition(@PathParam("instansi") String instansi, @NotNull @Valid PositionDocument request) {
        agencies.require(instansi);
        if (request.jabatanId() == null || request.jabatanId().isBlank()) {
            throw InvalidInput.of("jabatanId", "is required for a position of the position list");
        }
        Position position;
        try {
            position = request.toPosition();
        } catch (InvalidReferenceException e) {
            throw InvalidInput.of("position", e.reason());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("position", e.getMessage());
        }
        if (JobPosition.count("instansi = ?1 and jabatanId = ?2", instansi, request.jabatanId()) > 0) {
            throw new ConflictProblem("position-exists", "Agency " + instansi + " already has position " + request.jabatanId() + ".");
        }
        JobPosition p = new JobPosition();
        p.id = UUID.randomUUID();
        p.instansi = instansi;
        p.jabatanId = request.jabatanId();
        p.name = position.name();
        p.jenisJabatan = Integer.toString(position.jenis().id());
        p.eselon = position.eselon() == null ? null : Integer.toString(position.eselon().id());
        p.jenjang = position.jenjang() == null ? null : position.jenjang().name();
        p.positionGroup = position.group().name();
        p.bupCategory = position.bupCategory();
        p.recordedAt = clock.instant();
        p.recordedBy = caller.name();
        p.persist();
        return Response.status(201).entity(PositionView.of(p)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The agency's position list")
    public List<PositionView> positions(@PathParam("instansi") String instansi) {
        agencies.require(instansi);
        return JobPosition.listAgency(instansi).stream().map(PositionView::of).toList();
    }

}
