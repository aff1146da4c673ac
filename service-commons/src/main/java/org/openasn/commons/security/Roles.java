package org.openasn.commons.security;

/**
 * The roles a token's {@code groups} claim may carry. Every endpoint declares which of them it admits.
 */
public final class Roles {

    /** Administers the platform: rules, imports for any agency, dead letters, rebuilds. */
    public static final String ADMIN = "admin";
    /** An agency's personnel officer: writes inside the agency named by the token's {@code instansi} claim. */
    public static final String OPERATOR = "operator";
    /** Reads personnel data, with personal data (NIK, phone, address, birth date) masked. */
    public static final String VIEWER = "viewer";
    /** Another application: aggregates only, no personal data; small cells suppressed. */
    public static final String INTEGRATION = "integration";
    /** An employee reading their own record (the token's {@code nip} claim). */
    public static final String SELF = "self";

    private Roles() {
    }
}
