package org.openasn.personnel.employee;

import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenisJabatan;
import org.openasn.reference.position.JenjangFungsional;
import org.openasn.reference.position.PositionGroup;

import java.util.Objects;

/**
 * The position (jabatan) an employee holds.
 *
 * @param jenis       struktural, fungsional tertentu, rangkap or fungsional umum (pelaksana)
 * @param eselon      for struktural positions ({@code null} when an import did not say); {@code null} otherwise
 * @param jabatanId   the position's id (SIASN JABATAN ID, or the agency's own)
 * @param name        the position's name as on the SK, e.g. "Guru Ahli Muda"
 * @param jenjang     the functional level, for fungsional tertentu; {@code null} otherwise
 * @param group       guru, health or other: reports split on it
 * @param bupCategory the retirement-age category the position implies (a {@link org.openasn.reference.position.BupCategory} name)
 */
public record Position(JenisJabatan jenis, Eselon eselon, String jabatanId, String name, JenjangFungsional jenjang,
                       PositionGroup group, String bupCategory) {

    public Position {
        Objects.requireNonNull(jenis, "jenis");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(bupCategory, "bupCategory");
        if (jenis == JenisJabatan.STRUKTURAL && eselon == Eselon.NON_ESELON) {
            throw new IllegalArgumentException("a struktural position has an eselon (it may be unknown, but not non-eselon)");
        }
        if (jenis == JenisJabatan.FUNGSIONAL_TERTENTU && jenjang == null) {
            throw new IllegalArgumentException("a fungsional tertentu position needs a jenjang");
        }
    }
}
