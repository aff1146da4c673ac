package org.openasn.reference.position;

/**
 * The field a position belongs to, for the distinctions reports and indicators make: the staffing profile splits
 * functional positions into guru and non-guru (seed 000 Table 3.3), teachers have their own retirement age (60,
 * UU 14/2005), and the city's functional-position ratio leaves out both teachers and health workers (seed 001).
 */
public enum PositionGroup {
    /** Guru: teachers, of every school level. */
    GURU,
    /** Kesehatan: health workers, e.g. doctors, nurses, midwives, pharmacists. */
    KESEHATAN,
    /** Lainnya: every other field. */
    LAINNYA
}
