package org.openasn.personnel.quality.rest;

import org.openasn.personnel.quality.Dimension;
import org.openasn.personnel.quality.QualityFinding;
import org.openasn.personnel.quality.service.DataQualityService.EmployeeFindings;

import java.time.LocalDate;
import java.util.List;

/**
 * The indicators an employee's record fails.
 *
 * @param employed whether the agency index counts the employee (employed today, not separated)
 */
public record EmployeeQualityView(String nip, LocalDate asOf, boolean employed, List<FindingView> findings) {

    /**
     * @param name    the indicator's Indonesian name
     * @param message what is wrong in this record, in English
     */
    public record FindingView(String code, Dimension dimension, String name, String message, String howToFix) {
    }

    static EmployeeQualityView of(EmployeeFindings found) {
        return new EmployeeQualityView(found.employee().nip, found.asOf(), found.employed(), found.findings().stream()
                .map(EmployeeQualityView::finding).toList());
    }

    static FindingView finding(QualityFinding f) {
        return new FindingView(f.check().code(), f.check().dimension(), f.check().indicatorName(), f.message(), f.check().howToFix());
    }
}
