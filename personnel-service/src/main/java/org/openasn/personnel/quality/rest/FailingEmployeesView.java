package org.openasn.personnel.quality.rest;

import org.openasn.personnel.quality.rest.EmployeeQualityView.FindingView;
import org.openasn.personnel.quality.service.DataQualityService.FailingEmployee;
import org.openasn.personnel.quality.service.DataQualityService.FailingPage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A page of the employees who fail an indicator (or any), in NIP order: the work list of whoever corrects the records.
 *
 * @param check the indicator's code; {@code null} for any
 * @param total how many employees fail it in all
 */
public record FailingEmployeesView(LocalDate asOf, String check, int page, int size, long total, List<Item> items) {

    /**
     * @param unitName the unit the employee is placed in; {@code null} when none of the agency's
     * @param findings what is wrong, of the indicator asked for (or every one failed)
     */
    public record Item(String nip, String name, UUID unitId, String unitName, List<FindingView> findings) {
    }

    static FailingEmployeesView of(FailingPage found, String check, int page, int size) {
        return new FailingEmployeesView(found.asOf(), check, page, size, found.total(),
                found.items().stream().map(FailingEmployeesView::item).toList());
    }

    private static Item item(FailingEmployee failing) {
        return new Item(failing.employee().nip, failing.employee().name, failing.employee().unitId,
                failing.unit() == null ? null : failing.unit().name,
                failing.findings().stream().map(EmployeeQualityView::finding).toList());
    }
}
