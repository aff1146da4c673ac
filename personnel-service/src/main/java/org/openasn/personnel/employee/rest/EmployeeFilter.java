package org.openasn.personnel.employee.rest;

import io.quarkus.panache.common.Parameters;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.personnel.unit.Unit;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.rank.Golongan;

import java.time.LocalDate;
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
        StringBuilder query = new StringBuilder("instansi = :instansi");
        Parameters params = Parameters.with("instansi", instansi);
        if (name != null && !name.isBlank()) {
            query.append(" and lower(name) like :name");
            params.and("name", "%" + name.toLowerCase().strip() + "%");
        }
        if (nipPrefix != null) {
            query.append(" and nip like :nip");
            params.and("nip", nipPrefix + "%");
        }
        String state = asOf == null ? "" : "p.";
        StringBuilder conditions = new StringBuilder();
        if (unitId != null) {
            conditions.append(" and ").append(state).append("unitId in :units");
            params.and("units", includeSubUnits ? subUnits(instansi, unitId) : List.of(unitId));
        }
        if (golongan != null) {
            try {
                params.and("golongan", Golongan.parse(golongan).code());
            } catch (InvalidReferenceException e) {
                throw InvalidInput.of("golongan", e.reason());
            }
            conditions.append(" and ").append(state).append("golongan = :golongan");
        }
        if (jenisJabatan != null) {
            conditions.append(" and ").append(state).append("jenisJabatan = :jenisJabatan");
            params.and("jenisJabatan", jenisJabatan);
        }
        if (kind != null) {
            conditions.append(" and ").append(state).append("kind = :kind");
            params.and("kind", kind);
        }
        if (kedudukanHukum != null) {
            conditions.append(" and ").append(state).append("kedudukanHukum = :kedudukanHukum");
            params.and("kedudukanHukum", kedudukanHukum);
        }
        if (inService != null) {
            conditions.append(" and ").append(state).append("inService = :inService");
            params.and("inService", inService);
        }
        if (asOf == null) {
            query.append(conditions);
        } else {
            // the period's own agency: an employee who moved here from another agency was not ours before the move
            query.append(" and id in (select p.employeeId from EmployeePeriodRow p where p.instansi = :instansi and p.validFrom <= :asOf")
                    .append(" and (p.validTo is null or p.validTo > :asOf)").append(conditions).append(")");
            params.and("asOf", asOf);
        }
        return new EmployeeFilter(query.toString(), params);
    }

    /** The unit and every unit below it. */
    static List<UUID> subUnits(String instansi, UUID root) {
        return Unit.subtree(Unit.listAgency(instansi), root);
    }
}
