package org.openasn.retirement.projection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

@Path("/forecasts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retirement", description = "Each employee's BUP (retirement age) and TMT pensiun (retirement date), and who retires when")
public class ForecastResource {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** Retirements with TMT pensiun in one month, by golongan (I–IV, or PPPK) and jenis jabatan. */
    public record Month(YearMonth month, long total, Map<String, Long> byGolongan, Map<String, Long> byJenisJabatan,
                        Map<String, Long> byGolonganAndJenisJabatan, List<String> eselonPostsFallingVacant) {
    }

    public record Forecast(String instansi, YearMonth from, int months, long total, List<Month> monthly) {
    }

    @GET
    @Path("/retirements")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "Retirements per month for the coming years (default 5, at most 10), by golongan and jenis jabatan, "
            + "with the eselon posts that fall vacant")
    public Forecast retirements(@QueryParam("instansi") @NotBlank String instansi,
                                @QueryParam("from") String from,
                                @QueryParam("years") @DefaultValue("5") @Min(1) @Max(10) int years) {
        caller.requireAgency(instansi);
        YearMonth start;
        try {
            start = from == null ? YearMonth.from(LocalDate.ofInstant(clock.instant(), WIB)) : YearMonth.parse(from);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("from", "must be a month yyyy-MM");
        }
        int months = years * 12;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT tmt_pensiun,
                               CASE WHEN golongan LIKE '%/%' THEN split_part(golongan, '/', 1) ELSE coalesce(golongan, '(unknown)') END,
                               coalesce(jenis_jabatan, '(unknown)'), eselon, position_name, name
                        FROM retirement_projection
                        WHERE instansi = :instansi AND employed AND tmt_pensiun >= :from AND tmt_pensiun < :to""")
                .setParameter("instansi", instansi).setParameter("from", start.atDay(1)).setParameter("to", start.plusMonths(months).atDay(1))
                .getResultList();
        Map<YearMonth, List<Object[]>> byMonth = new TreeMap<>();
        for (Object[] row : rows) {
            byMonth.computeIfAbsent(YearMonth.from((LocalDate) row[0]), m -> new ArrayList<>()).add(row);
        }
        List<Month> monthly = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < months; i++) {
            YearMonth month = start.plusMonths(i);
            List<Object[]> retiring = byMonth.getOrDefault(month, List.of());
            Map<String, Long> byGolongan = new TreeMap<>();
            Map<String, Long> byJenis = new TreeMap<>();
            Map<String, Long> byBoth = new TreeMap<>();
            List<String> posts = new ArrayList<>();
            for (Object[] r : retiring) {
                byGolongan.merge((String) r[1], 1L, Long::sum);
                byJenis.merge((String) r[2], 1L, Long::sum);
                byBoth.merge(r[1] + " x " + r[2], 1L, Long::sum);
                if (r[3] != null && !"99".equals(r[3])) {
                    posts.add(r[4] + " (eselon " + r[3] + "): " + r[5]);
                }
            }
            total += retiring.size();
            monthly.add(new Month(month, retiring.size(), byGolongan, byJenis, byBoth, posts));
        }
        return new Forecast(instansi, start, months, total, monthly);
    }

    /** A PPPK contract ending: the employee, the contract's last day, and whether BUP comes first. */
    public record ContractEnd(String nip, String name, String kind, String golongan, String positionName, UUID unitId, LocalDate contractEnd,
                              LocalDate tmtPensiun) {
    }

    @GET
    @Path("/pppk-contracts")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "PPPK contracts ending between two dates (forecast apart from BUP retirements), by contract end")
    public List<ContractEnd> contractsEnding(@QueryParam("instansi") @NotBlank String instansi,
                                             @QueryParam("from") @jakarta.validation.constraints.NotNull LocalDate from, @QueryParam("to") @jakarta.validation.constraints.NotNull LocalDate to) {
        caller.requireAgency(instansi);
        return RetirementProjection.<RetirementProjection>find("instansi = ?1 and employed = true and kind in ('PPPK', 'PPPK_PARUH_WAKTU') "
                        + "and contractEnd >= ?2 and contractEnd <= ?3 order by contractEnd, name", instansi, from, to)
                .list().stream().map(p -> new ContractEnd(p.nip, p.name, p.kind, p.golongan, p.positionName, p.unitId, p.contractEnd, p.tmtPensiun))
                .toList();
    }

}
