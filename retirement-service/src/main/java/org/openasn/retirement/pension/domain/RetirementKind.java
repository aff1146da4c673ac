package org.openasn.retirement.pension.domain;

/**
 * Why a PNS retires, as far as it changes the pension (UU 11/1969 art. 9 (1) and 11 (1)); the rule of each kind, with
 * its source, is in {@link PensionRules}.
 */
public enum RetirementKind {
    /**
     * At BUP (batas usia pensiun), on the TMT pensiun the BUP rules give: 2.5% of the dasar pensiun per whole year of
     * masa kerja, capped, then raised to the floors.
     */
    BUP,
    /**
     * Declared by the health examination body unable to work in any position because of a physical or mental condition
     * caused by and while carrying out the duties of office: a fixed share of the dasar pensiun (75%) whatever the
     * masa kerja, raised to the lowest gaji pokok.
     */
    DISABILITY_IN_DUTY,
    /**
     * Declared unable to work in any position because of a condition not caused by the duties of office: entitled to a
     * pension only with a minimum masa kerja (4 years); then as at BUP, with the same cap and floors.
     */
    DISABILITY_NOT_IN_DUTY
}
