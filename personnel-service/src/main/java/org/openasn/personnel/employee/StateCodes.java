package org.openasn.personnel.employee;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An {@link EmploymentState} in SIASN codes, as stored (today's state, the periods searched as of a date) and
 * published: the one place that says how each part of the state is written.
 */
public record StateCodes(String kind, String kedudukanHukum, boolean inService, String separation, String golongan, Integer golonganRank,
                         LocalDate tmtGolongan, String jenisJabatan, String eselon, String jabatanId, String jabatanName, String jenjang,
                         String positionGroup, String bupCategory, UUID unitId, String pendidikan, LocalDate contractEnd,
                         LocalDate bupExtendedUntil) {

    public static StateCodes of(EmploymentState s) {
        Position p = s.position();
        return new StateCodes(
                s.kind() == null ? null : s.kind().name(),
                s.kedudukanHukum() == null ? null : s.kedudukanHukum().code(),
                s.inService(),
                s.separation() == null ? null : s.separation().name(),
                s.golongan() == null ? null : s.golongan().code(),
                s.golongan() == null ? null : s.golongan().rank(),
                s.tmtGolongan(),
                p == null ? null : Integer.toString(p.jenis().id()),
                p == null || p.eselon() == null ? null : Integer.toString(p.eselon().id()),
                p == null ? null : p.jabatanId(),
                p == null ? null : p.name(),
                p == null || p.jenjang() == null ? null : p.jenjang().name(),
                p == null ? null : p.group().name(),
                p == null ? null : p.bupCategory(),
                s.unitId(),
                s.pendidikan() == null ? null : s.pendidikan().code(),
                s.contractEnd(),
                s.bupExtendedUntil());
    }
}
