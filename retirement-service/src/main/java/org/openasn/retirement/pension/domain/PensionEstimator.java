package org.openasn.retirement.pension.domain;

import org.openasn.reference.rank.Golongan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Estimates the pension of a PNS (UU 11/1969) retiring at BUP or for a disability ({@link RetirementKind}): masa kerja
 * from TMT CPNS to TMT pensiun in whole years; the dasar pensiun is the gaji pokok of the golongan held, at the masa
 * kerja golongan (MKG) reached, in the salary table in force on TMT pensiun; pensiun pokok = accrual (2.5%) × years ×
 * dasar pensiun, capped (75%), then raised to the floors (40% of the base; the lowest gaji pokok); for a disability in
 * the line of duty it is the configured share (75%) of the base whatever the years, raised to the lowest gaji pokok;
 * a disability not caused by the duties of office gives no pension below the minimum masa kerja (4 years). Pensiun
 * janda/duda = 36% of the base, raised to its floor. Amounts are rounded to whole rupiah, half up, at the end. A missing
 * input or table value makes a figure unavailable, never guessed, and so does a pension that is not due, with the
 * reason; an input that had to be derived makes it approximate, and the estimate says so.
 */
public final class PensionEstimator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * What the estimate needs to know about the employee.
     *
     * @param golongan          the golongan held (assumed held until retirement); null when unknown
     * @param tmtCpns           start of the masa kerja (TMT CPNS); null when unknown
     * @param tmtPensiun        TMT pensiun: at BUP, the projected one (null when no BUP can be projected); for a
     *                          disability, the date of that retirement (required)
     * @param masaKerjaGolongan the MKG at retirement when known from the SK; null to derive it from the masa kerja
     * @param recordedMkg       the MKG of the employee's latest SK as personnel-service recorded it, which accrues until
     *                          TMT pensiun; null when not recorded
     * @param kind              why the employee retires
     */
    public record Input(Golongan golongan, LocalDate tmtCpns, LocalDate tmtPensiun, Integer masaKerjaGolongan, RecordedMkg recordedMkg,
                        RetirementKind kind) {

        public Input {
            Objects.requireNonNull(kind, "kind");
            if (kind != RetirementKind.BUP && tmtPensiun == null) {
                throw new IllegalArgumentException("the TMT pensiun of a " + kind + " retirement is required");
            }
        }

        /** A retirement at BUP. */
        public Input(Golongan golongan, LocalDate tmtCpns, LocalDate tmtPensiun, Integer masaKerjaGolongan) {
            this(golongan, tmtCpns, tmtPensiun, masaKerjaGolongan, null, RetirementKind.BUP);
        }
    }

    /** An MKG of {@code months} on the SK whose TMT is {@code since}. */
    public record RecordedMkg(int months, LocalDate since) {

        /** Whole years of MKG reached on {@code date}: the SK's months plus the months since its TMT. */
        int yearsOn(LocalDate date) {
            return (months + (int) Math.max(0, ChronoUnit.MONTHS.between(since, date))) / 12;
        }
    }

    private PensionEstimator() {
    }

    /**
     * @param table the salary table in force on TMT pensiun; null when none is loaded
     */
    public static PensionEstimate estimate(Input in, SalaryTable table, PensionRules rules) {
        List<PensionEstimate.Step> steps = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        List<String> approximations = new ArrayList<>();
        List<String> missing = new ArrayList<>();

        // 1. masa kerja: TMT CPNS to TMT pensiun, whole years (a disability in the line of duty does not need it)
        boolean inDuty = in.kind() == RetirementKind.DISABILITY_IN_DUTY;
        Integer years = null;
        Integer months = null;
        if (in.tmtCpns() == null && !inDuty) {
            missing.add("TMT CPNS (start of the masa kerja) is not known for this employee");
        }
        if (in.tmtPensiun() == null) {
            missing.add("TMT pensiun is not known: the position gives no BUP category");
        }
        if (in.tmtCpns() != null && in.tmtPensiun() != null) {
            Period served = Period.between(in.tmtCpns(), in.tmtPensiun());
            years = Math.max(0, served.getYears());
            months = served.isNegative() ? 0 : served.getMonths();
            steps.add(new PensionEstimate.Step("masa kerja", years + " years",
                    "from TMT CPNS " + in.tmtCpns() + " to TMT pensiun " + in.tmtPensiun() + ": " + years + " years " + months
                            + " months " + (served.getDays() > 0 ? "and " + served.getDays() + " days " : "")
                            + "of service; whole years counted: " + years));
        }
        if (in.kind() != RetirementKind.BUP) {
            assumptions.add("the employee is declared by the health examination body unable to work in any position, for a condition "
                    + (inDuty ? "caused by" : "not caused by") + " the duties of office; TMT pensiun " + in.tmtPensiun()
                    + " is the date given for the retirement");
        }
        if (inDuty) {
            assumptions.add("the increase of a pension for a disability (cacat) incurred in the line of duty (UU 11/1969 art. 11 (2), "
                    + "set by PP) is not included");
        }

        // 1b. entitlement: a disability not caused by the duties of office needs a minimum masa kerja (null: unknown)
        Boolean entitled = Boolean.TRUE;
        if (in.kind() == RetirementKind.DISABILITY_NOT_IN_DUTY) {
            entitled = years == null ? null : years >= rules.disabilityMinYears();
            if (years != null) {
                steps.add(new PensionEstimate.Step("entitlement", entitled ? "entitled" : "not entitled", years + " years of masa kerja; "
                        + "a disability not caused by the duties of office needs at least " + rules.disabilityMinYears() + " ("
                        + rules.disabilityMinYearsSource() + ")"));
            }
            if (Boolean.FALSE.equals(entitled)) {
                missing.add("no pension is due: a disability retirement not caused by the duties of office needs at least "
                        + rules.disabilityMinYears() + " years of masa kerja, the employee has " + years + " ("
                        + rules.disabilityMinYearsSource() + ")");
            }
        }

        // 2. masa kerja golongan for the gaji pokok
        Integer mkg = in.masaKerjaGolongan();
        if (mkg != null) {
            steps.add(new PensionEstimate.Step("masa kerja golongan", mkg + " years", "given by the caller (from the employee's latest SK)"));
        } else if (in.recordedMkg() != null && in.tmtPensiun() != null) {
            RecordedMkg recorded = in.recordedMkg();
            mkg = recorded.yearsOn(in.tmtPensiun());
            steps.add(new PensionEstimate.Step("masa kerja golongan", mkg + " years", "the SK of TMT " + recorded.since() + " records "
                    + recorded.months() / 12 + " years " + recorded.months() % 12 + " months; counted on to TMT pensiun "
                    + in.tmtPensiun() + ": whole years " + mkg));
            assumptions.add("the masa kerja golongan keeps accruing from the latest SK to TMT pensiun (no unpaid leave, CLTN, before it)");
        } else if (years != null) {
            mkg = years;
            approximations.add("masa kerja golongan is not recorded for this employee; the whole masa kerja (" + years
                    + " years) was used, which overstates the MKG of an employee whose MKG was reduced on promotion across "
                    + "golongan groups; pass masaKerjaGolongan from the SK for an exact figure");
            steps.add(new PensionEstimate.Step("masa kerja golongan", mkg + " years",
                    "approximated by the masa kerja up to TMT pensiun (the MKG from the SK was not given)"));
        } else {
            missing.add("masa kerja golongan: neither given nor derivable without TMT CPNS and TMT pensiun");
        }

        // 3. dasar pensiun: the gaji pokok of the golongan at that MKG
        Long base = null;
        if (in.golongan() == null) {
            missing.add("golongan is not known for this employee");
        } else if (in.golongan().kind() != Golongan.Kind.PNS) {
            missing.add("golongan " + in.golongan().code() + " is a PPPK golongan: PPPK are not entitled to a pension under UU 11/1969");
        } else if (table == null) {
            missing.add("no gaji pokok table is loaded in force on TMT pensiun " + in.tmtPensiun());
        } else if (mkg != null) {
            Optional<SalaryTable.Lookup> found = table.gajiPokok(in.golongan(), mkg);
            if (found.isEmpty()) {
                missing.add("the salary table " + table.legalBasis() + " has no step for golongan " + in.golongan().code());
            } else {
                SalaryTable.Lookup step = found.get();
                base = step.gajiPokok();
                assumptions.add("golongan " + in.golongan().code() + " is held until TMT pensiun (no further promotion)");
                assumptions.add("the salary table in force on TMT pensiun is " + table.legalBasis() + " (effective "
                        + table.effectiveFrom() + "); a later regulation would change the figures");
                String why;
                if (step.belowFirstStep()) {
                    approximations.add("the salary table lists " + in.golongan().code() + " from MKG " + step.mkgUsed() + " only; MKG "
                            + mkg + " has no value, the first step was used");
                    why = "MKG " + mkg + " is below the first listed step of " + in.golongan().code() + "; its first step (MKG "
                            + step.mkgUsed() + ") was used as an approximation";
                } else if (step.mkgUsed() == mkg) {
                    why = "the step listed for " + in.golongan().code() + " at MKG " + mkg;
                } else {
                    why = "MKG " + mkg + " is not a listed step of " + in.golongan().code() + "; the lower step, MKG " + step.mkgUsed()
                            + ", applies";
                }
                steps.add(new PensionEstimate.Step("gaji pokok (dasar pensiun)", rupiah(base), why + " in " + table.legalBasis()
                        + " (effective " + table.effectiveFrom() + ", source " + table.source() + ")"));
            }
        }

        // 4. pensiun pokok: percentage (the accrual, capped, or the share of a disability in the line of duty), floors
        BigDecimal percentage = null;
        Long pokok = null;
        if (Boolean.TRUE.equals(entitled) && base != null && (years != null || inDuty)) {
            BigDecimal share;
            if (inDuty) {
                share = rules.inDutyDisabilityShare();
                percentage = percent(share);
                steps.add(new PensionEstimate.Step("percentage", percentage.toPlainString() + "%", "disability in the line of duty: "
                        + percentage.toPlainString() + "% of the dasar pensiun whatever the masa kerja (" + rules.inDutyDisabilitySource() + ")"));
            } else {
                BigDecimal earned = rules.accrualPerYear().multiply(BigDecimal.valueOf(years));
                boolean capped = earned.compareTo(rules.maxShare()) > 0;
                share = capped ? rules.maxShare() : earned;
                percentage = percent(share);
                steps.add(new PensionEstimate.Step("percentage", percentage.toPlainString() + "%",
                        percent(rules.accrualPerYear()).toPlainString() + "% × " + years + " years = " + percent(earned).toPlainString() + "%"
                                + (capped ? "; cap applied: " + rules.maxShareSource() : "; below the cap of "
                                + percent(rules.maxShare()).toPlainString() + "% (" + rules.maxShareSource() + ")")));
            }
            BigDecimal amount = share.multiply(BigDecimal.valueOf(base));
            steps.add(new PensionEstimate.Step("pensiun pokok before floors", rupiah(round(amount)),
                    percentage.toPlainString() + "% × " + rupiah(base)));
            // each floor that applies to the kind: raised to it, or above it
            List<String> raised = new ArrayList<>();
            List<String> above = new ArrayList<>();
            if (!inDuty) {
                BigDecimal minimum = rules.minShare().multiply(BigDecimal.valueOf(base));
                String floor = percent(rules.minShare()).toPlainString() + "% of the dasar pensiun";
                if (amount.compareTo(minimum) < 0) {
                    amount = minimum;
                    raised.add("raised to " + floor + ", " + rupiah(round(minimum)) + " (" + rules.minShareSource() + ")");
                } else {
                    above.add(floor + " (" + rules.minShareSource() + ")");
                }
            }
            if (rules.lowestGajiPokokSource() != null) {
                if (amount.compareTo(BigDecimal.valueOf(table.lowestGajiPokok())) < 0) {
                    amount = BigDecimal.valueOf(table.lowestGajiPokok());
                    raised.add("raised to the lowest gaji pokok of the table, " + rupiah(table.lowestGajiPokok()) + " ("
                            + rules.lowestGajiPokokSource() + ")");
                } else {
                    above.add("the lowest gaji pokok " + rupiah(table.lowestGajiPokok()) + " (" + rules.lowestGajiPokokSource() + ")");
                }
            }
            pokok = round(amount);
            steps.add(new PensionEstimate.Step("floor", raised.isEmpty() ? "none applied" : rupiah(pokok), !raised.isEmpty()
                    ? String.join("; ", raised) : above.isEmpty() ? "no floor applies" : "above " + String.join(" and above ", above)));
            steps.add(new PensionEstimate.Step("pensiun pokok", rupiah(pokok), "per month, rounded to whole rupiah (half up); "
                    + "family and other allowances are not included"));
        }

        // 5. pensiun janda/duda
        Long widow = null;
        if (Boolean.TRUE.equals(entitled) && base != null) {
            BigDecimal amount = rules.widowShare().multiply(BigDecimal.valueOf(base));
            BigDecimal floor = rules.widowFloorShareOfLowest().multiply(BigDecimal.valueOf(table.lowestGajiPokok()));
            boolean raised = amount.compareTo(floor) < 0;
            widow = round(raised ? floor : amount);
            steps.add(new PensionEstimate.Step("pensiun janda/duda", rupiah(widow), percent(rules.widowShare()).toPlainString() + "% × "
                    + rupiah(base) + " = " + rupiah(round(amount)) + " (" + rules.widowShareSource() + ")"
                    + (raised ? "; floor applied: " + percent(rules.widowFloorShareOfLowest()).toPlainString() + "% of the lowest gaji pokok "
                    + rupiah(table.lowestGajiPokok()) + " (" + rules.widowFloorSource() + ")"
                    : "; above its floor of " + rupiah(round(floor)) + " (" + rules.widowFloorSource() + ")")));
        }

        PensionEstimate.Status quality = approximations.isEmpty() ? PensionEstimate.Status.COMPLETE : PensionEstimate.Status.APPROXIMATE;
        PensionEstimate.Figure pokokFigure = new PensionEstimate.Figure(pokok, pokok == null ? PensionEstimate.Status.UNAVAILABLE : quality);
        PensionEstimate.Figure widowFigure = new PensionEstimate.Figure(widow, widow == null ? PensionEstimate.Status.UNAVAILABLE : quality);
        PensionEstimate.Status overall = pokok == null || widow == null ? PensionEstimate.Status.UNAVAILABLE : quality;
        return new PensionEstimate(overall, years, months, mkg, base, percentage, pokokFigure, widowFigure, List.copyOf(steps),
                List.copyOf(assumptions), List.copyOf(approximations), List.copyOf(missing));
    }

    private static BigDecimal percent(BigDecimal share) {
        return share.multiply(HUNDRED).stripTrailingZeros().setScale(Math.max(0, share.multiply(HUNDRED).stripTrailingZeros().scale()),
                RoundingMode.UNNECESSARY);
    }

    private static long round(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String rupiah(long amount) {
        return "Rp " + NumberFormat.getIntegerInstance(Locale.US).format(amount);
    }
}
