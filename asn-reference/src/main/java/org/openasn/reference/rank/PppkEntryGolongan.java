package org.openasn.reference.rank;

import org.openasn.reference.person.JenjangPendidikan;

/**
 * The golongan a PPPK is appointed at, by the education the position requires: SD → I, SLTP → III, SLTA and D-I
 * → V, D-II → VI, D-III → VII, S-1 and D-IV → IX, S-2 → X, S-3 → XI. Seed 000 bears it out: its PPPK by golongan
 * (Table 3.20) and by education (Table 3.21) match row for row (SD 4 ↔ I 4, SLTP 3 ↔ III 3, SLTA 100 ↔ V 100,
 * D-III 132 ↔ VII 132), except that 9 of the S-1/D-IV holders sit at X, as professions requiring more than a
 * bachelor (e.g. doctors) are appointed higher; this is the entry golongan, not a bound.
 *
 * <p>D-II → VI is a decision: neither the reference page nor the seed (which has no D-II PPPK) states it. It
 * follows the PNS entry ranks that the PPPK scale mirrors rank for rank (SLTA/D-I II/a ↔ V, D-II II/b ↔ VI,
 * D-III II/c ↔ VII, S-1 III/a ↔ IX).
 */
public final class PppkEntryGolongan {

    private PppkEntryGolongan() {
    }

    /**
     * @param education the education level of the appointment
     * @return the PPPK golongan to appoint at
     */
    public static Golongan forEducation(JenjangPendidikan education) {
        return switch (education) {
            case SD -> Golongan.PPPK_I;
            case SLTP -> Golongan.PPPK_III;
            case SLTA, D1 -> Golongan.PPPK_V;
            case D2 -> Golongan.PPPK_VI;
            case D3 -> Golongan.PPPK_VII;
            case D4, S1 -> Golongan.PPPK_IX;
            case S2 -> Golongan.PPPK_X;
            case S3 -> Golongan.PPPK_XI;
        };
    }
}
