package org.openasn.personnel.employee.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A new employee in the agency: a CPNS or PPPK appointment, or a transfer in from another agency. */
@Schema(name = "AppointmentRequest", description = """
        A new employee: cpns-appointed (TMT = TMT CPNS; PNS NIP and golongan), pppk-appointed (PPPK NIP and golongan,
        contractEnd; paruhWaktu for part-time PPPK) or transferred-in (an existing PNS from another agency).""")
public record AppointmentRequest(
        @NotBlank @Schema(examples = "cpns-appointed") String kind,
        @NotNull @Valid PersonDocument person,
        @NotBlank @Size(max = 200) String skNumber,
        @NotNull LocalDate skDate,
        @NotNull @Schema(description = "TMT of the appointment (TMT CPNS for a CPNS)") LocalDate tmt,
        @NotBlank @Size(max = 1000) String reason,
        @NotBlank @Schema(description = "Golongan as printed: III/a (PNS, CPNS) or IX (PPPK)") String golongan,
        @Schema(description = "Transfer in only: TMT of that golongan, held since before the transfer. Default: for an employee who"
                + " moves from another agency of this platform with the same golongan, its TMT there; otherwise the transfer's TMT")
        LocalDate tmtGolongan,
        @Valid MasaKerjaDocument masaKerja,
        @NotNull @Valid PositionDocument position,
        @NotNull UUID unitId,
        @NotBlank @Schema(description = "Education level code: 05 SD ... 40 S1, 45 S2, 50 S3") String pendidikan,
        @Size(max = 200) String educationMajor,
        Integer educationYear,
        @Schema(description = "PPPK: last day of the contract") LocalDate contractEnd,
        @Schema(description = "PPPK paruh waktu (part-time)") boolean paruhWaktu,
        @Schema(description = "NIP of the direct supervisor (atasan langsung)") String supervisorNip) implements SkDocument {
}
