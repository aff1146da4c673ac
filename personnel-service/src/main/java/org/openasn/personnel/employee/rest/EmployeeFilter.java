package org.openasn.personnel.employee.rest;

import io.quarkus.panache.common.Parameters;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.personnel.unit.Unit;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.rank.Golongan;

import java.util.List;
import java.util.UUID;

/** The filters of employee search and export, as a query over the state in force today. */
public record EmployeeFilter(String query, Parameters parameters) {

    public static EmployeeFilter of(String instansi, String name, String nipPrefix, UUID unitId, boolean includeSubUnits, String golongan,
                                    String jenisJabatan, String kind, String kedudukanHukum, Boolean inService) {
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
        if (unitId != null) {
            query.append(" and unitId in :units");
            params.and("units", includeSubUnits ? subUnits(instansi, unitId) : List.of(unitId));
        }
        if (golongan != null) {
            try {
                params.and("golongan", Golongan.parse(golongan).code());
            } catch (InvalidReferenceException e) {
                throw InvalidInput.of("golongan", e.reason());
            }
            query.append(" and golongan = :golongan");
        }
        if (jenisJabatan != null) {
            query.append(" and jenisJabatan = :jenisJabatan");
            params.and("jenisJabatan", jenisJabatan);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (kedudukanHukum != null) {
            query.append(" and kedudukanHukum = :kedudukanHukum");
            params.and("kedudukanHukum", kedudukanHukum);
        }
        if (inService != null) {
            query.append(" and inService = :inService");
            params.and("inService", inService);
        }
        return new EmployeeFilter(query.toString(), params);
    }

    /** The unit and every unit below it. */
    static List<UUID> subUnits(String instansi, UUID root) {
        return Unit.subtree(Unit.listAgency(instansi), root);
    }
}
