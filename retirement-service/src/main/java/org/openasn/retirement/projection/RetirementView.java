package org.openasn.retirement.projection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One employee's projected retirement as the API shows it.
 *
 * @param bupDate         the day the employee reaches BUP
 * @param tmtPensiun      first day of the month after that: the retirement's effective date
 * @param monthsRemaining whole months from today until TMT pensiun
 * @param mppEligible     whether the employee may take masa persiapan pensiun (MPP): within a year of TMT pensiun
 */
public record RetirementView(String nip, String name, LocalDate birthDate, String kind, String golongan, String jenisJabatan,
                             String positionName, UUID unitId, String bupCategory, Integer bupAge, String legalBasis, UUID ruleSetId,
                             LocalDate bupDate, LocalDate tmtPensiun, Long monthsRemaining, boolean mppEligible, boolean employed,
                             String separation) {

    public static RetirementView of(RetirementProjection p, LocalDate today) {
        Long months = p.tmtPensiun == null ? null : ChronoUnit.MONTHS.between(today.withDayOfMonth(1), p.tmtPensiun);
        boolean mpp = p.tmtPensiun != null && p.employed && !today.isBefore(p.tmtPensiun.minusYears(1)) && today.isBefore(p.tmtPensiun);
        return new RetirementView(p.nip, p.name, p.birthDate, p.kind, p.golongan, p.jenisJabatan, p.positionName, p.unitId, p.bupCategory,
                p.bupAge, p.legalBasis, p.ruleSetId, p.bupDate, p.tmtPensiun, months, mpp, p.employed, p.separation);
    }
}
