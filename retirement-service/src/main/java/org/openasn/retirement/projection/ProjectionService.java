package org.openasn.retirement.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.openasn.commons.problem.NotFoundProblem;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reference.position.BupCategory;
import org.openasn.retirement.bup.BupRuleVersion;
import org.openasn.retirement.bup.domain.BupRuleSet;
import org.openasn.retirement.bup.domain.RetirementRule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Recomputes an employee's projection from the state personnel-service published: the position they hold (the
 * last period of their timeline decides the BUP category), their birth date, and the rule set in force when
 * they reach BUP, unless a recorded BUP extension sets a later TMT pensiun; also their TMT CPNS (the start of their first CPNS/PNS period) and the day they left. Answers
 * who may read a projection.
 */
@ApplicationScoped
public class ProjectionService {

    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    RetirementDueJob retirementDue;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EmployeeChange change) {
        List<EmploymentPeriod> timeline = change.timeline();
        EmploymentPeriod last = timeline.get(timeline.size() - 1);
        EmploymentPeriod position = timeline.stream().filter(p -> p.separation() == null).reduce((a, b) -> b).orElse(last);
        RetirementProjection p = RetirementProjection.findById(change.employeeId());
        if (p == null) {
            p = new RetirementProjection();
            p.employeeId = change.employeeId();
        }
        p.instansi = change.instansi();
        p.nip = change.person().nip();
        p.name = change.person().name();
        p.birthDate = change.person().birthDate();
        p.gender = change.person().gender();
        p.kind = position.employeeKind();
        p.golongan = position.golongan();
        p.jenisJabatan = position.jenisJabatan();
        p.eselon = position.eselon();
        p.positionName = position.jabatanName();
        p.unitId = position.unitId();
        p.employed = last.separation() == null;
        p.separation = last.separation();
        p.separatedOn = p.employed ? null : last.validFrom();
        p.tmtCpns = timeline.stream().filter(t -> "CPNS".equals(t.employeeKind()) || "PNS".equals(t.employeeKind()))
                .map(EmploymentPeriod::validFrom).findFirst().orElse(null);
        p.contractEnd = position.contractEnd();
        p.bupExtendedUntil = position.bupExtendedUntil();
        recordMasaKerjaGolongan(p, timeline, position);
        p.bupCategory = position.bupCategory();
        if (position.bupCategory() != null) {
            // waits while a new rule version is being recorded (BupRuleService.add), so that no projection is computed
            // under the old versions after the recomputation under the new ones
            em.createNativeQuery("LOCK TABLE bup_rule_version IN SHARE MODE").executeUpdate();
            List<BupRuleSet> rules = BupRuleVersion.ruleSets();
            RetirementRule.Decision decision = RetirementRule.decide(rules, BupCategory.valueOf(position.bupCategory()), p.birthDate);
            p.bupAge = decision.bup().age();
            p.ruleSetId = decision.ruleSet().id();
            p.legalBasis = decision.bup().legalBasis();
            p.bupDate = decision.tmtPensiun().ageReachedOn();
            p.bupDeferredTo = decision.tmtPensiun().deferred() ? decision.tmtPensiun().bupReachedOn() : null;
            LocalDate regular = decision.tmtPensiun().date();
            p.tmtPensiun = p.bupExtendedUntil != null && p.bupExtendedUntil.isAfter(regular) ? p.bupExtendedUntil : regular;
        } else {
            p.bupAge = null;
            p.ruleSetId = null;
            p.legalBasis = null;
            p.bupDate = null;
            p.bupDeferredTo = null;
            p.tmtPensiun = null;
        }
        p.updatedAt = clock.instant();
        if (!p.isPersistent()) {
            p.persist();
        }
        retirementDue.announceIfDue(p);
    }

    /**
     * The projection of the employee with this NIP, if the caller may read it: the self role only its own record,
     * other roles only inside their agency (admin everywhere). 404 when unknown, and the same 404 when not the caller's
     * to see: a 403 would tell that the NIP is recorded.
     */
    public RetirementProjection readableBy(Caller caller, String nip) {
        return RetirementProjection.<RetirementProjection>find("nip", nip).firstResultOptional()
                .filter(p -> caller.seesEmployee(p.instansi, p.nip))
                .orElseThrow(() -> new NotFoundProblem("No employee with NIP " + nip + " is known to retirement-service."));
    }

    /**
     * Whether the caller may see the birth date of an employee of {@code instansi} with this NIP (personal data, as in
     * personnel-service): admin, the agency's operator and the employee themself; a viewer sees the month and year only.
     */
    public boolean seesBirthDate(Caller caller, String instansi, String nip) {
        return caller.hasRole(Roles.ADMIN) || (caller.hasRole(Roles.OPERATOR) && instansi.equals(caller.agency())) || nip.equals(caller.nip());
    }

    /**
     * The MKG in force in {@code position} and the start of the period where it was last set (the TMT of the SK that
     * set it: a promotion or a KGB); periods after it carry it unchanged while it accrues.
     */
    private static void recordMasaKerjaGolongan(RetirementProjection p, List<EmploymentPeriod> timeline, EmploymentPeriod position) {
        p.mkgMonths = null;
        p.mkgSince = null;
        Integer previous = null;
        for (EmploymentPeriod period : timeline) {
            Integer months = period.masaKerjaYears() == null ? null
                    : period.masaKerjaYears() * 12 + (period.masaKerjaMonths() == null ? 0 : period.masaKerjaMonths());
            if (months != null && !months.equals(previous)) {
                p.mkgMonths = months;
                p.mkgSince = period.validFrom();
            } else if (months == null) {
                p.mkgMonths = null;
                p.mkgSince = null;
            }
            previous = months;
            if (period == position) {
                return;
            }
        }
    }
}
