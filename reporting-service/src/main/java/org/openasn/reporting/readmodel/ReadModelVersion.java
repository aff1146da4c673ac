package org.openasn.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A number that changes whenever an event changes the read model (employee periods or units), drawn from a database
 * sequence: headcount ETags carry it, so a cached answer is revalidated after any change, a rebuild included.
 */
@ApplicationScoped
public class ReadModelVersion {

    @Inject
    EntityManager em;

    public long current() {
        return ((Number) em.createNativeQuery("SELECT last_value FROM read_model_version").getSingleResult()).longValue();
    }

    /** Marks a change, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed() {
        em.createNativeQuery("SELECT nextval('read_model_version')").getSingleResult();
    }
}
