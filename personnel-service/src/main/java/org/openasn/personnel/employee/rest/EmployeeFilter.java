package org.openasn.personnel.employee.rest;

import io.quarkus.panache.common.Parameters;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.personnel.unit.Unit;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.rank.Golongan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The filters of employee search and export, as a query over the state in force on a date. */
public record EmployeeFilter(String query, Parameters parameters) {

    /**
     * Filters on the state in force on {@code asOf} (today, for search without a date and for the export): the state's
     * conditions apply to the employee's period covering that date, in the agency's periods only, so an employee who moved
     * here from another agency of the platform is the other agency's before the move, and one who moved away is ours until
     * then (also when the move is recorded ahead of its TMT). Employees without a period then (not yet appointed) are left
     * out.
     */
    public static EmployeeFilter of(String instansi, String name, String nipPrefix, UUID unitId, boolean includeSubUnits, String golongan,
                                    String jenisJabatan, String kind, String kedudukanHukum, Boolean inService, LocalDate asOf) {
        Parameters params = Parameters.with("instansi", instansi).and("asOf", asOf);
        List<String> person = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            person.add("lower(name) like :name");
            params.and("name", "%" + name.toLowerCase().strip() + "%");
        }
        if (nipPrefix != null) {
            person.add("nip like :nip");
            params.and("nip", nipPrefix + "%");
        }
        List<String> period = new ArrayList<>(List.of("p.instansi = :instansi", "p.validFrom <= :asOf", "(p.validTo is null or p.validTo > :asOf)"));
        if (unitId != null) {
            period.add("p.unitId in :units");
            params.and("units", units(instansi, unitId, includeSubUnits));
        }
        if (golongan != null) {
            try {
                params.and("golongan", Golongan.parse(golongan).code());
            } catch (InvalidReferenceException e) {
                throw InvalidInput.of("golongan", e.reason());
            }
            period.add("p.golongan = :golongan");
        }
        if (jenisJabatan != null) {
            period.add("p.jenisJabatan = :jenisJabatan");
            params.and("jenisJabatan", jenisJabatan);
        }
        if (kind != null) {
            period.add("p.kind = :kind");
            params.and("kind", kind);
        }
        if (kedudukanHukum != null) {
            period.add("p.kedudukanHukum = :kedudukanHukum");
            params.and("kedudukanHukum", kedudukanHukum);
        }
        if (inService != null) {
            period.add("p.inService = :inService");
            params.and("inService", inService);
        }
        List<String> clauses = new ArrayList<>(person);
        clauses.add("id in (select p.employeeId from EmployeePeriodRow p where " + String.join(" and ", period) + ")");
        return new EmployeeFilter(String.join(" and ", clauses), params);
    }

    /**
     * The unit, with {@code includeSubUnits} and every unit below it. A unit that is not the agency's is a 400 naming it:
     * filtered on, it gave an empty list, as if the unit had no one in it (the data-quality scores already refused it).
     */
    static List<UUID> units(String instansi, UUID unitId, boolean includeSubUnits) {
        List<Unit> agencyUnits = Unit.listAgency(instansi);
        if (agencyUnits.stream().noneMatch(u -> u.id.equals(unitId))) {
            throw InvalidInput.of("unitId", "no unit " + unitId + " in agency " + instansi);
        }
        return includeSubUnits ? Unit.subtree(agencyUnits, unitId) : List.of(unitId);
    }
}
