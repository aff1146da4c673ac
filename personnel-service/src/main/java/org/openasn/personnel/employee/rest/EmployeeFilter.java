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

/** The filters of employee search and export, as a query over the state in force today or on a given date. */
public record EmployeeFilter(String query, Parameters parameters) {

    /** Filters on today's state (the export, and search without a date). */
    public static EmployeeFilter of(String instansi, String name, String nipPrefix, UUID unitId, boolean includeSubUnits, String golongan,
                                    String jenisJabatan, String kind, String kedudukanHukum, Boolean inService) {
        return of(instansi, name, nipPrefix, unitId, includeSubUnits, golongan, jenisJabatan, kind, kedudukanHukum, inService, null);
    }

    /**
     * Filters on the state in force on {@code asOf} (today's state when {@code null}): the state's conditions then
     * apply to the employee's period covering that date, and employees without one (not yet appointed) are left out.
     */
    public static EmployeeFilter of(String instansi, String name, String nipPrefix, UUID unitId, boolean includeSubUnits, String golongan,
                                    String jenisJabatan, String kind, String kedudukanHukum, Boolean inService, LocalDate asOf) {
        Parameters params = Parameters.with("instansi", instansi);
        List<String> person = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            person.add("lower(name) like :name");
            params.and("name", "%" + name.toLowerCase().strip() + "%");
        }
        if (nipPrefix != null) {
            person.add("nip like :nip");
            params.and("nip", nipPrefix + "%");
        }
        String period = asOf == null ? "" : "p.";
        List<String> state = new ArrayList<>();
        if (unitId != null) {
            state.add(period + "unitId in :units");
            params.and("units", includeSubUnits ? subUnits(instansi, unitId) : List.of(unitId));
        }
        if (golongan != null) {
            try {
                params.and("golongan", Golongan.parse(golongan).code());
            } catch (InvalidReferenceException e) {
                throw InvalidInput.of("golongan", e.reason());
            }
            state.add(period + "golongan = :golongan");
        }
        if (jenisJabatan != null) {
            state.add(period + "jenisJabatan = :jenisJabatan");
            params.and("jenisJabatan", jenisJabatan);
        }
        if (kind != null) {
            state.add(period + "kind = :kind");
            params.and("kind", kind);
        }
        if (kedudukanHukum != null) {
            state.add(period + "kedudukanHukum = :kedudukanHukum");
            params.and("kedudukanHukum", kedudukanHukum);
        }
        if (inService != null) {
            state.add(period + "inService = :inService");
            params.and("inService", inService);
        }
        List<String> clauses = new ArrayList<>(person);
        if (asOf == null) {
            clauses.add("instansi = :instansi");
            clauses.addAll(state);
        } else {
            // the period's agency, not the record's: an employee who moved here from another agency was not ours before the
            // move, and one who moved away was ours until then
            state.add(0, "p.instansi = :instansi and p.validFrom <= :asOf and (p.validTo is null or p.validTo > :asOf)");
            clauses.add("id in (select p.employeeId from EmployeePeriodRow p where " + String.join(" and ", state) + ")");
            params.and("asOf", asOf);
        }
        return new EmployeeFilter(String.join(" and ", clauses), params);
    }

    /** The unit and every unit below it. */
    static List<UUID> subUnits(String instansi, UUID root) {
        return Unit.subtree(Unit.listAgency(instansi), root);
    }
}
