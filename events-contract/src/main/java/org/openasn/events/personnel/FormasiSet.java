package org.openasn.events.personnel;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit's formasi for a position was set: how many holders the position may have in the unit (an eselon post:
 * one) and how many are being prepared (disiapkan), from {@code validFrom} until the next formasi of the same
 * unit and position. Filled and vacant are not part of it: a consumer counts the employees whose period has
 * this {@code unitId} and {@code jabatanId}.
 *
 * @param jenisJabatan position type: 1 struktural, 2 fungsional tertentu, 4 fungsional umum
 * @param eselon       SIASN eselon id (21 = II.a, ...), {@code null} for non-eselon positions
 * @param jenjang      functional level ({@code AHLI_MUDA}, ...) for fungsional positions
 */
public record FormasiSet(UUID formasiId, String instansi, UUID unitId, UUID positionId, String jabatanId, String positionName,
                         String jenisJabatan, String eselon, String jenjang, int slots, int prepared, LocalDate validFrom) {
}
