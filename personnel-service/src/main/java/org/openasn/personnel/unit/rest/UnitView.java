package org.openasn.personnel.unit.rest;

import org.openasn.personnel.unit.Unit;

import java.time.LocalDate;
import java.util.UUID;

/** An organisation unit as the API shows it. */
public record UnitView(UUID id, String instansi, String code, String name, UUID parentId, String siasnUnorId,
                       LocalDate validFrom, LocalDate validTo, String unitType, String schoolLevel, Integer listOrder) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.id, unit.instansi, unit.code, unit.name, unit.parentId, unit.siasnUnorId, unit.validFrom, unit.validTo, unit.unitType,
                unit.schoolLevel, unit.listOrder);
    }
}
