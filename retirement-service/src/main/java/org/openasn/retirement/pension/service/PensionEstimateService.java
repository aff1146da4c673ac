package org.openasn.retirement.pension.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.security.Caller;
import org.openasn.commons.time.Wib;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.rank.Golongan;
import org.openasn.retirement.pension.PensionRuleVersion;
import org.openasn.retirement.pension.SalaryTableVersion;
import org.openasn.retirement.pension.domain.PensionEstimate;
import org.openasn.retirement.pension.domain.PensionEstimator;
import org.openasn.retirement.pension.domain.PensionRules;
import org.openasn.retirement.pension.domain.RetirementKind;
import org.openasn.retirement.pension.domain.SalaryTable;
import org.openasn.retirement.projection.ProjectionService;
import org.openasn.retirement.projection.RetirementProjection;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The pension estimate of one employee, from their projection (golongan, TMT CPNS, TMT pensiun), the salary table and
 * the pension rules in force on TMT pensiun. At BUP the TMT pensiun is the projected one; a disability retirement can
 * happen on any day before it, which only the caller knows, so its TMT pensiun is given.
 */
@ApplicationScoped
public class PensionEstimateService {

    @Inject
    ProjectionService projections;
    @Inject
    Clock clock;

    /**
     * The estimate, the employee it is for, the TMT pensiun it is for (null when no BUP can be projected), and the table
     * and rules it used (table null when none was in force).
     */
    public record Result(RetirementProjection employee, LocalDate tmtPensiun, SalaryTable table, PensionRules rules, PensionEstimate estimate) {
    }

    /**
     * @param masaKerjaGolongan the MKG at retirement from the employee's SK, or null to approximate it
     * @param kind              why the employee retires
     * @param tmtPensiun        the TMT pensiun of a disability retirement; null at BUP, which has its own
     * @throws InvalidInput when tmtPensiun is given at BUP, or not given for a disability, or is not after TMT CPNS, or
     *                      after the TMT pensiun at BUP
     */
    @Transactional
    public Result estimate(Caller caller, String nip, Integer masaKerjaGolongan, RetirementKind kind, LocalDate tmtPensiun) {
        RetirementProjection p = projections.readableBy(caller, nip);
        LocalDate retiring = tmtPensiun(p, kind, tmtPensiun);
        LocalDate on = retiring != null ? retiring : Wib.today(clock);
        SalaryTable table = SalaryTableVersion.inForceOn(on).map(SalaryTableVersion::toTable).orElse(null);
        PensionRules rules = PensionRuleVersion.inForceOn(on).map(PensionRuleVersion::toRules)
                .orElseThrow(() -> new IllegalStateException("no pension rules in force on " + on + " (V4 seeds UU 11/1969)"));
        PensionEstimator.RecordedMkg recorded = p.mkgMonths == null || p.mkgSince == null ? null
                : new PensionEstimator.RecordedMkg(p.mkgMonths, p.mkgSince);
        PensionEstimate estimate = PensionEstimator.estimate(new PensionEstimator.Input(golongan(p.golongan), p.tmtCpns, retiring,
                masaKerjaGolongan, recorded, kind), table, rules);
        return new Result(p, retiring, table, rules, estimate);
    }

    /** The TMT pensiun of the retirement: the projected one at BUP, the one given for a disability. */
    private static LocalDate tmtPensiun(RetirementProjection p, RetirementKind kind, LocalDate given) {
        if (kind == RetirementKind.BUP) {
            if (given != null) {
                throw InvalidInput.of("tmtPensiun", "is set by the BUP rules for retirementKind BUP; give it only for a disability retirement");
            }
            return p.tmtPensiun;
        }
        if (given == null) {
            throw InvalidInput.of("tmtPensiun", "is required for retirementKind " + kind + ": the date of the disability retirement");
        }
        if (p.tmtCpns != null && !given.isAfter(p.tmtCpns)) {
            throw InvalidInput.of("tmtPensiun", "must be after TMT CPNS " + p.tmtCpns);
        }
        if (p.tmtPensiun != null && given.isAfter(p.tmtPensiun)) {
            throw InvalidInput.of("tmtPensiun", "must not be after the TMT pensiun at BUP, " + p.tmtPensiun);
        }
        return given;
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
