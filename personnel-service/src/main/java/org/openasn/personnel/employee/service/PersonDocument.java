package org.openasn.personnel.employee.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An employee's identity and contact data as entered or imported. */
@Schema(name = "Person", description = "Identity and contact data of an employee")
public record PersonDocument(
        @NotBlank @Schema(description = "NIP (Nomor Induk Pegawai), 18 digits: birth date, TMT CPNS month (PNS) or appointment year (PPPK), gender digit, sequence")
        String nip,
        @Pattern(regexp = "[0-9]{16}", message = "must be 16 digits") @Schema(description = "NIK (national identity number), 16 digits") String nik,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 60) @Schema(description = "Front title (gelar depan), e.g. Dr., Ir.") String gelarDepan,
        @Size(max = 100) @Schema(description = "Back title (gelar belakang), e.g. S.Pd., M.Si.") String gelarBelakang,
        @NotNull @Past LocalDate birthDate,
        @Size(max = 120) String birthPlace,
        @NotNull @Pattern(regexp = "[LP]", message = "must be L (laki-laki, male) or P (perempuan, female)") String gender,
        @Pattern(regexp = "[1-7]", message = "must be a SIASN agama id 1-7") @Schema(description = "Religion (agama), SIASN id: 1 Islam, 2 Kristen, 3 Katholik, 4 Hindu, 5 Budha, 6 Konghucu, 7 lainnya")
        String agama,
        @Pattern(regexp = "[0-9]{1,2}") @Schema(description = "Marital status (jenis kawin), SIASN id") String jenisKawin,
        @Size(max = 40) String phone,
        @Email @Size(max = 200) String email,
        @Email @Size(max = 200) String emailGov,
        @Size(max = 500) String address) {
}
