package org.openasn.personnel.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an agency's register entry says, besides its code. */
public record AgencyDetails(
        @NotBlank @Size(max = 300) @Schema(examples = "Pemerintah Kota Metro") String name,
        @NotNull @Schema(description = "PUSAT (ministry or national body), PROVINSI, KABUPATEN or KOTA") Agency.Level level,
        @Pattern(regexp = "[0-9]{2}(\\.[0-9]{2}){0,3}") @Schema(description = "Kemendagri region code (kode wilayah), e.g. 18.72")
        String regionCode,
        @Pattern(regexp = "[0-9A-Fa-f]{32}|[0-9A-Za-z]{1,64}") @Schema(description = "The agency's SIASN id (INSTANSI KERJA ID of its exports)")
        String siasnInstansiId) {
}
