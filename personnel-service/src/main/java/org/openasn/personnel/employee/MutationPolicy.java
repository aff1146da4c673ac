package org.openasn.personnel.employee;

import org.openasn.personnel.bup.BupAgeTable;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.rank.PromotionPeriods;
import org.openasn.reference.status.KedudukanHukum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a mutation may be applied to an employee's timeline, and what is doubtful about it. Pure rules
 * over the timeline as now known; the caller supplies "today", how strict rank ranges are and the BUP rules in force.
 */
public final class MutationPolicy {

    /** How a golongan outside the eselon's or functional jenjang's range is treated. */
    public enum RankRangeCheck { WARN, REFUSE }

    /** The code of the finding for a golongan outside the eselon's or jenjang's range. */
    public static final String RANK_OUTSIDE_RANGE = "rank-outside-range";

    private static final LocalDate EARLIEST_TMT = LocalDate.of(1950, 1, 1);

    private final RankRangeCheck rankRangeCheck;
    private final BupAgeTable bupAges;

    public MutationPolicy(RankRangeCheck rankRangeCheck, BupAgeTable bupAges) {
        this.rankRangeCheck = rankRangeCheck;
        this.bupAges = bupAges;
    }

    /**
     * @param timeline the employee's timeline as now known (empty for a new employee)
     * @param effect   the mutation to check
     * @param today    the recording date: bounds future-dated mutations
     * @param birthDate the employee's birth date, for the regular TMT pensiun; {@code null} when unknown
     */
    public List<Finding> check(Timeline timeline, Effect effect, LocalDate today, LocalDate birthDate) {
        List<Finding> findings = new ArrayList<>();
        LocalDate tmt = effect.tmt();
        if (tmt.isBefore(EARLIEST_TMT) || tmt.isAfter(today.plusYears(1))) {
            findings.add(Finding.error("tmt-out-of-range", "tmt", "TMT " + tmt + " must be between " + EARLIEST_TMT + " and a year from today (" + today.plusYears(1) + ")"));
            return findings;
        }
        if (effect.scope() == Effect.Scope.APPOINTMENT) {
            timeline.periodAt(tmt).filter(p -> p.state().employed()).ifPresent(p -> findings.add(Finding.error("already-employed", "tmt",
                    "the employee is already employed on " + tmt + " (since " + timeline.start().orElseThrow() + ")")));
        } else {
            checkAgainstEmployment(timeline, effect, findings);
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            return findings;
        }
        EmploymentState before = timeline.stateAt(tmt);
        EmploymentState after = effect.applyTo(before);
        switch (effect.kind()) {
            case PNS_CONFIRMED -> checkConfirmation(timeline, before, tmt, findings);
            case PROMOTED -> checkPromotion(before, effect.change(), tmt, findings);
            case SALARY_STEP_GRANTED -> checkSalaryStep(before, effect.change(), findings);
            case UNIT_TRANSFERRED -> {
                if (before.unitId() != null && before.unitId().equals(effect.change().unitId())) {
                    findings.add(Finding.error("same-unit", "unitId", "the employee is already in unit " + before.unitId() + " on " + tmt));
                }
            }
            case PPPK_CONTRACT_EXTENDED -> checkExtension(before, effect.change(), findings);
            case PPPK_CONTRACT_ENDED -> requirePppk(before, findings);
            case STATUS_CHANGED -> checkStatusChange(before, effect.change(), findings);
            default -> {
            }
        }
        if (effect.change().golongan() != null || effect.change().position() != null) {
            checkRankRange(after, findings);
        }
        if (effect.change().bupExtendedUntil() != null) {
            checkBupExtension(before, effect.change().bupExtendedUntil(), birthDate, findings);
        }
        if (effect.change().contractEnd() != null) {
            checkContractWithinBup(after, effect.kind(), birthDate, findings);
        }
        return findings;
    }

    private void checkAgainstEmployment(Timeline timeline, Effect effect, List<Finding> findings) {
        LocalDate tmt = effect.tmt();
        if (timeline.isEmpty()) {
            findings.add(Finding.error("not-employed", "tmt", "the employee has no employment to change"));
            return;
        }
        LocalDate start = timeline.start().orElseThrow();
        if (tmt.isBefore(start)) {
            findings.add(Finding.error("tmt-before-start", "tmt", "TMT " + tmt + " is before the start of employment (" + start + ")"));
            return;
        }
        EmploymentState state = timeline.stateAt(tmt);
        if (!state.employed() && effect.kind() != MutationKind.DATA_CORRECTED) {
            Period left = timeline.periodAt(tmt).orElseThrow();
            findings.add(Finding.error("employee-separated", "tmt", "the employee left on " + left.validFrom() + " (" + state.separation()
                    + "); a " + effect.kind().eventKind() + " with TMT " + tmt + " is impossible"));
        }
    }

    private static void checkConfirmation(Timeline timeline, EmploymentState before, LocalDate tmt, List<Finding> findings) {
        if (before.kind() != EmployeeKind.CPNS) {
            findings.add(Finding.error("not-cpns", "tmt", "only a CPNS can be confirmed as PNS; on " + tmt + " the employee is " + before.kind()));
            return;
        }
        LocalDate cpnsSince = timeline.periods().stream().filter(p -> p.state().kind() == EmployeeKind.CPNS)
                .map(Period::validFrom).findFirst().orElse(tmt);
        if (tmt.isBefore(cpnsSince.plusYears(1))) {
            findings.add(Finding.warning("short-probation", "tmt", "confirmed as PNS less than a year after TMT CPNS " + cpnsSince));
        }
    }

    private static void checkPromotion(EmploymentState before, StateChange change, LocalDate tmt, List<Finding> findings) {
        Golongan target = change.golongan();
        if (before.kind() == EmployeeKind.PPPK || before.kind() == EmployeeKind.PPPK_PARUH_WAKTU) {
            findings.add(Finding.error("pppk-not-promotable", "golongan", "a PPPK's golongan is set by the contract, not by kenaikan pangkat"));
            return;
        }
        if (target.kind() != Golongan.Kind.PNS) {
            findings.add(Finding.error("wrong-golongan-scale", "golongan", target.code() + " is a PPPK golongan; a PNS is promoted to I/a–IV/e"));
            return;
        }
        if (before.golongan() != null && target.rank() <= before.golongan().rank()) {
            findings.add(Finding.error("not-a-promotion", "golongan", "on " + tmt + " the employee already holds " + before.golongan().code()
                    + "; a promotion must be to a higher golongan than that, not " + target.code()));
        }
        if (before.kind() == EmployeeKind.CPNS) {
            findings.add(Finding.warning("cpns-promoted", "golongan", "a CPNS is normally promoted only after becoming PNS"));
        }
        if (!PromotionPeriods.isPeriodDay(tmt)) {
            findings.add(Finding.warning("off-period-promotion", "tmt", "regular promotions take effect on " + PromotionPeriods.describe(tmt)
                    + "; TMT is " + tmt));
        }
    }

    private static void checkSalaryStep(EmploymentState before, StateChange change, List<Finding> findings) {
        MasaKerja now = before.masaKerja();
        MasaKerja next = change.masaKerja();
        if (now != null && next != null && next.years() * 12 + next.months() <= now.years() * 12 + now.months()) {
            findings.add(Finding.error("masa-kerja-not-increased", "masaKerja", "a salary step must increase the masa kerja golongan ("
                    + now.years() + " years " + now.months() + " months now)"));
        }
    }

    private static void checkExtension(EmploymentState before, StateChange change, List<Finding> findings) {
        if (requirePppk(before, findings) && before.contractEnd() != null && !change.contractEnd().isAfter(before.contractEnd())) {
            findings.add(Finding.error("contract-not-extended", "contractEnd", "the new contract end " + change.contractEnd()
                    + " must be after the current one, " + before.contractEnd()));
        }
    }

    private static boolean requirePppk(EmploymentState before, List<Finding> findings) {
        if (before.kind() != EmployeeKind.PPPK && before.kind() != EmployeeKind.PPPK_PARUH_WAKTU) {
            findings.add(Finding.error("not-pppk", "tmt", "only a PPPK has a contract; the employee is " + before.kind()));
            return false;
        }
        return true;
    }

    /**
     * A BUP extension (also as set by a correction): only a PNS or CPNS reaches BUP, a PPPK's contract end governs them; it
     * must end after the regular TMT pensiun under the BUP rules in force (retirement-service's, as last published), and
     * after an extension already recorded.
     */
    private void checkBupExtension(EmploymentState before, LocalDate until, LocalDate birthDate, List<Finding> findings) {
        if (before.kind() == EmployeeKind.PPPK || before.kind() == EmployeeKind.PPPK_PARUH_WAKTU) {
            findings.add(Finding.error("pppk-bup-not-extended", "bupExtendedUntil", "a PPPK retires at the end of the contract ("
                    + before.contractEnd() + "), not at BUP: extend the contract (pppk-contract-extended) instead"));
            return;
        }
        if (before.bupExtendedUntil() != null && !until.isAfter(before.bupExtendedUntil())) {
            findings.add(Finding.error("bup-not-extended", "bupExtendedUntil", "the BUP is already extended to TMT pensiun "
                    + before.bupExtendedUntil() + "; a further extension must end after it, not on " + until));
            return;
        }
        Position position = before.position();
        if (birthDate != null && position != null) {
            BupAgeTable.Bup bup = bupAges.of(BupCategory.valueOf(position.bupCategory()), birthDate);
            if (!until.isAfter(bup.tmtPensiun().date())) {
                findings.add(Finding.error("bup-not-extended", "bupExtendedUntil", "the regular TMT pensiun is " + bup.tmtPensiun().date()
                        + " (" + bup.describe() + "); an extension must end after it, not on " + until));
            }
        }
    }

    /**
     * A PPPK contract ends at BUP at the latest (UU 20/2023: the PNS retirement ages bound a PPPK's employment): its last
     * day is the day before the TMT pensiun of the employee's age under the BUP rules in force for the position held
     * after the mutation. A contract end beyond it is refused; in a registration (history decided elsewhere, such as a
     * SIASN export) it is recorded as it came, with a warning.
     */
    private void checkContractWithinBup(EmploymentState after, MutationKind kind, LocalDate birthDate, List<Finding> findings) {
        Position position = after.position();
        LocalDate end = after.contractEnd();
        if (birthDate == null || position == null || end == null
                || (after.kind() != EmployeeKind.PPPK && after.kind() != EmployeeKind.PPPK_PARUH_WAKTU)) {
            return;
        }
        BupAgeTable.Bup bup = bupAges.of(BupCategory.valueOf(position.bupCategory()), birthDate);
        LocalDate lastDay = bup.tmtPensiun().date().minusDays(1);
        if (end.isAfter(lastDay)) {
            String message = "the contract would end on " + end + ", after the employee reaches BUP on " + bup.tmtPensiun().ageReachedOn()
                    + " (" + bup.describe() + "): a PPPK contract ends on " + lastDay + " at the latest, the day before TMT pensiun "
                    + bup.tmtPensiun().date();
            findings.add(kind == MutationKind.EMPLOYEE_REGISTERED ? Finding.warning("contract-beyond-bup", "contractEnd", message)
                    : Finding.error("contract-beyond-bup", "contractEnd", message));
        }
    }

    private static void checkStatusChange(EmploymentState before, StateChange change, List<Finding> findings) {
        KedudukanHukum target = change.kedudukanHukum();
        if (target.isSeparated()) {
            findings.add(Finding.error("separation-as-status", "kedudukanHukum", target + " ends the employment: record it as a retirement, "
                    + "resignation, dismissal or death"));
        } else if (target == before.kedudukanHukum()) {
            findings.add(Finding.error("same-status", "kedudukanHukum", "the employee's kedudukan hukum is already " + target));
        }
    }

    private void checkRankRange(EmploymentState after, List<Finding> findings) {
        Position position = after.position();
        Golongan golongan = after.golongan();
        if (position == null || golongan == null || golongan.kind() != Golongan.Kind.PNS) {
            return;
        }
        String problem = null;
        if (position.eselon() != null && position.eselon() != Eselon.NON_ESELON && !position.eselon().isWithinRange(golongan)) {
            problem = "golongan " + golongan.code() + " is outside the range of eselon " + position.eselon().code();
        } else if (position.jenjang() != null && !position.jenjang().isWithinRange(golongan)) {
            problem = "golongan " + golongan.code() + " is outside the range of jenjang " + position.jenjang().label();
        }
        if (problem != null) {
            findings.add(rankRangeCheck == RankRangeCheck.REFUSE
                    ? Finding.error(RANK_OUTSIDE_RANGE, "golongan", problem)
                    : Finding.warning(RANK_OUTSIDE_RANGE, "golongan", problem));
        }
    }
}
