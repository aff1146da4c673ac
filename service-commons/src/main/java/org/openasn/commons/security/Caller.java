package org.openasn.commons.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openasn.commons.problem.ProblemException;

import java.util.List;

/** Who is calling, from the verified bearer token: name, roles and agency ({@code instansi} claim). */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    public String name() {
        return token.getName();
    }

    /** The caller's agency, or {@code null} for a national user. */
    public String agency() {
        Object claim = token.getClaim("instansi");
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    /** The caller's own NIP (for the {@code self} role), or {@code null}. */
    public String nip() {
        Object claim = token.getClaim("nip");
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    public boolean hasRole(String role) {
        return token.getGroups().contains(role);
    }

    /** Whether the caller sees an agency's data: an admin every agency's, anyone else their token's agency's. */
    public boolean seesAgency(String instansi) {
        return hasRole(Roles.ADMIN) || instansi.equals(agency());
    }

    /**
     * Whether the caller sees the record of employee {@code nip} of agency {@code instansi}: an admin every one, the
     * self role alone only its own, the other roles those of their agency. A record the caller does not see is to be
     * answered as one that does not exist (404), never with a 403, which would tell that the NIP is recorded.
     */
    public boolean seesEmployee(String instansi, String nip) {
        if (hasRole(Roles.ADMIN)) {
            return true;
        }
        if (hasRole(Roles.SELF) && !hasRole(Roles.OPERATOR) && !hasRole(Roles.VIEWER) && !hasRole(Roles.INTEGRATION)) {
            return nip.equals(nip());
        }
        return instansi.equals(agency());
    }

    /**
     * Refuses (403) access to an agency's data unless the caller is an admin or belongs to that agency.
     * Every endpoint under {@code /agencies/{instansi}} calls this.
     */
    public void requireAgency(String instansi) {
        if (!seesAgency(instansi)) {
            String yours = agency() == null ? "Your token names no agency (no instansi claim)" : "Your token is for agency " + agency();
            throw new ProblemException(403, "agency-forbidden", "Forbidden", yours + "; it gives no access to agency " + instansi + ".", List.of());
        }
    }
}
