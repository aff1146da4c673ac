package org.openasn.retirement.projection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retirement", description = "Each employee's BUP (retirement age) and TMT pensiun (retirement date), and who retires when")
public class ProjectionResource {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    ProjectionService projections;

    /**
     * @param bupDate         the day the employee reaches BUP
     * @param tmtPensiun      first day of the month after that: the retirement's effective date
     * @param monthsRemaining whole months from today until TMT pensiun
     * @param mppEligible     whether the employee may take masa persiapan pensiun (MPP): within a year of TMT pensiun
     */
    public record RetirementView(String nip, String name, LocalDate birthDate, String kind, String golongan, String positionName,
                                 UUID unitId, String bupCategory, Integer bupAge, String legalBasis, UUID ruleSetId, LocalDate bupDate,
                                 LocalDate tmtPensiun, Long monthsRemaining, boolean mppEligible, boolean employed, String separation) {
    }

    @GET
    @Path("/employees/{nip}/retirement")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.SELF})
    @Operation(summary = "An employee's BUP, the rule applied and its legal basis, BUP date, TMT pensiun, months remaining, MPP eligibility")
    public RetirementView employee(@PathParam("nip") String nip) {
        return view(projections.readableBy(caller, nip), LocalDate.ofInstant(clock.instant(), WIB));
    }

    @GET
    @Path("/retirements")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Who retires (TMT pensiun) between two dates, by TMT pensiun then name: the nominative list")
    public List<RetirementView> retirements(@QueryParam("instansi") @NotBlank String instansi,
                                            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to,
                                            @QueryParam("limit") @Min(1) @Max(10000) Integer limit) {
        caller.requireAgency(instansi);
        LocalDate today = LocalDate.ofInstant(clock.instant(), WIB);
        return RetirementProjection.<RetirementProjection>find("instansi = ?1 and employed = true and tmtPensiun >= ?2 and tmtPensiun <= ?3 "
                        + "order by tmtPensiun, name", instansi, from, to)
                .page(0, limit == null ? 10000 : limit).list().stream().map(p -> view(p, today)).toList();
    }

    @GET
    @Path("/retirements/overdue")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Employees past TMT pensiun but still employed: retirements not recorded (a data-quality finding to act on)")
    public List<RetirementView> overdue(@QueryParam("instansi") @NotBlank String instansi) {
        caller.requireAgency(instansi);
        LocalDate today = LocalDate.ofInstant(clock.instant(), WIB);
        return RetirementProjection.<RetirementProjection>find("instansi = ?1 and employed = true and tmtPensiun <= ?2 order by tmtPensiun, name",
                instansi, today).list().stream().map(p -> view(p, today)).toList();
    }

    private static RetirementView view(RetirementProjection p, LocalDate today) {
        Long months = p.tmtPensiun == null ? null : ChronoUnit.MONTHS.between(today.withDayOfMonth(1), p.tmtPensiun);
        boolean mpp = p.tmtPensiun != null && p.employed && !today.isBefore(p.tmtPensiun.minusYears(1)) && today.isBefore(p.tmtPensiun);
        return new RetirementView(p.nip, p.name, p.birthDate, p.kind, p.golongan, p.positionName, p.unitId, p.bupCategory, p.bupAge,
                p.legalBasis, p.ruleSetId, p.bupDate, p.tmtPensiun, months, mpp, p.employed, p.separation);
    }
}
