package org.openasn.retirement.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reference.position.BupCategory;
import org.openasn.retirement.bup.BupRuleVersion;
import org.openasn.retirement.bup.domain.BupRuleSet;
import org.openasn.retirement.bup.domain.RetirementRule;

import java.time.Clock;
import java.util.List;

/**
 * Recomputes an employee's projection from the state personnel-service published: the position they hold (the
 * last period of their timeline decides the BUP category), their birth date, and the rule set in force when
 * they reach BUP.
 */
@ApplicationScoped
public class ProjectionService {

    @Inject
    Clock clock;

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
        p.contractEnd = position.contractEnd();
        p.bupCategory = position.bupCategory();
        if (position.bupCategory() != null) {
            List<BupRuleSet> rules = BupRuleVersion.<BupRuleVersion>listAll().stream().map(BupRuleVersion::toRuleSet).toList();
            RetirementRule.Decision decision = RetirementRule.decide(rules, BupCategory.valueOf(position.bupCategory()), p.birthDate);
            p.bupAge = decision.bup().age();
            p.ruleSetId = decision.ruleSet().id();
            p.legalBasis = decision.bup().legalBasis();
            p.bupDate = decision.tmtPensiun().bupReachedOn();
            p.tmtPensiun = decision.tmtPensiun().date();
        } else {
            p.bupAge = null;
            p.ruleSetId = null;
            p.legalBasis = null;
            p.bupDate = null;
            p.tmtPensiun = null;
        }
        p.updatedAt = clock.instant();
        if (!p.isPersistent()) {
            p.persist();
        }
    }
}
