package org.openasn.retirement.projection;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One employee's projected retirement as the API shows it. The birth date is personal data: a caller who may not see it
 * ({@link ProjectionService#seesBirthDate}) gets the month and year of birth and of BUP only, which is all a retirement
 * plan needs (TMT pensiun follows from the month), and {@code birthDate} and {@code bupDate} null.
 *
 * @param birthMonth      month and year of birth, for every caller
 * @param birthDate       the birth date; null for a caller who may not see it
 * @param bupMonth        the month in which the employee reaches BUP, for every caller
 * @param bupDate         the day the employee reaches the BUP age; null for a caller who may not see the birth date
 * @param bupDeferredTo   the day BUP counts as reached when the rule set giving the age took effect after {@code bupDate}
 *                        (a lowered age retires nobody before it applies, decision 40): its effective date; null otherwise.
 *                        Not personal data: every caller sees it
 * @param tmtPensiun      first day of the month after the day BUP counts as reached ({@code bupDeferredTo}, else
 *                        {@code bupDate}): the retirement's effective date; or a recorded BUP extension's TMT pensiun when
 *                        that is later
 * @param bupExtendedUntil the TMT pensiun of a recorded BUP extension (perpanjangan BUP); {@code null} without one
 * @param monthsRemaining whole months from today until TMT pensiun
 * @param mppEligible     whether the employee may take masa persiapan pensiun (MPP): within a year of TMT pensiun
 */
public record RetirementView(String nip, String name,
                             @Schema(description = "Month and year of birth (yyyy-MM)", type = SchemaType.STRING, example = "1967-05")
                             YearMonth birthMonth,
                             @Schema(description = "Birth date; null for a viewer (personal data: admin, the agency's operator and the "
                                     + "employee see it)")
                             LocalDate birthDate,
                             String kind, String golongan, String jenisJabatan,
                             String positionName, UUID unitId, String bupCategory, Integer bupAge, String legalBasis, UUID ruleSetId,
                             @Schema(description = "Month in which BUP is reached (yyyy-MM)", type = SchemaType.STRING, example = "2025-05")
                             YearMonth bupMonth,
                             @Schema(description = "The day the BUP age is reached; null for a viewer (it gives the birth date away)")
                             LocalDate bupDate,
                             @Schema(description = "Set when the BUP rule set giving this age (one that lowered it) took effect after the age "
                                     + "was reached: its effective date, the day BUP counts as reached, so that TMT pensiun is the first day of "
                                     + "the next month and not of the month after bupDate (a rule retires nobody before it applies); null "
                                     + "otherwise", examples = "2030-01-01")
                             LocalDate bupDeferredTo,
                             @Schema(description = "TMT pensiun: the first day of the month after the day BUP counts as reached "
                                     + "(bupDeferredTo when set, else bupDate), or bupExtendedUntil when that is later")
                             LocalDate tmtPensiun, LocalDate bupExtendedUntil, Long monthsRemaining, boolean mppEligible, boolean employed,
                             String separation) {

    /** @param birthDate whether the caller may see the birth date (and the BUP date, which gives it away) */
    public static RetirementView of(RetirementProjection p, LocalDate today, boolean birthDate) {
        Long months = p.tmtPensiun == null ? null : ChronoUnit.MONTHS.between(today.withDayOfMonth(1), p.tmtPensiun);
        boolean mpp = p.tmtPensiun != null && p.employed && !today.isBefore(p.tmtPensiun.minusYears(1)) && today.isBefore(p.tmtPensiun);
        return new RetirementView(p.nip, p.name, YearMonth.from(p.birthDate), birthDate ? p.birthDate : null, p.kind, p.golongan,
                p.jenisJabatan, p.positionName, p.unitId, p.bupCategory, p.bupAge, p.legalBasis, p.ruleSetId,
                p.bupDate == null ? null : YearMonth.from(p.bupDate), birthDate ? p.bupDate : null, p.bupDeferredTo, p.tmtPensiun, p.bupExtendedUntil, months, mpp, p.employed,
                p.separation);
    }
}
