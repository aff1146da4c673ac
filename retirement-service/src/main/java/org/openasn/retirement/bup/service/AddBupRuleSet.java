package org.openasn.retirement.bup.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

/** Command: record a new version of the BUP rules (a policy change) in force from a date. */
@Schema(description = "A new version of the BUP rules: the retirement age of every position category, from a date")
public record AddBupRuleSet(
        @NotNull
        @Schema(description = "The first day the new ages apply; after the effective date of every existing version. A lowered "
                + "age counts as reached no earlier than this day", examples = "2027-01-01")
        LocalDate effectiveFrom,
        @NotBlank @Size(max = 2000)
        @Schema(description = "The regulation(s) that set these ages", examples = "PP 11/2017 jo. PP 17/2020; UU 20/2023; UU 14/2005 (guru, dosen)")
        String legalBasis,
        @Size(max = 4000) @Schema(description = "What changed and why") String description,
        @NotNull
        @Schema(description = "BUP age (50–75) of every position category: ADMINISTRATION, SENIOR_LEADERSHIP, EXPERT_FIRST, "
                + "EXPERT_JUNIOR, EXPERT_MIDDLE, EXPERT_MAIN, SKILLED, TEACHER, LECTURER, RESEARCHER_ENGINEER_MAIN, PROFESSOR",
                examples = "{\"ADMINISTRATION\": 58, \"TEACHER\": 60}")
        Map<String, Integer> rules) {
}
