package org.openasn.events.personnel;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An organisation unit (SKPD or a sub-unit) was registered in an agency.
 *
 * @param instansi    the agency's code (SIASN instansi id)
 * @param parentId    the parent unit, {@code null} for an agency's top-level unit
 * @param siasnUnorId the unit's id in SIASN (unor), when known
 * @param validFrom   the date from which the unit exists
 */
public record UnitRegistered(UUID unitId, String instansi, String code, String name, UUID parentId, String siasnUnorId,
                             LocalDate validFrom) {
}
