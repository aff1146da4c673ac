package org.openasn.reporting.profile;

/** What a table counts for its month. */
public enum Measure {
    /** Employees in service on the month's last day. */
    HEADCOUNT,
    /** The month's additions and reductions (changes between counted and not counted whose TMT falls in the month). */
    MOVEMENTS,
    /** BUP retirements (reductions of reason RETIRED_BUP) whose TMT falls in the month. */
    BUP_MONTH,
    /** BUP retirements from 1 January of the month's year to the month's end. */
    BUP_YEAR,
    /** BUP retirements of each month from January to the month, one row per month. */
    BUP_BY_MONTH,
    /** The agency's SKPD existing on the month's last day, by kind (counts units, not employees). */
    UNITS,
    /** Employees holding an eselon post on the month's last day, by kind of SKPD and title of the post. */
    ESELON_POSTS
}
