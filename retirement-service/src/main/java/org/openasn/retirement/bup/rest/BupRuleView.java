package org.openasn.retirement.bup.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openasn.reference.position.BupCategory;

/** The BUP age of one position category in a rule set version. */
@Schema(description = "The BUP (retirement age) of one kind of position")
public record BupRuleView(
        @Schema(description = "Position category key") BupCategory category,
        @Schema(description = "The position kind as the regulation names it", examples = "Guru (every jenjang)") String position,
        @Schema(description = "BUP: the age in years at which the employee retires", examples = "60") int bupAge) {
}
