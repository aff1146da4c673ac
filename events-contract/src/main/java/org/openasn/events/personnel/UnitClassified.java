package org.openasn.events.personnel;

import java.util.UUID;

/**
 * An operator set a unit's type, school level and listing order (replacing what was registered or set before); the
 * subject is the unit, so that it follows the unit's {@link UnitRegistered} in order.
 *
 * @param unitType    the kind of unit (asn-reference {@code JenisUnit}), {@code null} when cleared
 * @param schoolLevel for a school, its level (asn-reference {@code JenjangSekolah}), else {@code null}
 * @param listOrder   the unit's place in the agency's own listing of its units ({@link UnitRegistered#listOrder()}),
 *                    {@code null} when cleared (and in events published before it was added)
 */
public record UnitClassified(UUID unitId, String instansi, String unitType, String schoolLevel, Integer listOrder) {

    /** A classification without listing order, as published before it was added. */
    public UnitClassified(UUID unitId, String instansi, String unitType, String schoolLevel) {
        this(unitId, instansi, unitType, schoolLevel, null);
    }
}
