package org.openasn.personnel.employee.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A mutation of an existing employee. {@code kind} names the command; each kind takes the fields it decides
 * and refuses the others (see {@link MutationCommands}).
 */
@Schema(name = "MutationRequest", description = """
        A mutation of an employee, ordered by an SK (decree) with an effective date (TMT). Fields by kind:
        pns-confirmed (none), promoted (golongan, optional masaKerja), salary-step-granted (masaKerja),
        position-changed (position, optional unitId), unit-transferred (unitId), status-changed (kedudukanHukum),
        education-recorded (pendidikan), pppk-contract-extended (contractEnd), bup-extended (bupExtendedUntil),
        pppk-contract-ended, transferred-out,
        resigned, dismissed, died (none), retired (retirementKind), data-corrected (correctsMutationId with the
        corrected fields, none to void it; or person to correct identity data).""")
public record MutationRequest(
        @NotBlank @Schema(examples = "promoted") String kind,
        @NotBlank @Size(max = 200) @Schema(description = "SK number", examples = "823/045/BKPSDM/2026") String skNumber,
        @NotNull @Schema(description = "Date the SK was signed") LocalDate skDate,
        @NotNull @Schema(description = "TMT: effective date (terhitung mulai tanggal)") LocalDate tmt,
        @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "Golongan as printed, III/b (PNS) or IX (PPPK)") String golongan,
        @Valid MasaKerjaDocument masaKerja,
        @Valid PositionDocument position,
        UUID unitId,
        @Schema(description = "Kedudukan hukum (legal status) code, e.g. 02 CLTN, 03 tugas belajar, 01 aktif") String kedudukanHukum,
        @Schema(description = "Education level code: 05 SD ... 40 S1, 45 S2, 50 S3") String pendidikan,
        @Size(max = 200) String educationMajor,
        Integer educationYear,
        @Schema(description = "PPPK: last day of the contract") LocalDate contractEnd,
        @Schema(description = """
                bup-extended: the TMT pensiun after the extension, the first day (of a month) from which the employee is \
                retired; after the TMT and after the regular TMT pensiun""", examples = "2029-01-01") LocalDate bupExtendedUntil,
        @Schema(description = "Retirement kind: BUP, APS (own request, with pension) or DISABILITY") String retirementKind,
        @Schema(description = "The mutation a data-corrected replaces") UUID correctsMutationId,
        @Valid @Schema(description = "Corrected identity data (data-corrected only)") PersonDocument person) implements SkDocument {
}
