package org.openasn.personnel.employee;

/** Why an employee left; set on the period that starts on the day they are no longer employed. */
public enum Separation {
    /** Pensiun at BUP (batas usia pensiun, the retirement age). */
    RETIRED_BUP,
    /** Pensiun atas permintaan sendiri: early retirement at own request, with pension. */
    RETIRED_APS,
    /** Pensiun uzur: retirement for disability. */
    RETIRED_DISABILITY,
    /** Berhenti atas permintaan sendiri: resignation without pension. */
    RESIGNED,
    DISMISSED,
    DIED,
    /** Pindah keluar: transferred to another agency. */
    TRANSFERRED_OUT,
    /** PPPK contract ended (not extended). */
    CONTRACT_ENDED
}
