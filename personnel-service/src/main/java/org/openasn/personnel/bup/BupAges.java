package org.openasn.personnel.bup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.openasn.commons.tx.AfterCommit;
import org.openasn.events.EventEnvelope;
import org.openasn.events.retirement.BupRulesPublished;

import java.time.Duration;
import java.util.List;

/**
 * The BUP rules retirement-service published, as personnel keeps them (table {@code bup_rules}): the newest by event
 * time is in force. {@link #current} is asked once per mutation and per imported row, so the table is kept in memory
 * and read again at most every {@link #REFRESH}: at once when this instance records new rules, within that time when
 * another instance of the service does (rules change by regulation, a few times in a decade).
 */
@ApplicationScoped
public class BupAges {

    static final Duration REFRESH = Duration.ofSeconds(10);

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private record Loaded(BupAgeTable table, long atNanos) {
    }

    private volatile Loaded loaded;

    /** The rules in force: the newest published, or the statutory ages before any were. */
    public BupAgeTable current() {
        Loaded now = loaded;
        long at = System.nanoTime();
        if (now == null || at - now.atNanos() > REFRESH.toNanos()) {
            now = new Loaded(read(), at);
            loaded = now;
        }
        return now.table();
    }

    /**
     * Records rules retirement-service published (checked against the contract by the caller); a redelivered event is
     * recorded once. Runs in the consumer's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EventEnvelope event, BupRulesPublished rules) {
        em.createNativeQuery("INSERT INTO bup_rules (event_id, recorded_at, ranges) VALUES (:event, :at, CAST(:ranges AS jsonb)) "
                        + "ON CONFLICT (event_id) DO NOTHING")
                .setParameter("event", event.id()).setParameter("at", event.time()).setParameter("ranges", write(rules))
                .executeUpdate();
        // forgotten once committed: a read before that, by another thread, still sees the previous rules
        AfterCommit.run(transactions, () -> loaded = null);
    }

    private BupAgeTable read() {
        @SuppressWarnings("unchecked")
        List<String> newest = em.createNativeQuery("SELECT CAST(ranges AS text) FROM bup_rules ORDER BY recorded_at DESC, id DESC LIMIT 1")
                .getResultList();
        if (newest.isEmpty()) {
            return BupAgeTable.STATUTORY;
        }
        try {
            return BupAgeTable.of(json.readValue(newest.get(0), BupRulesPublished.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the BUP rules stored in bup_rules cannot be read", e);
        }
    }

    private String write(BupRulesPublished rules) {
        try {
            return json.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("BUP rules that cannot be written as JSON", e);
        }
    }
}
