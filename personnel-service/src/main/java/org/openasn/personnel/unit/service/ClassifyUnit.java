package org.openasn.personnel.unit.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Command: set a unit's type and school level (both replace what the unit had; absent clears). */
@Schema(description = "A unit's type (kind of SKPD) and, for a school, its level")
public record ClassifyUnit(
        @Schema(enumeration = {"SEKRETARIAT_DAERAH", "SEKRETARIAT_DPRD", "DINAS", "INSPEKTORAT", "BADAN", "LEMBAGA_LAIN", "KECAMATAN",
                "KELURAHAN", "UPTD", "SEKOLAH"}) String unitType,
        @Schema(description = "Only for unitType SEKOLAH", enumeration = {"TK", "SD", "SMP", "SMA", "SMK", "SLB"}) String schoolLevel) {
}
