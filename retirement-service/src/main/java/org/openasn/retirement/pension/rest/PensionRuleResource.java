package org.openasn.retirement.pension.rest;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.security.Roles;
import org.openasn.retirement.pension.PensionRuleVersion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The pension rules the estimate applies, each figure with its source. They are statute (UU 11/1969), not a regulation
 * that changes every few years like the salary table: a change of law is a new row added by migration, so they are
 * readable here but not posted.
 */
@Path("/pension-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pension", description = "Gaji pokok (basic salary) tables of PNS as versioned data, and pension estimates (UU 11/1969)")
public class PensionRuleResource {

    @Schema(description = "One version of the pension rules; shares are fractions (0.025 = 2.5%)")
    public record PensionRuleView(UUID id, LocalDate effectiveFrom, String legalBasis,
                                  @Schema(description = "Share of the dasar pensiun earned per whole year of masa kerja") BigDecimal accrualPerYear,
                                  @Schema(description = "Cap of the pensiun pokok, as a share of the dasar pensiun") BigDecimal maxShare,
                                  String maxShareSource,
                                  @Schema(description = "Floor of the pensiun pokok, as a share of the dasar pensiun") BigDecimal minShare,
                                  String minShareSource,
                                  @Schema(description = "Source of the floor 'never below the lowest gaji pokok of the table'; null: no such floor")
                                  String lowestGajiPokokSource,
                                  @Schema(description = "Pensiun pokok of a PNS retired for a disability in the line of duty, as a share of the "
                                          + "dasar pensiun, whatever the masa kerja (still never below the lowest gaji pokok)")
                                  BigDecimal inDutyDisabilityShare,
                                  String inDutyDisabilitySource,
                                  @Schema(description = "Whole years of masa kerja a PNS retired for a disability not caused by the duties of "
                                          + "office needs to be entitled to a pension") int disabilityMinYears,
                                  String disabilityMinYearsSource,
                                  @Schema(description = "Pensiun janda/duda as a share of the dasar pensiun") BigDecimal widowShare,
                                  String widowShareSource,
                                  @Schema(description = "Floor of the pensiun janda/duda, as a share of the lowest gaji pokok") BigDecimal widowFloorShareOfLowest,
                                  String widowFloorSource, Instant recordedAt) {
        static PensionRuleView of(PensionRuleVersion v) {
            return new PensionRuleView(v.id, v.effectiveFrom, v.legalBasis, v.accrualPerYear, v.maxShare, v.maxShareSource, v.minShare,
                    v.minShareSource, v.lowestGajiPokokSource, v.inDutyDisabilityShare, v.inDutyDisabilitySource, v.disabilityMinYears,
                    v.disabilityMinYearsSource, v.widowShare, v.widowShareSource, v.widowFloorShareOfLowest, v.widowFloorSource, v.recordedAt);
        }
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "Every version of the pension rules (accrual per year, cap, floors, disability share and minimum masa kerja, "
            + "janda/duda share and floor), oldest first",
            description = "UU 11/1969 is loaded by migration. The rules are statute, changed only by a new law: a change is a new version "
                    + "added by migration (as V4 added UU 11/1969 and V10 its disability rules), not posted over the API like a salary "
                    + "table.")
    public List<PensionRuleView> list() {
        return PensionRuleVersion.<PensionRuleVersion>listAll(Sort.by("effectiveFrom")).stream()
                .map(PensionRuleView::of).toList();
    }
}
