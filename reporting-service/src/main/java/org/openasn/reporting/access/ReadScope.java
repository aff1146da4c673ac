package org.openasn.reporting.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.openasn.commons.problem.ProblemException;
import org.openasn.commons.security.Caller;
import org.openasn.commons.security.Roles;

import java.util.List;

/**
 * Which agencies the caller reads in reporting: exact figures, and the units they roll up on, are an agency's own.
 * Operators and viewers name their agency; admins, and integrations (which get suppressed figures), may read any agency
 * or all of them.
 */
@RequestScoped
public class ReadScope {

    @Inject
    Caller caller;

    /** Refuses (403) agency {@code instansi}, or every agency when it is {@code null}, unless the caller may read it. */
    public void require(String instansi) {
        if (caller.hasRole(Roles.ADMIN) || suppressSmallCells()) {
            return;
        }
        if (instansi == null) {
            throw new ProblemException(403, "agency-required", "Forbidden", "Name your agency (instansi=" + caller.agency()
                    + "); only admins and integrations count across agencies.", List.of());
        }
        caller.requireAgency(instansi);
    }

    /** The integration role sees aggregates with small cells suppressed; a caller holding any other reading role sees exact figures. */
    public boolean suppressSmallCells() {
        return caller.hasRole(Roles.INTEGRATION) && !caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.OPERATOR)
                && !caller.hasRole(Roles.VIEWER);
    }
}
