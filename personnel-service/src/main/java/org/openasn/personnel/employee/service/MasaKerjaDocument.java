package org.openasn.personnel.employee.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openasn.personnel.employee.MasaKerja;

/** Masa kerja golongan (MKG) as on an SK. */
@Schema(name = "MasaKerja", description = "Masa kerja golongan (MKG): years and months of service counted for the salary step")
public record MasaKerjaDocument(@NotNull @Min(0) @Max(50) Integer years, @NotNull @Min(0) @Max(11) Integer months) {

    public MasaKerja toMasaKerja() {
        return new MasaKerja(years, months);
    }
}
