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

    /**
     * Refuses (403) access to an agency's data unless the caller is an admin or belongs to that agency.
     * Every endpoint under {@code /agencies/{instansi}} calls this.
     */
    public void requireAgency(String instansi) {
        if (hasRole(Roles.ADMIN)) {
            return;
        }
        if (!instansi.equals(agency())) {
            String yours = agency() == null ? "Your token names no agency (no instansi claim)" : "Your token is for agency " + agency();
            throw new ProblemException(403, "agency-forbidden", "Forbidden", yours + "; it gives no access to agency " + instansi + ".", List.of());
        }
    }
}
