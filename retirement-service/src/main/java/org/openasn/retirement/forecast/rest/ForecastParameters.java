package org.openasn.retirement.forecast.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.openasn.commons.problem.AgencyCode;
import org.openasn.commons.problem.QueryValues;
import org.openasn.retirement.forecast.service.ForecastQuery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** The query parameters a forecast and a what-if share: the agency, the months covered, the as-of date and the filters. */
public class ForecastParameters {

    @QueryParam("instansi")
    @NotBlank
    @AgencyCode
    @Parameter(description = "The agency (instansi) code")
    String instansi;

    @QueryParam("from")
    @Parameter(description = "First month (yyyy-MM); default the month of asOf")
    String from;

    @QueryParam("years")
    @DefaultValue("5")
    @Min(1)
    @Max(10)
    @Parameter(description = "Years to cover, 1–10")
    int years;

    @QueryParam("asOf")
    @Parameter(description = "As-of date (yyyy-MM-dd); default today")
    String asOf;

    @QueryParam("unitId")
    @Parameter(description = "Only this unit")
    UUID unitId;

    @QueryParam("golongan")
    @Parameter(description = "Only this golongan: a group I–IV, or III/a, or a PPPK IX")
    String golongan;

    @QueryParam("jenisJabatan")
    @Pattern(regexp = "[1-4]")
    @Parameter(description = "Only this jenis jabatan: 1 struktural, 2 fungsional tertentu, 3 rangkap, 4 fungsional umum")
    String jenisJabatan;

    @QueryParam("kind")
    @Parameter(description = "Only PNS (with CPNS, as the staffing profile counts them) or only PPPK (with PPPK paruh waktu); default both")
    ForecastQuery.Kind kind;

    /** The forecast these parameters ask for; {@code today} when asOf is not given. */
    ForecastQuery query(LocalDate today) {
        LocalDate asOfDate = asOf == null || asOf.isBlank() ? today : QueryValues.date("asOf", asOf.strip());
        YearMonth start = from == null || from.isBlank() ? YearMonth.from(asOfDate) : QueryValues.month("from", from.strip());
        return new ForecastQuery(instansi, start, years * 12, asOfDate, unitId, golongan == null || golongan.isBlank() ? null : golongan,
                jenisJabatan, kind);
    }
}
