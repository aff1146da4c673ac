package org.openasn.personnel.unit.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Command: set a unit's type, school level and listing order (all three replace what the unit had; absent clears). */
@Schema(description = "A unit's type (kind of SKPD), for a school its level, and its place in the agency's listing")
public record ClassifyUnit(
        @Schema(enumeration = {"SEKRETARIAT_DAERAH", "SEKRETARIAT_DPRD", "DINAS", "INSPEKTORAT", "BADAN", "LEMBAGA_LAIN", "KECAMATAN",
                "KELURAHAN", "UPTD", "SEKOLAH"}) String unitType,
        @Schema(description = "Only for unitType SEKOLAH", enumeration = {"TK", "SD", "SMP", "SMA", "SMK", "SLB"}) String schoolLevel,
        @Min(1) @Max(99999) @Schema(description = RegisterUnit.LIST_ORDER) Integer listOrder) {
}
