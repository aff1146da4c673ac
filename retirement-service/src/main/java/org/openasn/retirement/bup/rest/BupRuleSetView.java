package org.openasn.retirement.bup.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openasn.retirement.bup.BupRuleVersion;
import org.openasn.reference.position.BupCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A BUP rule set version as the API shows it: one rule per position category, in the categories' order. */
@Schema(description = "One version of the BUP rules, in force from effectiveFrom until the next version's effectiveFrom")
public record BupRuleSetView(UUID id,
                             @Schema(description = "The first day the version applies; an age it lowers counts as reached no "
                                     + "earlier than this day (TMT pensiun the first day of the next month at the earliest)")
                             LocalDate effectiveFrom,
                             @Schema(description = "The regulation(s) that set these ages") String legalBasis,
                             String description,
                             @Schema(description = "When the version was recorded") Instant recordedAt,
                             @Schema(description = "Who recorded it") String recordedBy,
                             List<BupRuleView> rules) {

    static BupRuleSetView of(BupRuleVersion version) {
        List<BupRuleView> rules = Arrays.stream(BupCategory.values())
                .filter(version.ages::containsKey)
                .map(c -> new BupRuleView(c, c.term(), version.ages.get(c)))
                .toList();
        return new BupRuleSetView(version.id, version.effectiveFrom, version.legalBasis, version.description,
                version.recordedAt, version.recordedBy, rules);
    }
}
