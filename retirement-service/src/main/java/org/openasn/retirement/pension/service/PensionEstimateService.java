package org.openasn.retirement.pension.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openasn.commons.security.Caller;
import org.openasn.commons.time.Wib;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.rank.Golongan;
import org.openasn.retirement.pension.PensionRuleVersion;
import org.openasn.retirement.pension.SalaryTableVersion;
import org.openasn.retirement.pension.domain.PensionEstimate;
import org.openasn.retirement.pension.domain.PensionEstimator;
import org.openasn.retirement.pension.domain.PensionRules;
import org.openasn.retirement.pension.domain.SalaryTable;
import org.openasn.retirement.projection.ProjectionService;
import org.openasn.retirement.projection.RetirementProjection;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The pension estimate of one employee, from their projection (golongan, TMT CPNS, TMT pensiun), the salary table and
 * the pension rules in force on TMT pensiun.
 */
@ApplicationScoped
public class PensionEstimateService {

    @Inject
    ProjectionService projections;
    @Inject
    Clock clock;

    /** The estimate, the employee it is for, and the table and rules it used (table null when none was in force). */
    public record Result(RetirementProjection employee, SalaryTable table, PensionRules rules, PensionEstimate estimate) {
    }

    /**
     * @param masaKerjaGolongan the MKG at retirement from the employee's SK, or null to approximate it
     */
    @Transactional
    public Result estimate(Caller caller, String nip, Integer masaKerjaGolongan) {
        RetirementProjection p = projections.readableBy(caller, nip);
        LocalDate on = p.tmtPensiun != null ? p.tmtPensiun : Wib.today(clock);
        SalaryTable table = SalaryTableVersion.inForceOn(on).map(SalaryTableVersion::toTable).orElse(null);
        PensionRules rules = PensionRuleVersion.inForceOn(on).map(PensionRuleVersion::toRules)
                .orElseThrow(() -> new IllegalStateException("no pension rules in force on " + on + " (V4 seeds UU 11/1969)"));
        PensionEstimator.RecordedMkg recorded = p.mkgMonths == null || p.mkgSince == null ? null
                : new PensionEstimator.RecordedMkg(p.mkgMonths, p.mkgSince);
        PensionEstimate estimate = PensionEstimator.estimate(new PensionEstimator.Input(golongan(p.golongan), p.tmtCpns, p.tmtPensiun,
                masaKerjaGolongan, recorded), table, rules);
        return new Result(p, table, rules, estimate);
    }

    private static Golongan golongan(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Golongan.parse(code);
        } catch (InvalidReferenceException e) {
            return null;
        }
    }
}
