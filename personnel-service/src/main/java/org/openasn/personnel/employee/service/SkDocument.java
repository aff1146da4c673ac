package org.openasn.personnel.employee.service;

/** The decree (surat keputusan, SK) behind a mutation, and its effective date (TMT). */
public interface SkDocument {

    String skNumber();

    java.time.LocalDate skDate();

    java.time.LocalDate tmt();

    String reason();
}
