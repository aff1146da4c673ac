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
 * @param unitType    the kind of unit (asn-reference {@code JenisUnit}: {@code DINAS}, {@code KECAMATAN}, ...), {@code null}
 *                    when not known (and in events published before it was added)
 * @param schoolLevel for a school, its level (asn-reference {@code JenjangSekolah}: {@code SD}, {@code SMP}, ...), else
 *                    {@code null}
 * @param listOrder   the unit's place in the agency's own listing of its units (the order in which its regulation on
 *                    perangkat daerah names them, which its staffing profile follows), 1 first; {@code null} when not
 *                    given (and in events published before it was added)
 */
public record UnitRegistered(UUID unitId, String instansi, String code, String name, UUID parentId, String siasnUnorId,
                             LocalDate validFrom, String unitType, String schoolLevel, Integer listOrder) {

    /** A unit without type, school level and listing order, as published before they were added. */
    public UnitRegistered(UUID unitId, String instansi, String code, String name, UUID parentId, String siasnUnorId, LocalDate validFrom) {
        this(unitId, instansi, code, name, parentId, siasnUnorId, validFrom, null, null, null);
    }
}
