package org.openasn.personnel.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openasn.commons.problem.NotFoundProblem;
import org.openasn.commons.security.Caller;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gate of every operation on one agency's data (a path {@code /agencies/{instansi}/...}): the caller must see the
 * agency (403 otherwise, {@link Caller#requireAgency}), and the agency must be in the register (404 otherwise), before
 * any work starts: an agency nobody registered has no units, employees or imports to read or write.
 */
@ApplicationScoped
public class AgencyAccess {

    @Inject
    Caller caller;

    /** Agencies found in the register; they are never removed from it, so a code found once needs no second look. */
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    public void require(String instansi) {
        caller.requireAgency(instansi);
        if (!registered.contains(instansi)) {
            if (Agency.of(instansi).isEmpty()) {
                throw new NotFoundProblem("Agency " + instansi + " is not registered (an admin registers it with PUT /agencies/" + instansi + ").");
            }
            registered.add(instansi);
        }
    }
}
