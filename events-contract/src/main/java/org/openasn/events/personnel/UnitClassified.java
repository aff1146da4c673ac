package org.openasn.events.personnel;

import java.util.UUID;

/**
 * An operator set a unit's type and school level (replacing what was registered or set before); the subject is the
 * unit, so that it follows the unit's {@link UnitRegistered} in order.
 *
 * @param unitType    the kind of unit (asn-reference {@code JenisUnit}), {@code null} when cleared
 * @param schoolLevel for a school, its level (asn-reference {@code JenjangSekolah}), else {@code null}
 */
public record UnitClassified(UUID unitId, String instansi, String unitType, String schoolLevel) {
}
