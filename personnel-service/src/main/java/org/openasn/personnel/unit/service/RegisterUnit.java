package org.openasn.personnel.unit.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Command: register an organisation unit in an agency. */
@Schema(description = "A new organisation unit (SKPD or sub-unit)")
public record RegisterUnit(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' or '-' only")
        @Schema(description = "The agency's short code for the unit, unique in the agency", examples = "DISDIK")
        String code,
        @NotBlank @Size(max = 300) @Schema(examples = "Dinas Pendidikan dan Kebudayaan") String name,
        @Schema(description = "Parent unit; absent for a top-level unit (SKPD)") UUID parentId,
        @Size(max = 64) @Schema(description = "The unit's id in SIASN (unor)") String siasnUnorId,
        @NotNull @Schema(description = "Date from which the unit exists") LocalDate validFrom,
        @Schema(description = "The kind of unit; when absent, read from the name if it states it (\"DINAS …\", \"KECAMATAN …\", \"SD NEGERI …\")",
                enumeration = {"SEKRETARIAT_DAERAH", "SEKRETARIAT_DPRD", "DINAS", "INSPEKTORAT", "BADAN", "LEMBAGA_LAIN", "KECAMATAN",
                        "KELURAHAN", "UPTD", "SEKOLAH"}) String unitType,
        @Schema(description = "For a school (unitType SEKOLAH): its level; when absent, read from the name if it states it",
                enumeration = {"TK", "SD", "SMP", "SMA", "SMK", "SLB"}) String schoolLevel,
        @Min(1) @Max(99999) @Schema(description = LIST_ORDER) Integer listOrder) {

    static final String LIST_ORDER = "The unit's place in the agency's own list of its units (the order in which its regulation on "
            + "perangkat daerah names them), 1 first. The unit tree and the staffing profile's unit tables list units side by side in "
            + "this order, those without one after, by name.";

    /** A unit whose type and school level are read from its name, if it states them, without listing order. */
    public RegisterUnit(String code, String name, UUID parentId, String siasnUnorId, LocalDate validFrom) {
        this(code, name, parentId, siasnUnorId, validFrom, null, null, null);
    }
}
