package org.openasn.retirement.pension.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.problem.NotFoundProblem;
import org.openasn.commons.problem.Problem;
import org.openasn.retirement.pension.SalaryTableVersion;
import org.openasn.retirement.pension.domain.SalaryTable;
import org.openasn.retirement.pension.domain.SalaryTableCsv;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the gaji pokok table versions and loads new ones (a new salary regulation) from their CSV. */
@ApplicationScoped
public class SalaryTableService {

    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    /**
     * Loads a new version from a CSV in the layout of {@link SalaryTableCsv}. Every problem (each bad line, a missing
     * parameter, a date already used) is reported at once; nothing is written unless the whole table is good.
     */
    @Transactional
    public SalaryTableVersion load(String csv, LocalDate effectiveFrom, String legalBasis, String source, String recordedBy) {
        em.createNativeQuery("LOCK TABLE salary_table_version IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
        List<Problem.Violation> violations = new ArrayList<>();
        if (effectiveFrom == null) {
            violations.add(new Problem.Violation("effectiveFrom", "must be given: the first day the table applies (yyyy-MM-dd)"));
        } else if (SalaryTableVersion.count("effectiveFrom", effectiveFrom) > 0) {
            violations.add(new Problem.Violation("effectiveFrom", "a salary table effective " + effectiveFrom + " is already loaded"));
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            violations.add(new Problem.Violation("legalBasis", "must be given: the regulation that sets the table, such as PP 5/2024"));
        }
        if (source == null || source.isBlank()) {
            violations.add(new Problem.Violation("source", "must be given: where the figures come from (the annex, the file)"));
        }
        SalaryTableCsv.Result read = SalaryTableCsv.read(csv);
        read.problems().forEach(p -> violations.add(new Problem.Violation("body", p)));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")), violations);
        }
        SalaryTable table = SalaryTable.of(UUID.randomUUID(), effectiveFrom, legalBasis.strip(), source.strip(), read.entries());
        SalaryTableVersion version = new SalaryTableVersion();
        version.id = table.id();
        version.effectiveFrom = table.effectiveFrom();
        version.legalBasis = table.legalBasis();
        version.source = table.source();
        version.recordedAt = clock.instant();
        version.recordedBy = recordedBy;
        for (SalaryTable.Entry entry : table.entries()) {
            SalaryTableVersion.Step step = new SalaryTableVersion.Step();
            step.golonganId = entry.golongan().siasnId();
            step.mkg = entry.mkg();
            step.gajiPokok = entry.gajiPokok();
            version.steps.add(step);
        }
        version.persist();
        return version;
    }

    /** Every version, oldest first, with its number of steps. */
    @Transactional
    public List<SalaryTableVersion> list() {
        List<SalaryTableVersion> versions = SalaryTableVersion.listByEffectiveDate();
        versions.forEach(v -> v.steps.size());
        return versions;
    }

    /** One version with its steps. */
    @Transactional
    public SalaryTable get(UUID id) {
        return SalaryTableVersion.<SalaryTableVersion>findByIdOptional(id).map(SalaryTableVersion::toTable)
                .orElseThrow(() -> new NotFoundProblem("No salary table " + id + "."));
    }
}
